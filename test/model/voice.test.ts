import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { start, step, toRunFile, type RunState, type Scenario, type StepResult } from '../../engine';
import { collectVoice, engineReply, modelModeFromEnv, personaForModel, voiceReply, type VoicePart, type Voiced } from '../../node/model';
import { loadFile, SCENARIOS } from '../helpers/cases';
import { fakeServerPerTest, type Behaviour } from './fake-openai';
import { TEST_KEY, testClient } from './helpers';

const bakker: Scenario = loadFile(join(SCENARIOS, 'bakker.yaml'), 'bakker.yaml');

/** Picks option 1 until a step brings a fact out: the state before and that step. */
function firstReveal(): { before: RunState; result: StepResult } {
  let state = start(bakker).state;
  for (let i = 0; i < 30; i++) {
    const result = step(bakker, state, { type: 'option', option: 1 });
    if (result.events.some((e) => e.type === 'fact_revealed') && state.revealed.length > 0) return { before: state, result };
    state = result.state;
  }
  throw new Error('bakker: no second reveal on the #1 path');
}

const serve = fakeServerPerTest();

async function drain(parts: AsyncGenerator<VoicePart, Voiced, undefined>): Promise<{ parts: VoicePart[]; voiced: Voiced }> {
  const seen: VoicePart[] = [];
  for (;;) {
    const next = await parts.next();
    if (next.done) return { parts: seen, voiced: next.value };
    seen.push(next.value);
  }
}

describe('voicing the client', () => {
  const { before, result } = firstReveal();
  const frozen = JSON.stringify(result);
  const engine = engineReply(result.events);

  it('drops escape codes and control characters from what the model says', async () => {
    const fake = await serve(() => ({ kind: 'stream', pieces: ['Ach, \u001b]0;gehackt\u0007', 'weet u\u001b[2J, ', 'het gaat\u0000 wel.'] }));
    const { client } = testClient(fake.baseURL);
    const { parts, voiced } = await drain(voiceReply(client, bakker, result));
    expect(parts.map((p) => p.text).join('')).toBe('Ach, weet u, het gaat wel.');
    expect(voiced.text).toBe('Ach, weet u, het gaat wel.');
  });

  it('streams the reply in pieces and returns it whole', async () => {
    const fake = await serve(() => ({ kind: 'stream', pieces: ['Ach, ', 'weet u, ', 'het gaat wel.'] }));
    const { client } = testClient(fake.baseURL);
    const { parts, voiced } = await drain(voiceReply(client, bakker, result));
    expect(parts).toEqual([
      { type: 'delta', text: 'Ach, ' },
      { type: 'delta', text: 'weet u, ' },
      { type: 'delta', text: 'het gaat wel.' },
    ]);
    expect(voiced).toEqual({ text: 'Ach, weet u, het gaat wel.', source: 'model' });
    expect(fake.seen[0]!.body.stream).toBe(true);
    expect(JSON.stringify(result)).toBe(frozen);
  });

  it('prompts with persona, situation, revealed facts (earlier and this turn) and the engine reply, never an unrevealed fact', async () => {
    const fake = await serve(() => ({ kind: 'stream', pieces: ['Goed.'] }));
    const { client } = testClient(fake.baseURL);
    await collectVoice(voiceReply(client, bakker, result));
    const prompt = fake.seen[0]!.body.messages!.map((m) => m.content).join('\n');
    expect(prompt).toContain(personaForModel(bakker.client.persona));
    expect(prompt).not.toContain('nooit uit jezelf');
    if (!result.state.revealed.includes('voetbalclub')) expect(prompt).not.toContain('vv Eendracht'); // named only in the persona's secret list
    expect(prompt).toContain(bakker.client.situation);
    expect(prompt).toContain(engine);
    const thisTurn = result.events.flatMap((e) => (e.type === 'fact_revealed' ? [e.fact] : []));
    expect(before.revealed.length).toBeGreaterThan(0);
    for (const id of [...before.revealed, ...thisTurn]) expect(prompt).toContain(bakker.facts[id]!.says);
    const hidden = Object.keys(bakker.facts).filter((id) => !result.state.revealed.includes(id));
    expect(hidden.length).toBeGreaterThan(0);
    for (const id of hidden) expect(prompt).not.toContain(bakker.facts[id]!.says);
    expect(JSON.stringify(fake.seen[0]!.body)).not.toContain(TEST_KEY);
  });

  it('retries a 429 before the stream opens', async () => {
    const fake = await serve((n) => (n === 0 ? { kind: 'status', status: 429 } : { kind: 'stream', pieces: ['Ja.'] }));
    const { client, waits } = testClient(fake.baseURL);
    const voiced = await collectVoice(voiceReply(client, bakker, result));
    expect(voiced).toEqual({ text: 'Ja.', source: 'model' });
    expect(waits).toEqual([100]);
  });

  it.each<[string, Behaviour, string]>([
    ['500 on every try', { kind: 'status', status: 500 }, 'server'],
    ['a dropped connection mid-reply', { kind: 'stream', pieces: ['Nou, ik ', 'stofzuig'], drop: true }, 'dropped'],
    ['a stream that stalls past the time-out', { kind: 'stream', pieces: ['Nou…'], stall: true }, 'timeout'],
    ['an error event inside the stream', { kind: 'stream', pieces: ['Nou'], error: true }, 'dropped'],
    ['a stream that ends without a finish', { kind: 'stream', pieces: ['Nou'], finish: null }, 'dropped'],
    ['a refusal', { kind: 'stream', pieces: [], refusal: 'Dat speel ik niet.' }, 'refusal'],
    ['a content filter stop', { kind: 'stream', pieces: ['Ik'], finish: 'content_filter' }, 'refusal'],
    ['an empty reply', { kind: 'stream', pieces: [] }, 'malformed'],
    ['a hang before any byte', { kind: 'hang' }, 'timeout'],
  ])('falls back to the engine reply on %s, with a notice and the step untouched', async (_, behaviour, reason) => {
    const fake = await serve(() => behaviour);
    const { client } = testClient(fake.baseURL, { timeoutMs: 200 });
    const { parts, voiced } = await drain(voiceReply(client, bakker, result));
    const notice = `Het taalmodel reageerde niet; de cliënt antwoordt nu zonder model.`;
    expect(voiced).toMatchObject({ text: engine, source: 'engine', reason });
    expect(voiced.notice).toContain(notice);
    expect(parts.at(-1)).toEqual({ type: 'fallback', text: engine, notice: voiced.notice, reason });
    expect(JSON.stringify(result)).toBe(frozen);
    expect(JSON.stringify({ parts, voiced })).not.toContain(TEST_KEY);
  });

  it('asks nothing when the engine has nothing to say (closing)', async () => {
    const fake = await serve(() => ({ kind: 'stream', pieces: ['x'] }));
    const { client } = testClient(fake.baseURL);
    const closed = step(bakker, result.state, { type: 'close' });
    expect(await collectVoice(voiceReply(client, bakker, closed))).toEqual({ text: '', source: 'engine' });
    expect(fake.seen).toHaveLength(0);
  });

  it('is reachable as a model mode from the environment, labelled without the key', async () => {
    const fake = await serve(() => ({ kind: 'stream', pieces: ['Zeker.'] }));
    expect(modelModeFromEnv({})).toBeNull();
    const mode = modelModeFromEnv({ OPENAI_API_KEY: TEST_KEY, OPENAI_BASE_URL: fake.baseURL, KANTELTRAINER_MODEL: 'test-model' })!;
    expect(mode.label).toBe(`test-model via ${new URL(fake.baseURL).origin} (time-out 20 s)`);
    expect(await collectVoice(mode.voice(bakker, result))).toEqual({ text: 'Zeker.', source: 'model' });
  });

  it('keeps the key out of the run file', () => {
    const file = JSON.stringify(toRunFile(bakker, result.state));
    expect(file).not.toContain(TEST_KEY);
  });
});
