import { echoedRefs } from '../../run/state';
import { EXPLORING_MOVES, SOLUTION_MOVES } from '../../vocabulary';
import { proposes, type Rule, type ScoreItem } from '../types';

const ENOUGH = 3;
const TOO_FEW = 2;

/** Solutions are weighed only after the question behind the question was explored. */
export const explorationFirst: Rule = ({ turns }) => {
  const items: ScoreItem[] = [];
  let explored = 0;
  let firstSolutionSeen = false;
  for (const turn of turns) {
    const { record, option, judgement } = turn;
    // A typed mention of a provision is not a proposal: only an option, or a typed turn that said one, counts as a solution here.
    const concrete = option !== undefined || echoedRefs(record).length > 0 || record.arranges !== null;
    if (record.move === null) continue;
    // Typed support that was arranged is a solution whatever move the reader named ("Wat zou u ervan
    // vinden om Gerrit te bellen?" reads as netwerk, and the network is where the kanteling looks first).
    const arranged = option === undefined && record.arranges !== null;
    if (EXPLORING_MOVES.includes(record.move) && !arranged) {
      if (judgement !== 'weak' && record.form !== 'closed_question') explored++;
      continue;
    }
    if (!arranged && (!SOLUTION_MOVES.includes(record.move) || !proposes(turn))) continue;
    // One judgement per turn: a solution the case calls weak earns no credit for its timing.
    if (!firstSolutionSeen && explored >= ENOUGH && judgement !== 'weak' && concrete) {
      items.push({ turn: record.n, dimension: 'passende_oplossing', points: 15, reason: `Beurt ${record.n}: je verkende eerst (${explored} verkennende beurten) en kwam daarna pas met oplossingen.`, rule: 'exploration_first' });
    }
    if (explored < TOO_FEW) {
      items.push({ turn: record.n, dimension: 'vraagverheldering', points: -10, reason: `Beurt ${record.n}: je kwam met een oplossing voordat de vraag achter de vraag verkend was.`, rule: 'exploration_first' });
    }
    // A vague mention is not yet the first solution: the credit waits for a concrete one.
    if (concrete) firstSolutionSeen = true;
  }
  return { items, flags: [] };
};
