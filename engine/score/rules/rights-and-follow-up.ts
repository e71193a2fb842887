import { firstSaid, type OpeningElement } from '../opening';
import type { Flag, Rule, ScoreItem } from '../types';

// The procedure a client is owed, said in any words: free independent cliëntondersteuning and the
// persoonlijk plan (art. 2.3.2 lid 2 and 3 Wmo 2015), the verslag, the right to apply and object, and a
// follow-up with a moment. Each counts once, for clicked and typed turns alike. The two rights belong
// before the onderzoek, where the law puts them: said only later they earn little and are noted as late.

interface Duty {
  id: string;
  points: number;
  test: RegExp;
  reason: string;
}

type Right = Extract<OpeningElement, 'clientondersteuning' | 'persoonlijk_plan'>;

interface TimedDuty {
  id: Right;
  points: number;
  late: number;
  reason: string;
  lateReason: string;
}

const TIMED: readonly TimedDuty[] = [
  {
    id: 'clientondersteuning',
    points: 8,
    late: 3,
    reason: 'je wees vóór het onderzoek op gratis, onafhankelijke cliëntondersteuning (art. 2.3.2 lid 3 Wmo 2015)',
    lateReason: 'je noemde cliëntondersteuning pas nu. De cliënt moet dit vóór het onderzoek horen (art. 2.3.2 lid 3 Wmo 2015)',
  },
  {
    id: 'persoonlijk_plan',
    points: 5,
    late: 1,
    reason: 'je noemde vóór het onderzoek het persoonlijk plan dat de cliënt mag indienen (art. 2.3.2 lid 2 Wmo 2015)',
    lateReason: 'je noemde het persoonlijk plan pas nu. De cliënt mag het binnen zeven dagen na de melding sturen. Dus dit hoort in de opening (art. 2.3.2 lid 2 Wmo 2015)',
  },
];

const DUTIES: readonly Duty[] = [
  { id: 'verslag', points: 5, test: /\bverslag/i, reason: 'je zei dat de cliënt een verslag van het gesprek krijgt' },
  { id: 'aanvraag', points: 5, test: /\b(aanvraag|aanvragen) (indienen|doen)|recht op een aanvraag|\bbezwaar\b/i, reason: 'je legde uit dat de cliënt een aanvraag mag doen en bezwaar kan maken' },
  { id: 'nazorg', points: 7, test: /\b(evaluer|evaluatie|terugbel|bel (ik )?u (over|op|na)|over (een paar|twee|drie|vier|vijf|zes|acht|\d+) weken|nazorg|kom (ik )?(terug|langs) (over|op|na))/i, reason: 'je sprak een vervolgmoment af (nazorg of evaluatie)' },
];

export const LATE_FLAGS: Record<Right, string> = {
  clientondersteuning: 'clientondersteuning_laat',
  persoonlijk_plan: 'persoonlijk_plan_laat',
};

export const rightsAndFollowUp: Rule = ({ turns }) => {
  const items: ScoreItem[] = [];
  const flags: Flag[] = [];
  for (const duty of TIMED) {
    const said = firstSaid(turns, duty.id);
    if (!said) continue;
    const n = said.turn.record.n;
    items.push({ turn: n, dimension: 'afspraken', points: said.inTime ? duty.points : duty.late, reason: `Beurt ${n}: ${said.inTime ? duty.reason : duty.lateReason}.`, rule: 'rights' });
    // About the run, not the turn: a close that names the right is no weak turn, the opening missed it.
    if (!said.inTime) flags.push({ turn: null, code: LATE_FLAGS[duty.id], message: `Pas in beurt ${n} genoemd, niet in de opening: ${duty.id === 'clientondersteuning' ? 'gratis onafhankelijke cliëntondersteuning' : 'het persoonlijk plan'}.` });
  }
  const done = new Set<string>();
  for (const { record, judgement } of turns) {
    if (record.kind === 'close' || judgement === 'weak') continue;
    for (const duty of DUTIES) {
      if (done.has(duty.id) || !duty.test.test(record.text)) continue;
      done.add(duty.id);
      items.push({ turn: record.n, dimension: 'afspraken', points: duty.points, reason: `Beurt ${record.n}: ${duty.reason}.`, rule: 'rights' });
    }
  }
  return { items, flags };
};
