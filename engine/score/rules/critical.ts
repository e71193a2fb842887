import type { Flag, Rule } from '../types';
import { refusesApplicationInText } from '../refusal';

export const REFUSED_APPLICATION = 'aanvraag_geweigerd';

const REFUSAL_REASON =
  'Je weigerde een aanvraag aan te nemen. Iedereen mag een aanvraag indienen en krijgt dan een beschikking waartegen bezwaar mogelijk is (art. 4:1 Awb en art. 2.3.2 Wmo 2015). Wie geen voorziening krijgt, hoort een gemotiveerd nee op papier, geen weigering aan tafel.';

/** Knock-outs: a case's own critical options and flags, and refusing an aanvraag, chosen or typed. */
export const criticalErrors: Rule = ({ turns }) => {
  const flags: Flag[] = [];
  for (const { record, option } of turns) {
    const refused = option ? option.refusesApplication : record.kind === 'move' && refusesApplicationInText(record.text);
    if (refused) {
      flags.push({ turn: record.n, code: REFUSED_APPLICATION, message: `Beurt ${record.n}: ${REFUSAL_REASON}`, critical: true });
      continue;
    }
    const reason = option?.critical ?? option?.flag?.critical;
    if (reason !== undefined) flags.push({ turn: record.n, code: `kritiek_${record.point}`, message: `Beurt ${record.n}: ${reason}`, critical: true });
  }
  return { items: [], flags };
};
