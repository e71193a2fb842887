import type { Flag, Rule } from '../types';
import { refusesApplicationInText } from '../refusal';

export const REFUSED_APPLICATION = 'aanvraag_geweigerd';

const REFUSAL_REASON =
  'Je weigerde een aanvraag aan te nemen. Iedereen mag een aanvraag indienen en krijgt dan een beschikking waartegen bezwaar mogelijk is (art. 4:1 Awb en art. 2.3.2 Wmo 2015). Wie geen voorziening krijgt, hoort een gemotiveerd nee op papier, geen weigering aan tafel.';

export const FLAT_NO = 'nee_zonder_rechten';

/** A no at the table, in typed words. */
const FLAT_NO_PATTERNS: readonly RegExp[] = [
  /\b(zit|zitten)\b[^.?!]{0,25}\bniet in\b/i,
  /\bniet in aanmerking\b/i,
  /\bgeen (grond|recht|basis) (op|voor)\b/i,
  /\b(krijgt|krijg) u\b[^.?!]{0,10}\bgeen\b[^.?!]{0,30}\b(voorziening|scootmobiel|hulp|vervoer|dagbesteding|begeleiding)/i,
];
/** Telling the client they may still apply, and object: what makes a no at the table lawful. */
const RIGHTS = /\baanvra(ag|gen)\b|\bbezwaar\b|\bbeschikking\b/i;

const FLAT_NO_REASON =
  'Je zei aan tafel nee tegen een voorziening, zonder te zeggen dat de cliënt toch een aanvraag mag doen en bezwaar kan maken. Een nee hoort in een beschikking met redenen, waartegen bezwaar mogelijk is (art. 4:1 Awb en art. 2.3.2 Wmo 2015).';

/** Knock-outs: a case's own critical options and flags, refusing an aanvraag (chosen or typed), and a typed no without the client's rights. */
export const criticalErrors: Rule = ({ turns }) => {
  const flags: Flag[] = [];
  const rightsSaid = turns.some(({ record }) => record.kind !== 'close' && RIGHTS.test(record.text) && !refusesApplicationInText(record.text));
  const flatNo = turns.find(({ record, option }) => !option && record.kind === 'move' && FLAT_NO_PATTERNS.some((p) => p.test(record.text)));
  if (flatNo && !rightsSaid) flags.push({ turn: flatNo.record.n, code: FLAT_NO, message: `Beurt ${flatNo.record.n}: ${FLAT_NO_REASON}`, critical: true });
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
