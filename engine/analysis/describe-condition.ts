import type { Condition } from '../case/schema';

/** An ending's condition in a few Dutch words, for a label on a drawing: every part that must hold. */
export function describeCondition(condition: Condition): string {
  const parts: string[] = [];
  const list = (ids: readonly string[]) => ids.join(', ');
  if (condition.found) parts.push(`gevonden: ${list(condition.found)}`);
  if (condition.notFound) parts.push(`niet gevonden: ${list(condition.notFound)}`);
  if (condition.minFound !== undefined) parts.push(`minstens ${condition.minFound} feiten`);
  if (condition.minTrust !== undefined) parts.push(`vertrouwen ≥ ${condition.minTrust}`);
  if (condition.maxTrust !== undefined) parts.push(`vertrouwen ≤ ${condition.maxTrust}`);
  if (condition.movesUsed) parts.push(`moves: ${list(condition.movesUsed)}`);
  if (condition.movesNotUsed) parts.push(`niet: ${list(condition.movesNotUsed)}`);
  if (condition.flagged) parts.push(`vlag: ${list(condition.flagged)}`);
  if (condition.notFlagged) parts.push(`geen vlag: ${list(condition.notFlagged)}`);
  if (condition.visited) parts.push(`via: ${list(condition.visited)}`);
  return parts.length > 0 ? parts.join(' en ') : 'altijd';
}
