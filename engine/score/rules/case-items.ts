import type { Flag, Rule, ScoreItem } from '../types';

/** What the case itself says about a chosen option: its own weights, feedback and flags. */
export const caseItems: Rule = ({ turns }) => {
  const items: ScoreItem[] = [];
  const flags: Flag[] = [];
  for (const { record, option } of turns) {
    if (!option) continue;
    for (const spec of option.score) {
      items.push({ turn: record.n, dimension: spec.dimension, points: spec.points, reason: `Beurt ${record.n}: ${spec.reason}`, rule: 'case' });
    }
    if (option.flag) flags.push({ turn: record.n, code: option.flag.code, message: `Beurt ${record.n}: ${option.flag.message}` });
  }
  return { items, flags };
};
