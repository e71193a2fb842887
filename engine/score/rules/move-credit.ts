import type { Dimension, Move } from '../../vocabulary';
import type { Rule, ScoreItem } from '../types';

const DIMENSION_OF: Partial<Record<Move, Dimension>> = {
  verhelderen: 'vraagverheldering',
  eigen_kracht: 'eigen_kracht',
  netwerk: 'netwerk',
  brede_blik: 'brede_blik',
  afspraak: 'afspraken',
};

// Diminishing: asking the same kind of question a fifth time adds little.
const LADDER = [10, 8, 6, 4, 2];

const REASON: Partial<Record<Move, string>> = {
  verhelderen: 'je vroeg door of vatte samen (vraag achter de vraag)',
  eigen_kracht: 'je verkende wat de cliënt zelf kan en wil',
  netwerk: 'je verkende het netwerk van de cliënt',
  brede_blik: 'je keek breder dan de hulpvraag',
  afspraak: 'je maakte een afspraak of legde de procedure uit',
};

export const moveCredit: Rule = ({ turns }) => {
  const counts = new Map<Dimension, number>();
  const items: ScoreItem[] = [];
  for (const { record } of turns) {
    const dimension = record.move === null ? undefined : DIMENSION_OF[record.move];
    if (!dimension || record.move === null) continue;
    const count = counts.get(dimension) ?? 0;
    counts.set(dimension, count + 1);
    const points = LADDER[count] ?? 0;
    if (points === 0) continue;
    items.push({ turn: record.n, dimension, points, reason: `Beurt ${record.n}: ${REASON[record.move]}.`, rule: 'move_credit' });
  }
  return { items, flags: [] };
};
