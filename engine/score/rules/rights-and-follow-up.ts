import type { Rule, ScoreItem } from '../types';

// The procedure a client is owed, said in any words: free independent cliëntondersteuning and the
// persoonlijk plan (art. 2.3.2 lid 2 and 3 Wmo 2015), the verslag, the right to apply and object, and a
// follow-up with a moment. Each counts once, for clicked and typed turns alike.

interface Duty {
  id: string;
  points: number;
  test: RegExp;
  reason: string;
}

const DUTIES: readonly Duty[] = [
  { id: 'clientondersteuning', points: 8, test: /cli[eë]ntondersteun|onafhankelijke? (ondersteuner|cli[eë]ntondersteuner)/i, reason: 'je wees op gratis, onafhankelijke cliëntondersteuning (art. 2.3.2 lid 3 Wmo 2015)' },
  { id: 'persoonlijk_plan', points: 5, test: /persoonlijk plan/i, reason: 'je noemde het persoonlijk plan dat de cliënt mag indienen (art. 2.3.2 lid 2 Wmo 2015)' },
  { id: 'verslag', points: 5, test: /\bverslag/i, reason: 'je zei dat de cliënt een verslag van het gesprek krijgt' },
  { id: 'aanvraag', points: 5, test: /\b(aanvraag|aanvragen) (indienen|doen)|recht op een aanvraag|\bbezwaar\b/i, reason: 'je legde uit dat de cliënt een aanvraag mag doen en bezwaar kan maken' },
  { id: 'nazorg', points: 7, test: /\b(evaluer|evaluatie|terugbel|bel (ik )?u (over|op|na)|over (een paar|twee|drie|vier|vijf|zes|acht|\d+) weken|nazorg|kom (ik )?(terug|langs) (over|op|na))/i, reason: 'je sprak een vervolgmoment af (nazorg of evaluatie)' },
];

export const rightsAndFollowUp: Rule = ({ turns }) => {
  const items: ScoreItem[] = [];
  const done = new Set<string>();
  for (const { record, judgement } of turns) {
    if (record.kind === 'close' || judgement === 'weak') continue;
    for (const duty of DUTIES) {
      if (done.has(duty.id) || !duty.test.test(record.text)) continue;
      done.add(duty.id);
      items.push({ turn: record.n, dimension: 'afspraken', points: duty.points, reason: `Beurt ${record.n}: ${duty.reason}.`, rule: 'rights' });
    }
  }
  return { items, flags: [] };
};
