// The terminal trainer with a language model (play --model), against a real HTTP server that
// speaks the chat protocol and misbehaves on request: the trainee sees a spinner while the model
// works, the client's words as they stream in, and a notice when the trainer fell back offline.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { engineReply } from '../../node/model';
import { modelMode } from '../../node/model/mode';
import { judgeOption, optionOrder, step } from '../../engine';
import { fakeServerPerTest, type Behaviour } from '../model/fake-openai';
import { testClient } from '../model/helpers';
import { bakker, conversation, deps, press, renderTrainer, tick } from './helpers';

afterEach(() => cleanup());
const serve = fakeServerPerTest();

const ENTER = '\r';
const TAB = '\t';

async function trainerWith(answer: (n: number) => Behaviour, timeoutMs?: number) {
  const server = await serve(answer);
  const mode = modelMode(testClient(server.baseURL, timeoutMs ? { timeoutMs } : {}).client);
  const t = renderTrainer({ ...conversation(), modelLabel: mode.label }, { ...deps, model: mode });
  return { t, server };
}

async function until(frame: () => string, wanted: string | RegExp, ms = 3000): Promise<string> {
  const end = Date.now() + ms;
  for (;;) {
    const shown = frame();
    if (typeof wanted === 'string' ? shown.includes(wanted) : wanted.test(shown)) return shown;
    if (Date.now() > end) throw new Error(`niet gezien: ${wanted}\n${shown}`);
    await tick(20);
  }
}

/** What the case itself has the client say after the option shown first at the opening (key 1). */
const opening = conversation().state!;
const shownFirst = optionOrder(opening.seed, opening.point!, bakker.points[opening.point!]!.options.length)[0]!;
const caseReply = engineReply(step(bakker, opening, { type: 'option', option: shownFirst }).events);
const firstWords = caseReply.split('\n')[0]!.slice(0, 30);

describe('terminal trainer with a model', () => {
  it('names the model, shows a spinner and the streamed words, hides the options until the client is done', async () => {
    // A time-out long enough to see the half sentence on a busy machine before it is replaced.
    const { t } = await trainerWith(() => ({ kind: 'stream', pieces: ['Tja, ', 'mijn dochter ', 'woont ver weg.'], stall: true }), 2000);
    expect(t.frame()).toMatch(/Taalmodel: test-model via http:\/\/127\.0\.0\.1:\d+ \(/);
    await press(t.stdin, '1', ENTER);
    const waiting = await until(t.frame, 'woont ver weg.');
    expect(waiting).toContain(`${bakker.client.name}: Tja, mijn dochter woont ver weg.`);
    expect(waiting).toContain(`${bakker.client.name} denkt na…`);
    expect(waiting).not.toContain('Wat zeg je?');
    expect(waiting).not.toContain(firstWords); // the case's own answer is not shown before the client "says" it
    expect(t.saves).toHaveLength(1); // the turn is saved at once, before the model answers
    expect(t.saves[0]!.state.turns[0]).toMatchObject({ option: shownFirst });
    // The stream stalls past the time-out: the case's own reply replaces the half sentence, with a notice.
    const after = await until(t.frame, 'Wat zeg je?', 8000);
    expect(after).toContain(firstWords);
    expect(after).not.toContain('woont ver weg.');
    expect(after).toContain('Het taalmodel reageerde niet; de cliënt antwoordt nu zonder model. (geen antwoord binnen de tijd)');
  });

  it('keeps the model\'s words once the reply is complete, and takes keys again', async () => {
    const { t } = await trainerWith(() => ({ kind: 'stream', pieces: ['Ach, ', 'het gaat wel.'] }));
    await press(t.stdin, '1', ENTER);
    const done = await until(t.frame, 'Wat zeg je?');
    expect(done).toContain(`${bakker.client.name}: Ach, het gaat wel.`);
    expect(done).not.toContain(firstWords);
    expect(done).not.toContain('Het taalmodel');
    await press(t.stdin, '1', ENTER);
    await until(t.frame, 'Beurt 3');
    expect(t.saves).toHaveLength(2);
  });

  it('ignores keys while the client answers, but q still asks to stop', async () => {
    const { t } = await trainerWith(() => ({ kind: 'hang' }));
    await press(t.stdin, '1', ENTER);
    await until(t.frame, 'denkt na…');
    await press(t.stdin, '2', ENTER);
    expect(t.saves).toHaveLength(1);
    await press(t.stdin, 'q');
    expect(t.frame()).toContain('Wil je stoppen?');
  });

  it('reads typed text with the model: a spinner, then "Opgevat als" with the model\'s move, saved as the model\'s reading', async () => {
    const reading = JSON.stringify({ move: 'netwerk', confidence: 0.8, topics: ['familie'] });
    const { t, server } = await trainerWith((n) => (n === 0 ? { kind: 'json', content: reading } : { kind: 'stream', pieces: ['Mijn zoon belt elke week.'] }));
    await press(t.stdin, TAB, 'Hoe gaat het met u?', ENTER);
    const read = await until(t.frame, 'Opgevat als');
    expect(read).toContain('Opgevat als: sociaal netwerk (zekerheid 80%)');
    expect(server.seen[0]!.body.messages!.at(-1)!.content).toContain('Hoe gaat het met u?');
    await press(t.stdin, ENTER);
    await until(t.frame, 'Mijn zoon belt elke week.');
    expect(t.saves.at(-1)!.state.turns[0]).toMatchObject({ move: 'netwerk', source: 'model', topics: ['familie'] });
  });

  it('shows the model the point\'s options in file order and takes the sound option it names (match "model")', async () => {
    const options = bakker.points[opening.point!]!.options;
    const sound = options.findIndex((o) => judgeOption(o) === 'strong');
    expect(sound).toBeGreaterThanOrEqual(0);
    const reading = JSON.stringify({ move: 'verhelderen', confidence: 0.8, topics: [], form: 'open_question', option: sound + 1 });
    const { t, server } = await trainerWith((n) => (n === 0 ? { kind: 'json', content: reading } : { kind: 'stream', pieces: ['Goed dat u het vraagt.'] }));
    await press(t.stdin, TAB, 'Zegt u het maar.', ENTER);
    await until(t.frame, 'Opgevat als');
    const asked = server.seen[0]!.body.messages!.at(-1)!.content.split('\n').filter((l) => /^\d+\. /.test(l));
    expect(asked).toEqual(options.map((o, i) => `${i + 1}. ${o.text}`));
    await press(t.stdin, ENTER);
    await until(t.frame, 'Goed dat u het vraagt.');
    expect(t.saves.at(-1)!.state.turns[0]).toMatchObject({ option: sound + 1, match: 'model', source: 'model', form: 'open_question', move: options[sound]!.move });
  });

  it('falls back to the offline reader when the model cannot read a turn, and says so', async () => {
    const { t } = await trainerWith((n) => (n < 3 ? { kind: 'status', status: 500 } : { kind: 'stream', pieces: ['Ja.'] }));
    await press(t.stdin, TAB, 'Wonen uw kinderen in de buurt?', ENTER);
    const read = await until(t.frame, 'Opgevat als');
    expect(read).toMatch(/Opgevat als: sociaal netwerk \(zekerheid \d+%\)/);
    expect(read).toContain('Het taalmodel kon deze beurt niet lezen; de offline lezer heeft hem opgevat. (serverfout)');
    await press(t.stdin, ENTER);
    await until(t.frame, 'Wat zeg je?');
    expect(t.saves.at(-1)!.state.turns[0]).toMatchObject({ move: 'netwerk', source: 'classifier' });
  });
});
