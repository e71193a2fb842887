import type { Scenario } from '../case/schema';
import type { RunState } from '../run/state';
import { profile } from '../text/similarity';
import { own } from '../own';

// A strong conversation takes up what the client revealed: a reflection or summary that uses what
// came out. A case-blind list of good questions finds facts but never shows that it listened.

const UPTAKE_FORMS = new Set(['simple_reflection', 'complex_reflection', 'summary']);

/** Turn numbers of reflections and summaries that took up something the client had revealed. */
export function uptakeTurns(scenario: Scenario, state: RunState): number[] {
  const heard = new Set<string>();
  const out: number[] = [];
  for (const turn of state.turns) {
    const forms = turn.segments.length > 0 ? turn.segments : turn.form !== null ? [turn.form] : [];
    if (forms.some((f) => UPTAKE_FORMS.has(f)) && heard.size > 0) {
      const said = profile(turn.text).stems;
      for (const s of said.keys()) {
        if (heard.has(s)) {
          out.push(turn.n);
          break;
        }
      }
    }
    for (const factId of turn.revealed) {
      if (!Object.hasOwn(scenario.facts, factId)) continue;
      const fact = own(scenario.facts, factId)!;
      for (const s of profile(`${fact.says} ${fact.summary}`).stems.keys()) if (s.length >= 4) heard.add(s);
    }
  }
  return out;
}
