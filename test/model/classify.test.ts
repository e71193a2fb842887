import { describe, expect, it } from 'vitest';
import { understandWithModel } from '../../node/model';
import { understandOffline } from '../../node/understand';
import { fakeServerPerTest } from './fake-openai';
import { TEST_KEY, testClient } from './helpers';

const TEXT = 'Heeft u al aan huishoudelijke hulp gedacht?';
const GOOD = JSON.stringify({ move: 'verhelderen', confidence: 0.8, topics: ['vervoer', 'huishouden', 'vervoer'] });

const serve = fakeServerPerTest();

describe('classify with the model', () => {
  it('reads a turn with structured output, sends the zod-made JSON schema and the key only as a header', async () => {
    const fake = await serve(() => ({ kind: 'json', content: GOOD }));
    const { client } = testClient(fake.baseURL);
    const understood = await understandWithModel(client, TEXT);
    expect(understood).toEqual({
      turn: { type: 'move', move: 'verhelderen', text: TEXT, topics: ['huishouden', 'vervoer'], confidence: 0.8, source: 'model' },
    });
    expect(fake.seen).toHaveLength(1);
    expect(fake.seen[0]!.path).toBe('/v1/chat/completions');
    expect(fake.seen[0]!.authorization).toBe(`Bearer ${TEST_KEY}`);
    expect(fake.seen[0]!.body.response_format).toMatchObject({ type: 'json_schema', json_schema: { name: 'beurt', strict: true } });
    expect(JSON.stringify(fake.seen[0]!.body)).not.toContain(TEST_KEY);
  });

  it('gives the client\'s last line as context when there is one', async () => {
    const fake = await serve(() => ({ kind: 'json', content: GOOD }));
    const { client } = testClient(fake.baseURL);
    await understandWithModel(client, TEXT, 'Ik red me prima, hoor.');
    const user = fake.seen[0]!.body.messages!.at(-1)!;
    expect(user).toEqual({ role: 'user', content: `De cliënt zei net: "Ik red me prima, hoor."\n\nDe consulent zegt: "${TEXT}"` });
  });

  it('retries after a 429 with the first backoff step, then uses the answer', async () => {
    const fake = await serve((n) => (n === 0 ? { kind: 'status', status: 429 } : { kind: 'json', content: GOOD }));
    const { client, waits } = testClient(fake.baseURL);
    const understood = await understandWithModel(client, TEXT);
    expect(understood.turn).toMatchObject({ source: 'model', move: 'verhelderen' });
    expect(understood.notice).toBeUndefined();
    expect(fake.seen).toHaveLength(2);
    expect(waits).toEqual([100]);
  });

  it('gives up after the retries on repeated 500s (backoff doubles, capped) and falls back to the offline reading', async () => {
    const fake = await serve(() => ({ kind: 'status', status: 500 }));
    const { client, waits } = testClient(fake.baseURL, { retry: { retries: 3, baseDelayMs: 100, maxDelayMs: 250 } });
    const understood = await understandWithModel(client, TEXT);
    expect(fake.seen).toHaveLength(4);
    expect(waits).toEqual([100, 200, 250]);
    expect(understood.turn).toEqual(understandOffline(TEXT));
    expect(understood.reason).toBe('server');
    expect(understood.notice).toMatch(/^Het taalmodel kon deze beurt niet lezen; de offline lezer heeft hem opgevat\. \(serverfout\)$/);
  });

  it('does not retry a 400 and falls back', async () => {
    const fake = await serve(() => ({ kind: 'status', status: 400 }));
    const { client, waits } = testClient(fake.baseURL);
    const understood = await understandWithModel(client, TEXT);
    expect(fake.seen).toHaveLength(1);
    expect(waits).toEqual([]);
    expect(understood.turn).toEqual(understandOffline(TEXT));
  });

  it('falls back when the server hangs past the time-out', async () => {
    const fake = await serve(() => ({ kind: 'hang' }));
    const { client } = testClient(fake.baseURL, { timeoutMs: 150 });
    const started = Date.now();
    const understood = await understandWithModel(client, TEXT);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(understood.reason).toBe('timeout');
    expect(understood.turn).toEqual(understandOffline(TEXT));
    expect(understood.notice).toContain('geen antwoord binnen de tijd');
  });

  it.each([
    ['not JSON at all', 'verhelderen, denk ik'],
    ['a move outside the vocabulary', JSON.stringify({ move: 'loket', confidence: 0.9, topics: [] })],
    ['a confidence above 1', JSON.stringify({ move: 'netwerk', confidence: 7, topics: [] })],
    ['a missing field', JSON.stringify({ move: 'netwerk', topics: [] })],
    ['an extra field', JSON.stringify({ move: 'netwerk', confidence: 0.5, topics: [], score: 100 })],
  ])('falls back on malformed output: %s', async (_, content) => {
    const fake = await serve(() => ({ kind: 'json', content }));
    const { client } = testClient(fake.baseURL);
    const understood = await understandWithModel(client, TEXT);
    expect(understood.reason).toBe('malformed');
    expect(understood.turn).toEqual(understandOffline(TEXT));
  });

  it('falls back on a refusal', async () => {
    const fake = await serve(() => ({ kind: 'json', content: '', refusal: 'Daar kan ik niet bij helpen.' }));
    const { client } = testClient(fake.baseURL);
    const understood = await understandWithModel(client, TEXT);
    expect(understood.reason).toBe('refusal');
    expect(understood.turn).toEqual(understandOffline(TEXT));
  });

  it('falls back when nothing listens at the address', async () => {
    const fake = await serve(() => ({ kind: 'json', content: GOOD }));
    const { baseURL } = fake;
    await fake.close();
    const { client } = testClient(baseURL);
    const understood = await understandWithModel(client, TEXT);
    expect(understood.reason).toBe('connection');
    expect(understood.turn).toEqual(understandOffline(TEXT));
  });

  it('never puts the key in a notice, even when the server echoes it back in an error', async () => {
    const fake = await serve(() => ({ kind: 'status', status: 401, body: JSON.stringify({ error: { message: `bad key ${TEST_KEY}` } }) }));
    const { client } = testClient(fake.baseURL);
    const understood = await understandWithModel(client, TEXT);
    expect(JSON.stringify(understood)).not.toContain(TEST_KEY);
    expect(understood.turn).toEqual(understandOffline(TEXT));
  });
});
