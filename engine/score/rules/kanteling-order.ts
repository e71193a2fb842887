import { echoedRefs } from '../../run/state';
import { proposes, type Flag, type Rule, type ScoreItem } from '../types';

export const PREMATURE = 'premature_maatwerkvoorziening';

/**
 * The ladder of art. 2.3.5 lid 3: own strength and network before an individual provision. Once an
 * urgent risk is out, arranging maatwerk at once is what art. 2.3.3 asks, never premature.
 */
export const kantelingOrder: Rule = ({ scenario, turns }) => {
  const items: ScoreItem[] = [];
  const flags: Flag[] = [];
  let eigenKracht = false;
  let netwerk = false;
  let generalCredited = false;
  let urgent: string | undefined;
  for (const turn of turns) {
    const { record, option, judgement } = turn;
    // A typed mention of a provision is not a proposal: only an option, or a typed turn that said one, counts as a solution here.
    const concrete = option !== undefined || echoedRefs(record).length > 0 || record.arranges !== null;
    // Explored: asked about it, or a fact of that kind already came out (a typed question is read for one move).
    if (record.move === 'eigen_kracht') eigenKracht = true;
    if (record.move === 'netwerk') netwerk = true;
    if (record.move === 'maatwerkvoorziening' && urgent !== undefined) {
      if (judgement !== 'weak') {
        items.push({ turn: record.n, dimension: 'passende_oplossing', points: 5, reason: `Beurt ${record.n}: bij een acuut risico regelde je meteen steun. Dat is terecht. Bij spoed geeft de gemeente direct hulp, nog voor het onderzoek af is (art. 2.3.3 Wmo 2015). Het risico: ${urgent}.`, rule: 'kanteling_order' });
      }
    } else if (record.move === 'maatwerkvoorziening' && !(eigenKracht && netwerk) && proposes(turn)) {
      const missing = [!eigenKracht && 'eigen kracht', !netwerk && 'netwerk'].filter(Boolean).join(' en ');
      const message = `Beurt ${record.n}: je bood een maatwerkvoorziening aan voordat ${missing} verkend ${missing.includes(' en ') ? 'waren' : 'was'}.`;
      flags.push({ turn: record.n, code: PREMATURE, message });
      // Every such turn is flagged, but the ladder is skipped once: the loss counts once.
      if (!items.some((i) => i.points < 0)) items.push({ turn: record.n, dimension: 'passende_oplossing', points: -25, reason: message, rule: 'kanteling_order' });
    }
    if (record.move === 'algemene_voorziening' && eigenKracht && netwerk && !generalCredited && judgement !== 'weak' && concrete) {
      generalCredited = true;
      items.push({ turn: record.n, dimension: 'passende_oplossing', points: 15, reason: `Beurt ${record.n}: eerst eigen kracht en netwerk, daarna een algemene voorziening. Dat is de volgorde van de kanteling.`, rule: 'kanteling_order' });
    }
    for (const factId of record.revealed) {
      const fact = Object.hasOwn(scenario.facts, factId) ? scenario.facts[factId] : undefined;
      if (fact?.urgent && urgent === undefined) urgent = lowerFirst(fact.summary.replace(/[.!?]+$/, ''));
      if (fact?.dimension === 'eigen_kracht') eigenKracht = true;
      if (fact?.dimension === 'netwerk') netwerk = true;
    }
  }
  return { items, flags };
};

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
