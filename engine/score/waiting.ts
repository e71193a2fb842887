import type { Option, Scenario } from '../case/schema';
import { isCritical } from '../case/judgement';
import { commits } from '../text/echoes';

// When a situation cannot wait, the gemeente arranges a temporary provision at once and does the
// onderzoek afterwards (art. 2.3.3 Wmo 2015). Telling such a client that help can only start after
// the onderzoek or the beschikking is a knock-out, wherever in the conversation it is said. Typed
// words are held to narrow patterns, and never count when the same turn arranges something now
// ("de vaste hulp komt pas na het onderzoek, maar ik regel vandaag een logeerplek").

const WAITS: readonly RegExp[] = [
  /\bpas\b[^.?!;]{0,40}\bna\b[^.?!;]{0,15}\b(het |de |uw |ons )?(onderzoek|beschikking|besluit|huisbezoek|indicatie)\b/,
  /\b(eerder|daarvoor|tot (die tijd|dan|dat moment))\b[^.?!;]{0,20}\b(mag|kan|kunnen|mogen)\b[^.?!;]{0,25}\b(niet|niets|niks)\b/,
  /\b(kan|mag)\s+ik\b[^.?!;]{0,40}\b(niets|niks|nog niets|geen hulp|nog geen hulp)\b[^.?!;]{0,25}\b(regelen|inzetten|aanbieden)\b/,
  /\b(voor|tot)\s+(morgen|morgennacht|vannacht|vanavond|deze week|het onderzoek|de beschikking)\b[^.?!;]{0,40}\b(kan|mag|kunnen)\b[^.?!;]{0,30}\b(niets|niks|geen hulp)\b/,
  /\b(moet|moeten|zult|zal)\b[^.?!;]{0,30}\b(wachten|afwachten)\b[^.?!;]{0,30}\b(onderzoek|beschikking|besluit|zes weken|huisbezoek)\b/,
];

/** The same turn arranges something now: then "pas na het onderzoek" is about the lasting provision. */
const NOW = /\b(vandaag|morgen|vanavond|vannacht|meteen|direct|nu al|alvast|tijdelijk|voorlopig)\b/;

export function waitsDespiteUrgency(text: string): boolean {
  const lower = text.toLowerCase();
  if (!WAITS.some((p) => p.test(lower))) return false;
  return !(NOW.test(lower) && commits(lower));
}

const urgencyOptions = new WeakMap<Scenario, Option | null>();

/**
 * The case's own knock-out for letting an urgent situation wait (a critical option whose reason cites
 * art. 2.3.3 and the waiting), or null where the case has no such urgency.
 */
export function urgencyKnockOut(scenario: Scenario): Option | null {
  let found = urgencyOptions.get(scenario);
  if (found === undefined) {
    found = null;
    for (const point of Object.values(scenario.points)) {
      for (const option of point.options) {
        const reason = option.critical ?? option.flag?.critical;
        if (isCritical(option) && reason && /2\.3\.3/.test(reason) && /wacht/i.test(reason)) found ??= option;
      }
    }
    urgencyOptions.set(scenario, found);
  }
  return found;
}
