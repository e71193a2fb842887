// Issue 17: a run as short text (seed and turns) for SCORM's cmi.suspend_data (4,096 characters),
// replayed through the engine to the same run.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeRun, encodeRun, MOVES, start, step, TOPICS, type RunState, type Scenario, type Turn } from '../../engine';
import { classify } from '../../engine/classifier';
import { allCases } from '../helpers/cases';

const cases = allCases();
const bakker = cases.find((c) => c.id === 'bakker')!;

const turnArb: fc.Arbitrary<Turn> = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: 1, max: 6 }).map((option): Turn => ({ type: 'option', option })) },
  {
    weight: 4,
    arbitrary: fc
      .record({
        move: fc.constantFrom(...MOVES), topics: fc.subarray([...TOPICS], { maxLength: 3 }), text: fc.string({ maxLength: 60 }),
        confidence: fc.double({ min: 0, max: 1, noNaN: true }), source: fc.constantFrom('classifier', 'model', 'corrected', 'trainee' as const),
        option: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
      })
      .map(({ option, ...m }): Turn => ({ type: 'move', ...m, ...(option !== undefined && m.source === 'model' ? { option } : {}) })),
  },
  { weight: 1, arbitrary: fc.constant<Turn>({ type: 'close' }) },
);

function play(scenario: Scenario, turns: readonly Turn[], seed: number): RunState {
  let state = start(scenario, { seed }).state;
  for (const t of turns) state = step(scenario, state, t).state;
  return state;
}

describe('a run as short text', () => {
  it.each(cases.map((c): [string, Scenario] => [c.id, c]))('replays random runs of %s to the same state', (_id, scenario) => {
    fc.assert(
      fc.property(fc.array(turnArb, { maxLength: 30 }), fc.integer({ min: 0, max: 1_000_000 }), (turns, seed) => {
        const state = play(scenario, turns, seed);
        const text = encodeRun(state);
        expect(text).not.toBeNull();
        expect(decodeRun(scenario, text!)).toEqual({ ok: true, state, complete: true });
      }),
      { numRuns: 40 },
    );
  });

  it('keeps a 60-turn run within SCORM 1.2\'s 4,096 characters, on the same route', () => {
    // Typed sentences as a trainee writes them, read by the offline reader, with options in between; the run goes on to 60 turns.
    const sentences = [
      'Hoe gaat het nu met u sinds Ria er niet meer is?',
      'U mist haar enorm, dat hoor ik.',
      'Wie zijn er in uw omgeving die u af en toe ziet of spreekt?',
      'Wat zou u zelf het liefste willen dat er verandert?',
    ];
    let state = start(bakker, { seed: 42 }).state;
    for (let i = 0; state.turns.length < 60 && i < 500; i++) {
      const text = `${sentences[i % sentences.length]} (${i})`;
      const read = classify(text);
      const turn: Turn = i % 3 === 2 ? { type: 'option', option: 1 + (i % 3) } : { type: 'move', move: read.move, text, topics: read.topics, confidence: read.confidence, source: 'classifier' };
      const next = step(bakker, state, turn);
      if (next.state.status === 'finished') continue; // keep the run going: take another turn instead
      state = next.state;
    }
    expect(state.turns.length).toBe(60);
    const text = encodeRun(state)!;
    console.log(`60 beurten (${state.turns.filter((t) => t.kind === "move").length} getypt): ${text.length} tekens (zonder inkorten ${encodeRun(state, Number.POSITIVE_INFINITY)!.length})`);
    expect(text.length).toBeLessThanOrEqual(4096);
    const back = decodeRun(bakker, text);
    if (!back.ok) throw new Error('should decode');
    expect(back.complete).toBe(true);
    expect(back.state.turns.map((t) => [t.point, t.option])).toEqual(state.turns.map((t) => [t.point, t.option]));
    expect(back.state.point).toBe(state.point);
    // Where it would not fit, typed words give way first; the route through the case stays.
    const tight = encodeRun(state, 3000)!;
    expect(tight.length).toBeLessThanOrEqual(3000);
    const shortened = decodeRun(bakker, tight);
    expect(shortened.ok && shortened.state.turns.map((t) => [t.point, t.option])).toEqual(state.turns.map((t) => [t.point, t.option]));
    // A run by options alone costs a few characters a turn.
    const byOptions = { ...state, turns: state.turns.map((t) => ({ ...t, kind: 'option' as const, option: t.option ?? 1 })) };
    expect(encodeRun(byOptions)!.length).toBeLessThan(300);
  });

  it('refuses text of another case, a broken text and another version', () => {
    const text = encodeRun(play(bakker, [{ type: 'option', option: 1 }], 1))!;
    const other = cases.find((c) => c.id !== 'bakker')!;
    expect(decodeRun(other, text)).toEqual({ ok: false });
    expect(decodeRun(bakker, '{kapot')).toEqual({ ok: false });
    expect(decodeRun(bakker, text.replace(/^\[1,/, '[2,'))).toEqual({ ok: false });
  });

  it('stops at a turn the case no longer has, keeping the run that far', () => {
    const text = JSON.stringify([1, 'bakker', 0, [1, 99]]);
    const back = decodeRun(bakker, text);
    expect(back).toMatchObject({ ok: true, complete: false });
    expect(back.ok && back.state.turns).toHaveLength(1);
  });
});
