import type { Scenario } from '../case/schema';
import { evaluate } from '../score/score';
import { uptakeTurns } from '../score/uptake';
import type { Move } from '../vocabulary';
import { holds } from './conditions';
import type { RunState } from './state';

/**
 * On closing: the first ending whose condition holds, among the endings the run may still reach.
 * A critical error allows only a weak ending; a strong ending needs uptake (a reflection or summary
 * of something the client revealed). A fixed ending from an option obeys the same limits.
 */
export function chooseEnding(scenario: Scenario, state: RunState, fixed?: string): string {
  const { flags } = evaluate(scenario, state, true);
  const critical = flags.some((f) => f.critical === true);
  const listened = uptakeTurns(scenario, state).length > 0;
  const allowed = (quality: string) => (critical ? quality === 'zwak' : quality !== 'sterk' || listened);
  const endings = scenario.endings;
  if (fixed !== undefined && Object.hasOwn(endings, fixed) && allowed(endings[fixed]!.quality)) return fixed;
  const ctx = {
    revealed: state.revealed,
    trust: state.trust,
    movesUsed: new Set(state.turns.map((t) => t.move).filter((m): m is Move => m !== null)),
    flags: new Set(flags.map((f) => f.code)),
    visited: state.visited,
  };
  const entries = Object.entries(endings);
  const hit =
    entries.find(([, ending]) => allowed(ending.quality) && holds(ending.when, ctx)) ??
    entries.find(([, ending]) => allowed(ending.quality)) ??
    entries[entries.length - 1];
  return hit?.[0] ?? '';
}
