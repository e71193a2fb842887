import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MOVES, reportSchema, runStateSchema, score, start, step, TOPICS, type Scenario, type Turn } from '../../engine';
import { allCases, fixture } from '../helpers/cases';

const turnArb: fc.Arbitrary<Turn> = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: -1, max: 6 }).map((option): Turn => ({ type: 'option', option })) },
  {
    weight: 4,
    arbitrary: fc
      .record({ move: fc.constantFrom(...MOVES), topics: fc.subarray([...TOPICS], { maxLength: 3 }), text: fc.string({ maxLength: 40 }), confidence: fc.double({ min: 0, max: 1, noNaN: true }) })
      .map((m): Turn => ({ type: 'move', ...m, source: 'classifier' })),
  },
  { weight: 1, arbitrary: fc.constant<Turn>({ type: 'close' }) },
);

const cases: Scenario[] = [fixture('mini.yaml'), ...allCases()];

describe.each(cases.map((c): [string, Scenario] => [c.id, c]))('random turn sequences through %s', (_id, scenario) => {
  it('never throw, keep the state valid and the report within bounds, and replay identically', () => {
    fc.assert(
      fc.property(fc.array(turnArb, { maxLength: 30 }), fc.integer({ min: 0, max: 1000 }), (turns, seed) => {
        let state = start(scenario, { seed }).state;
        for (const turn of turns) {
          const before = state;
          const result = step(scenario, state, turn);
          state = result.state;
          if (result.events.some((e) => e.type === 'turn_rejected')) expect(state).toBe(before);
          expect(state.trust).toBeGreaterThanOrEqual(0);
          expect(state.trust).toBeLessThanOrEqual(10);
        }
        runStateSchema.parse(state);
        const report = reportSchema.parse(score(scenario, state));
        expect(report.facts.found.length + report.facts.missed.length).toBe(Object.keys(scenario.facts).length);
        let again = start(scenario, { seed }).state;
        for (const turn of turns) again = step(scenario, again, turn).state;
        expect(JSON.stringify(score(scenario, again))).toBe(JSON.stringify(report));
      }),
      { numRuns: 150 },
    );
  });
});
