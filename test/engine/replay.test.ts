import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORMS, MOVES, replay, start, step, TOPICS, turnOf, type RunEvent, type Scenario, type Turn } from '../../engine';
import { allCases, fixture } from '../helpers/cases';

// The web server voices a reply from a run it plays again itself (turns in, the case's own
// replies out): the run it rebuilds from the turn records must be the run the trainee has.

const sentences = ['Hoe gaat het met u?', 'U maakt zich zorgen over uw dochter.', 'Wie helpt u nu met boodschappen?', 'Dat is flink van u.', 'Zullen we een afspraak maken?', 'ok'];

const turnArb: fc.Arbitrary<Turn> = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: 1, max: 5 }).map((option): Turn => ({ type: 'option', option })) },
  {
    weight: 5,
    arbitrary: fc
      .record({
        move: fc.constantFrom(...MOVES),
        topics: fc.subarray([...TOPICS], { maxLength: 3 }),
        text: fc.oneof(fc.constantFrom(...sentences), fc.string({ maxLength: 40 })),
        confidence: fc.double({ min: 0, max: 1, noNaN: true }),
        source: fc.constantFrom('classifier', 'model', 'corrected', 'trainee'),
        form: fc.option(fc.constantFrom(...FORMS), { nil: undefined }),
        option: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
      })
      .map(({ form, option, ...m }): Turn => ({ type: 'move', ...m, ...(form ? { form } : {}), ...(option ? { option } : {}) })),
  },
  { weight: 1, arbitrary: fc.constant<Turn>({ type: 'close' }) },
);

const cases: Scenario[] = [fixture('mini.yaml'), ...allCases()];

describe.each(cases.map((c): [string, Scenario] => [c.id, c]))('replaying a run of %s from its turn records', (_id, scenario) => {
  it('gives the same state, and the same events for the last turn (what the client says included)', () => {
    fc.assert(
      fc.property(fc.array(turnArb, { maxLength: 25 }), fc.integer({ min: 0, max: 1000 }), (turns, seed) => {
        let { state, events } = start(scenario, { seed });
        for (const turn of turns) {
          const result = step(scenario, state, turn);
          if (result.events.some((e) => e.type === 'turn_rejected')) continue;
          ({ state, events } = result);
        }
        const again = replay(scenario, seed, state.turns.map(turnOf));
        expect(again.ok).toBe(true);
        if (!again.ok) return;
        expect(again.state).toEqual(state);
        // A typed turn that took an option keeps the option's move in its record: only the event names the move it was read as.
        const plain = (list: RunEvent[]) => list.map((e) => (e.type === 'option_matched' ? { ...e, move: '' } : e));
        expect(plain(again.events)).toEqual(plain(events));
      }),
      { numRuns: 150 },
    );
  });
});

describe('a replay', () => {
  it('stops at the first turn the case cannot take, and says which', () => {
    const scenario = fixture('mini.yaml');
    const result = replay(scenario, 0, [{ type: 'option', option: 1 }, { type: 'option', option: 99 }]);
    expect(result).toMatchObject({ ok: false, turn: 2, reason: expect.stringContaining('Optie 99 bestaat niet') });
  });
});
