import type { Form } from '../../text/form';
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
/** A closed question explores a little: it gets a short, true answer. */
const CLOSED = 2;

const SUBJECT: Partial<Record<Move, string>> = {
  verhelderen: 'de vraag achter de vraag',
  eigen_kracht: 'wat de cliënt zelf kan en wil',
  netwerk: 'het netwerk van de cliënt',
  brede_blik: 'andere kanten van het leven van de cliënt',
};

/** How a turn explored, by its form; forms that do not explore (advice, information, small talk) earn nothing here. */
function exploring(form: Form | null): 'open' | 'closed' | 'none' {
  if (form === 'open_question' || form === 'simple_reflection' || form === 'complex_reflection' || form === 'summary' || form === 'affirmation') return 'open';
  if (form === 'closed_question') return 'closed';
  return form === null ? 'open' : 'none';
}

const HOW: Partial<Record<Form, string>> = {
  open_question: 'je stelde een open vraag over',
  simple_reflection: 'je gaf terug wat de cliënt zei over',
  complex_reflection: 'je benoemde wat er onder de woorden zat over',
  summary: 'je vatte samen wat je hoorde over',
  affirmation: 'je erkende de cliënt en sloot aan bij',
  closed_question: 'een gesloten vraag: je kreeg een kort antwoord over',
};

/** Generic credit for what a turn explored, by its move and form. A turn the case judges weak earns none. */
export const moveCredit: Rule = ({ turns }) => {
  const counts = new Map<Dimension, number>();
  const items: ScoreItem[] = [];
  for (const { record, judgement } of turns) {
    if (record.move === null || judgement === 'weak') continue;
    const dimension = DIMENSION_OF[record.move];
    if (!dimension) continue;
    if (record.move === 'afspraak') {
      if (record.form === 'small_talk') continue;
      const points = ladder(counts, dimension);
      if (points > 0) items.push({ turn: record.n, dimension, points, reason: `Beurt ${record.n}: je maakte een afspraak of legde de procedure uit.`, rule: 'move_credit' });
      continue;
    }
    const kind = exploring(record.form);
    if (kind === 'none') continue;
    const subject = SUBJECT[record.move]!;
    if (kind === 'closed') {
      items.push({ turn: record.n, dimension, points: CLOSED, reason: `Beurt ${record.n}: ${HOW.closed_question} ${subject}; een open vraag had meer opgeleverd.`, rule: 'move_credit' });
      continue;
    }
    const points = ladder(counts, dimension);
    if (points === 0) continue;
    const how = (record.form && HOW[record.form]) ?? 'je verkende';
    items.push({ turn: record.n, dimension, points, reason: `Beurt ${record.n}: ${how} ${subject}.`, rule: 'move_credit' });
  }
  return { items, flags: [] };
};

function ladder(counts: Map<Dimension, number>, dimension: Dimension): number {
  const count = counts.get(dimension) ?? 0;
  counts.set(dimension, count + 1);
  return LADDER[count] ?? 0;
}
