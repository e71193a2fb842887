import type { Scenario } from '../../case/schema';
import { isCritical } from '../../case/judgement';
import { PITFALL_THRESHOLD, saidAtAnyPoint } from '../../text/match-point';
import type { Flag, Rule } from '../types';
import { refusesApplicationInText, refusesOnUsualCare } from '../refusal';
import { urgencyKnockOut, waitsDespiteUrgency } from '../waiting';

export const REFUSED_APPLICATION = 'aanvraag_geweigerd';

const REFUSAL_REASON =
  'Je weigerde een aanvraag aan te nemen. Iedereen mag een aanvraag doen. Daarna volgt een besluit op papier (een beschikking). Daartegen kan de cliënt bezwaar maken (art. 4:1 Awb en art. 2.3.2 Wmo 2015). Krijgt iemand geen voorziening, dan hoort hij een nee met redenen op papier, geen weigering aan tafel.';

export const FLAT_NO = 'nee_zonder_rechten';

export const USUAL_CARE_REFUSAL = 'gebruikelijke_hulp_als_weigering';

export const WAITED_DESPITE_URGENCY = 'spoed_laten_wachten';

const USUAL_CARE_REASON =
  'Je gebruikte gebruikelijke hulp als reden om steun af te wijzen. Gebruikelijke hulp geldt alleen voor huisgenoten. En het houdt op waar de mantelzorger overbelast raakt. Of dat zo is, moet je juist onderzoeken (art. 2.3.2 lid 4 onder d en art. 2.3.5 lid 3 Wmo 2015). Een nee hoort daarna in een besluit met redenen (een beschikking), niet aan tafel.';

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
  'Je zei aan tafel nee tegen een voorziening. Je zei er niet bij dat de cliënt toch een aanvraag mag doen en bezwaar kan maken. Een nee hoort in een besluit met redenen (een beschikking). Daartegen kan de cliënt bezwaar maken (art. 4:1 Awb en art. 2.3.2 Wmo 2015).';

const usualCareCases = new WeakMap<Scenario, boolean>();

/**
 * Whether the case marks turning support down on the ground of gebruikelijke hulp as a knock-out (one of
 * its critical options says it). Where a housemate can lawfully be expected to help (gemotiveerd-nee),
 * it is the right answer, so typed words are held to it only where the author says so.
 */
function usualCareIsKnockOut(scenario: Scenario): boolean {
  let found = usualCareCases.get(scenario);
  if (found === undefined) {
    found = Object.values(scenario.points).some((point) => point.options.some((o) => isCritical(o) && [o.text, ...o.examples].some((t) => /gebruikelijke? (hulp|zorg)/i.test(t))));
    usualCareCases.set(scenario, found);
  }
  return found;
}

/** Knock-outs: a case's own critical options and flags (chosen, or typed anywhere), refusing an aanvraag (chosen or typed), and a typed no without the client's rights. */
export const criticalErrors: Rule = ({ scenario, turns }) => {
  const usualCareKnocksOut = usualCareIsKnockOut(scenario);
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
    const urgent = urgencyKnockOut(scenario);
    if (urgent && !option && record.kind === 'move' && waitsDespiteUrgency(record.text)) {
      flags.push({ turn: record.n, code: WAITED_DESPITE_URGENCY, message: `Beurt ${record.n}: ${urgent.critical ?? urgent.flag?.critical ?? ''}`, critical: true });
      continue;
    }
    if (usualCareKnocksOut && !option && record.kind === 'move' && refusesOnUsualCare(record.text)) {
      flags.push({ turn: record.n, code: USUAL_CARE_REFUSAL, message: `Beurt ${record.n}: ${USUAL_CARE_REASON}`, critical: true });
      continue;
    }
    const reason = option?.critical ?? option?.flag?.critical;
    if (reason !== undefined) {
      flags.push({ turn: record.n, code: `kritiek_${record.point}`, message: `Beurt ${record.n}: ${reason}`, critical: true });
      continue;
    }
    if (option || record.kind !== 'move' || record.move === null) continue;
    // A legal error is no less one for being said at another point; held to the pitfall threshold
    // (clearer than at its own point) so a good sentence near the subject is never taken for it.
    const elsewhere = saidAtAnyPoint(scenario, { text: record.text, move: record.move, topics: record.topics }, isCritical, PITFALL_THRESHOLD);
    const typedReason = elsewhere ? (elsewhere.option.critical ?? elsewhere.option.flag?.critical) : undefined;
    if (elsewhere && typedReason !== undefined) flags.push({ turn: record.n, code: `kritiek_${elsewhere.point}`, message: `Beurt ${record.n}: ${typedReason}`, critical: true });
  }
  return { items: [], flags };
};
