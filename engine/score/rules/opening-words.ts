import { says, type OpeningElement } from '../opening';
import type { Rule, ScoreItem } from '../types';

// The shared opening's options carry their own points. A trainee who opens in words of his own that
// match none of them earns the same for the same elements, once each, before the onderzoek begins.
// An element an option already covered earns nothing a second time.

const CREDIT: readonly { id: OpeningElement; points: number; reason: string }[] = [
  { id: 'voorstellen', points: 2, reason: 'je stelde je voor' },
  { id: 'doel', points: 3, reason: 'je legde uit waarvoor het gesprek is' },
  { id: 'toestemming', points: 5, reason: 'je vroeg toestemming voordat je anderen erbij betrekt' },
];

export const openingWords: Rule = ({ turns }) => {
  const items: ScoreItem[] = [];
  const done = new Set<OpeningElement>();
  for (const turn of turns) {
    if (!turn.early) break;
    for (const { id, points, reason } of CREDIT) {
      if (done.has(id) || !says(turn, id)) continue;
      done.add(id);
      if (turn.option === undefined) items.push({ turn: turn.record.n, dimension: 'afspraken', points, reason: `Beurt ${turn.record.n}: ${reason}.`, rule: 'opening' });
    }
  }
  return { items, flags: [] };
};
