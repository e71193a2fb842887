import type { Rule } from '../types';
import { own } from '../../own';

export const factsFound: Rule = ({ scenario, turns }) => ({
  flags: [],
  items: turns.flatMap(({ record }) =>
    record.revealed.flatMap((factId) => {
      const fact = own(scenario.facts, factId);
      if (!fact) return [];
      return [{
        turn: record.n,
        dimension: fact.dimension,
        points: fact.points,
        reason: `Beurt ${record.n}: je bracht boven tafel: ${fact.summary.replace(/[.!?]+$/, '')}.`,
        rule: 'fact_found',
      }];
    }),
  ),
});
