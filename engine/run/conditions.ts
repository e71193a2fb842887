import type { Condition } from '../case/schema';
import type { Move } from '../vocabulary';

export interface ConditionContext {
  revealed: readonly string[];
  trust: number;
  movesUsed: ReadonlySet<Move>;
  flags: ReadonlySet<string>;
  visited: readonly string[];
}

/** Declarative conditions from a case file: data, checked here, never evaluated as code. */
export function holds(condition: Condition | undefined, ctx: ConditionContext): boolean {
  if (!condition) return true;
  const { found, notFound, minFound, minTrust, maxTrust, movesUsed, movesNotUsed, flagged, notFlagged, visited } = condition;
  if (found && !found.every((f) => ctx.revealed.includes(f))) return false;
  if (notFound && notFound.some((f) => ctx.revealed.includes(f))) return false;
  if (minFound !== undefined && ctx.revealed.length < minFound) return false;
  if (minTrust !== undefined && ctx.trust < minTrust) return false;
  if (maxTrust !== undefined && ctx.trust > maxTrust) return false;
  if (movesUsed && !movesUsed.every((m) => ctx.movesUsed.has(m))) return false;
  if (movesNotUsed && movesNotUsed.some((m) => ctx.movesUsed.has(m))) return false;
  if (flagged && !flagged.every((f) => ctx.flags.has(f))) return false;
  if (notFlagged && notFlagged.some((f) => ctx.flags.has(f))) return false;
  if (visited && !visited.every((p) => ctx.visited.includes(p))) return false;
  return true;
}
