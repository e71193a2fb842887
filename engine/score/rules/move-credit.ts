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

const MOVE_OF: Partial<Record<Dimension, Move>> = {
  vraagverheldering: 'verhelderen',
  eigen_kracht: 'eigen_kracht',
  netwerk: 'netwerk',
  brede_blik: 'brede_blik',
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

// Listening, summarising and asking on (LSD) is how the question behind the question is found, whatever
// the subject: open questions, reflections and summaries earn vraagverheldering by their form, a little
// less each time; a reflection or summary more than a question (MITI: reflections per question).
const LSD: Partial<Record<Form, readonly number[]>> = {
  open_question: [4, 4, 3, 3, 2, 2, 1, 1],
  simple_reflection: [5, 5, 4, 4, 3, 3, 2, 2],
  complex_reflection: [7, 7, 6, 6, 5, 5, 4, 4],
  summary: [8, 6, 4, 2],
};
const LSD_REASON: Partial<Record<Form, string>> = {
  open_question: 'een open vraag: de cliënt kon zijn eigen verhaal vertellen',
  simple_reflection: 'je gaf terug wat de cliënt zei (luisteren)',
  complex_reflection: 'je benoemde wat er onder de woorden lag (luisteren en doorvragen)',
  summary: 'je vatte samen (LSD)',
};

/** Generic credit for what a turn explored, by its move and form. A turn the case judges weak earns none. */
export const moveCredit: Rule = ({ scenario, turns }) => {
  const counts = new Map<Dimension, number>();
  const lsd = new Map<Form, number>();
  const items: ScoreItem[] = [];
  for (const { record, judgement, opening } of turns) {
    if (record.move === null || judgement === 'weak') continue;
    const forms = new Set(record.segments.length > 0 ? record.segments : record.form !== null ? [record.form] : []);
    // The strongest listening form in the turn counts, once.
    const listening = (['summary', 'complex_reflection', 'simple_reflection', 'open_question'] as const).find((f) => forms.has(f));
    if (listening && record.move !== 'verhelderen') {
      const n = lsd.get(listening) ?? 0;
      lsd.set(listening, n + 1);
      const points = LSD[listening]?.[n] ?? 0;
      if (points > 0) items.push({ turn: record.n, dimension: 'vraagverheldering', points, reason: `Beurt ${record.n}: ${LSD_REASON[listening]}.`, rule: 'lsd' });
    }
    const dimension = DIMENSION_OF[record.move];
    if (!dimension) continue;
    if (record.move === 'afspraak') {
      // Explaining the conversation in the opening is scored there; agreements are what the close makes.
      if (record.form === 'small_talk' || opening) continue;
      const points = ladder(counts, dimension);
      if (points > 0) items.push({ turn: record.n, dimension, points, reason: `Beurt ${record.n}: je maakte een afspraak of legde de procedure uit.`, rule: 'move_credit' });
      continue;
    }
    const kind = exploring(record.form);
    if (kind === 'none') continue;
    // What a turn explored: its move, and the kind of each fact it brought out (a typed sentence is read
    // as one move, but a question that brings out the daughter explored the network too).
    const explored = new Map<Dimension, Move>([[dimension, record.move]]);
    for (const factId of record.revealed) {
      const fact = Object.hasOwn(scenario.facts, factId) ? scenario.facts[factId]! : undefined;
      const move = fact ? MOVE_OF[fact.dimension] : undefined;
      if (fact && move && !explored.has(fact.dimension)) explored.set(fact.dimension, move);
    }
    for (const [dim, move] of explored) {
      const subject = SUBJECT[move]!;
      if (kind === 'closed') {
        items.push({ turn: record.n, dimension: dim, points: CLOSED, reason: `Beurt ${record.n}: ${HOW.closed_question} ${subject}. Een open vraag had meer opgeleverd.`, rule: 'move_credit' });
        continue;
      }
      const points = ladder(counts, dim);
      if (points === 0) continue;
      const how = (record.form && HOW[record.form]) ?? 'je verkende';
      items.push({ turn: record.n, dimension: dim, points, reason: `Beurt ${record.n}: ${how} ${subject}.`, rule: 'move_credit' });
    }
  }
  return { items, flags: [] };
};

function ladder(counts: Map<Dimension, number>, dimension: Dimension): number {
  const count = counts.get(dimension) ?? 0;
  counts.set(dimension, count + 1);
  return LADDER[count] ?? 0;
}
