// The model may name the option a typed turn says (a hint the engine checks), and read its form.
// Here through the interactive terminal trainer's own path (update() → model job → news → confirm),
// against the fake chat server: a sound option it names is taken, a pitfall the words do not say
// is not, a number outside the list is ignored, and a correction by the trainee drops the hint.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { judgeOption, optionOrder, start, step, type RunState, type Scenario, type TurnRecord } from '../../engine';
import { modelMode, readingOf, understandWithModel } from '../../node/model';
import { understandOffline } from '../../node/understand';
import { runModel, type Model } from '../../cli/tui/model';
import { carryOut } from '../../cli/tui/model-jobs';
import { update, type Deps, type ModelNews } from '../../cli/tui/update';
import { loadFile, SCENARIOS } from '../helpers/cases';
import { startFakeOpenAI, type Behaviour, type FakeOpenAI, type Seen } from './fake-openai';
import { testClient } from './helpers';

const bakker: Scenario = loadFile(join(SCENARIOS, 'bakker.yaml'), 'bakker.yaml');
let server: FakeOpenAI | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Words that say none of the options by themselves: only the model's hint can make them one. */
const TEXT = 'Zegt u het maar.';
const CHOICES = ['Eerste keuze.', 'Tweede keuze.', 'Derde keuze.'];

const opening = bakker.points[bakker.start ?? 'opening']!;
const soundAt = opening.options.findIndex((o) => judgeOption(o) === 'strong');
const afterSound = opening.options[soundAt]?.next ?? '';
const pitfallAt = bakker.points[afterSound]?.options.findIndex((o) => judgeOption(o) === 'weak') ?? -1;

/** The fake model's answer: it names an option text by the number it was shown it under (or a fixed number), with a form. */
function answer(name: string | number | null, move = 'verhelderen'): (seen: Seen) => Behaviour {
  return (seen) => {
    const user = seen.body.messages!.find((m) => m.role === 'user')!.content;
    const listed = typeof name === 'string' ? user.split('\n').find((l) => l.endsWith(`. ${name}`)) : undefined;
    const option = typeof name === 'number' ? name : listed ? Number(listed.split('.')[0]) : null;
    return { kind: 'json', content: JSON.stringify({ move, confidence: 0.8, topics: [], form: 'complex_reflection', option }) };
  };
}

/** A fake chat server for this test (closed after it) that answers every request with `respond`. */
async function fakeModel(respond: (seen: Seen) => Behaviour): Promise<FakeOpenAI> {
  server = await startFakeOpenAI((seen) => respond(seen));
  return server;
}

/** Types `text` in the terminal trainer, lets the model read it, and returns the state with the pending reading. */
async function typed(model: Model, deps: Deps, text: string): Promise<Model> {
  let next = update({ ...model, mode: 'text', text }, { type: 'enter' }, deps);
  const job = next.job;
  expect(job?.type).toBe('read');
  next = { ...next, job: null };
  const news: ModelNews[] = [];
  await carryOut(job!, deps.model!, next.scenario!, next.state!, (n) => news.push(n));
  for (const n of news) next = update(next, n, deps);
  expect(next.pending).not.toBeNull();
  return next;
}

function lastTurn(model: Model): TurnRecord {
  return model.state!.turns.at(-1)!;
}

const baseDeps: Omit<Deps, 'model'> = {
  loadCase: () => bakker,
  understand: (text) => {
    const turn = understandOffline(text);
    return turn.type === 'move' ? { move: turn.move, confidence: turn.confidence ?? null, topics: turn.topics ?? [] } : { move: 'overig', confidence: null, topics: [] };
  },
  newSeed: () => 0,
  newRunPath: () => 'runs/test.json',
};

describe('the model names an option (terminal trainer)', () => {
  it('the case has a sound option at the opening and a pitfall after it', () => {
    expect(soundAt).toBeGreaterThanOrEqual(0);
    expect(pitfallAt).toBeGreaterThanOrEqual(0);
  });

  it('shows the model the options in file order, whatever the screen order, and takes the sound option it names', async () => {
    const sound = opening.options[soundAt]!;
    const fake = await fakeModel(answer(sound.text));
    const deps: Deps = { ...baseDeps, model: modelMode(testClient(fake.baseURL).client) };
    // A seed whose screen order differs from the file order, so file order is what is checked.
    const seed = [1, 2, 3, 4, 5, 6, 7, 8].find((s) => optionOrder(s, bakker.start ?? 'opening', opening.options.length).some((n, i) => n !== i + 1));
    expect(seed).toBeDefined();
    const state: RunState = start(bakker, { seed }).state;
    const read = await typed(runModel([], bakker, state, null), deps, TEXT);
    const user = fake.seen[0]!.body.messages!.find((m) => m.role === 'user')!.content;
    const listed = user.split('\n').filter((l) => /^\d+\. /.test(l));
    expect(listed).toEqual(opening.options.map((o, i) => `${i + 1}. ${o.text}`));
    expect(read.pending).toMatchObject({ reader: 'model', form: 'complex_reflection', option: soundAt + 1 });
    const taken = update(read, { type: 'enter' }, deps);
    expect(lastTurn(taken)).toMatchObject({ kind: 'move', option: soundAt + 1, match: 'model', source: 'model', form: 'complex_reflection', move: sound.move });
    expect(taken.state!.point).toBe(sound.next);
  });

  it('does not take a pitfall the model names when the words do not say it', async () => {
    const pitfall = bakker.points[afterSound]!.options[pitfallAt]!;
    expect(judgeOption(pitfall)).toBe('weak');
    const fake = await fakeModel(answer(pitfall.text));
    const deps: Deps = { ...baseDeps, model: modelMode(testClient(fake.baseURL).client) };
    const there = step(bakker, start(bakker).state, { type: 'option', option: soundAt + 1 }).state;
    expect(there.point).toBe(afterSound);
    const read = await typed(runModel([], bakker, there, null), deps, TEXT);
    expect(read.pending).toMatchObject({ option: pitfallAt + 1 });
    const taken = update(read, { type: 'enter' }, deps);
    expect(lastTurn(taken)).toMatchObject({ point: afterSound, kind: 'move', option: null, match: 'none', move: 'verhelderen', form: 'complex_reflection' });
  });

  it('ignores an option number outside the list the model was shown', async () => {
    const fake = await fakeModel(answer(opening.options.length + 1));
    const deps: Deps = { ...baseDeps, model: modelMode(testClient(fake.baseURL).client) };
    const read = await typed(runModel([], bakker, start(bakker).state, null), deps, TEXT);
    expect(read.pending!.option).toBeUndefined();
    expect(read.pending).toMatchObject({ reader: 'model', form: 'complex_reflection' });
    const taken = update(read, { type: 'enter' }, deps);
    expect(lastTurn(taken)).toMatchObject({ kind: 'move', option: null, match: 'none', source: 'model' });
  });

  it('keeps the model\'s form but drops its option when the trainee corrects the move', async () => {
    const fake = await fakeModel(answer(opening.options[soundAt]!.text));
    const deps: Deps = { ...baseDeps, model: modelMode(testClient(fake.baseURL).client) };
    const read = await typed(runModel([], bakker, start(bakker).state, null), deps, TEXT);
    expect(read.pending!.option).toBe(soundAt + 1);
    const moved = update(read, { type: 'down' }, deps);
    const taken = update(moved, { type: 'enter' }, deps);
    expect(lastTurn(taken)).toMatchObject({ kind: 'move', option: null, match: 'none', source: 'corrected', form: 'complex_reflection' });
    expect(lastTurn(taken).move).not.toBe('verhelderen');
  });
});

describe('the model\'s option number, read', () => {
  it('keeps a number within the choices, with the form, and readingOf carries both', async () => {
    const fake = await fakeModel(answer(2));
    const understood = await understandWithModel(testClient(fake.baseURL).client, TEXT, undefined, CHOICES);
    expect(understood.turn).toMatchObject({ source: 'model', form: 'complex_reflection', option: 2 });
    expect(readingOf(understood)).toEqual({ move: 'verhelderen', confidence: 0.8, topics: [], reader: 'model', form: 'complex_reflection', option: 2 });
  });

  it.each([
    ['a number past the last choice', CHOICES.length + 1, CHOICES],
    ['any number when no choices were listed', 1, []],
  ])('ignores %s', async (_, option, choices) => {
    const fake = await fakeModel(answer(option));
    const understood = await understandWithModel(testClient(fake.baseURL).client, TEXT, undefined, choices);
    expect(understood.notice).toBeUndefined();
    expect(understood.turn).toMatchObject({ source: 'model', form: 'complex_reflection' });
    expect(understood.turn).not.toHaveProperty('option');
    expect(readingOf(understood)).not.toHaveProperty('option');
  });

  it('falls back on a number below 1 (malformed), and the offline reading carries neither form nor option', async () => {
    const fake = await fakeModel(answer(0));
    const understood = await understandWithModel(testClient(fake.baseURL).client, TEXT, undefined, CHOICES);
    expect(understood.reason).toBe('malformed');
    const reading = readingOf(understood);
    expect(reading.reader).toBe('classifier');
    expect(reading).not.toHaveProperty('form');
    expect(reading).not.toHaveProperty('option');
  });
});
