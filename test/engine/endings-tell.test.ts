import { describe, expect, it } from 'vitest';
import { score } from '../../engine';
import { explore } from '../../engine/analysis/explore';
import { holds } from '../../engine/run/conditions';
import { movesUsed } from '../../engine/run/ending';
import { evaluate } from '../../engine/score/score';
import { allCases } from '../helpers/cases';

// Endings tell what happened: over every case's explored runs, the ending's own conditions hold for the
// run (only the last, unconditional ending catches the rest), a knock-out always ends weak, and the
// story names exactly the facts found and missed.

describe.each(allCases().map((c) => [c.id, c] as const))('the endings of %s', (_id, scenario) => {
  const runs = explore(scenario, { maxStates: 600, samples: 150 }).terminals.map((t) => t.state);

  it('never claim what the run contradicts', () => {
    expect(runs.length).toBeGreaterThan(20);
    const ids = Object.keys(scenario.endings);
    for (const state of runs) {
      const report = score(scenario, state);
      const ending = scenario.endings[report.ending!]!;
      const { flags } = evaluate(scenario, state, true);
      const ctx = {
        revealed: state.revealed, trust: state.trust, visited: state.visited, flags: new Set(flags.map((f) => f.code)),
        movesUsed: movesUsed(scenario, state),
      };
      // The chosen ending's own conditions hold, unless it is the unconditional catch-all.
      if (ending.when && report.ending !== ids.at(-1)) expect(holds(ending.when, ctx), `${report.ending} na ${state.turns.length} beurten`).toBe(true);
      if (report.critical.length > 0) expect(report.endingQuality).toBe('zwak');
      const story = report.story.join(' ');
      for (const id of state.revealed) expect(story).toContain(scenario.facts[id]!.summary.replace(/[.!?]+$/, ''));
      if (report.facts.missed.length > 0) expect(story).toContain('Wat verborgen bleef');
      else expect(story).not.toContain('Wat verborgen bleef');
    }
  });
});
