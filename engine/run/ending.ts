import type { Scenario } from '../case/schema';
import { evaluate } from '../score/score';
import type { Move } from '../vocabulary';
import { holds } from './conditions';
import type { RunState } from './state';

/** On closing: the first ending whose condition holds; the last ending when none does. */
export function chooseEnding(scenario: Scenario, state: RunState): string {
  const { flags } = evaluate(scenario, state, true);
  const ctx = {
    revealed: state.revealed,
    trust: state.trust,
    movesUsed: new Set(state.turns.map((t) => t.move).filter((m): m is Move => m !== null)),
    flags: new Set(flags.map((f) => f.code)),
    visited: state.visited,
  };
  const entries = Object.entries(scenario.endings);
  const hit = entries.find(([, ending]) => holds(ending.when, ctx));
  return (hit ?? entries[entries.length - 1])?.[0] ?? '';
}
