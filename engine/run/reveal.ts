import type { Fact, Option, Scenario } from '../case/schema';
import { factsAskedAbout } from '../text/fact-cues';
import type { Form } from '../text/form';
import type { Move, Topic } from '../vocabulary';
import type { RunEvent, RunState } from './state';
import { own } from '../own';

/** Trust is high enough and the client already told what this fact builds on (its `after`). */
function ready(state: RunState, fact: Fact, trust: number, extra = 0): boolean {
  return trust >= fact.minTrust + extra && fact.after.every((earlier) => state.revealed.includes(earlier));
}

interface RevealOutcome {
  revealed: string[];
  heldBack: string[];
  events: RunEvent[];
}

/** An option brings out its facts only when trust, after the option, is high enough; otherwise the client holds back. */
export function revealByOption(scenario: Scenario, state: RunState, option: Option, trust: number): RevealOutcome & { heldBackReply?: string; saysReply?: string } {
  const out: RevealOutcome & { heldBackReply?: string; saysReply?: string } = { revealed: [], heldBack: [], events: [] };
  for (const factId of option.reveals) {
    const fact = Object.hasOwn(scenario.facts, factId) ? scenario.facts[factId] : undefined;
    if (!fact || state.revealed.includes(factId) || out.revealed.includes(factId)) continue;
    if (ready(state, fact, trust)) {
      out.revealed.push(factId);
      out.events.push({ type: 'fact_revealed', fact: factId });
      // An option without its own reply lets the client say the fact, never leave him silent.
      out.saysReply = out.saysReply === undefined ? fact.says : `${out.saysReply} ${fact.says}`;
    } else {
      out.heldBack.push(factId);
      out.events.push({ type: 'fact_held_back', fact: factId });
      out.heldBackReply ??= fact.guarded ?? scenario.fallback[option.move].replies[0];
    }
  }
  return out;
}

/**
 * Free text that matched no option: the first hidden fact this move and these topics can open, one
 * per turn. A fact that needs more trust only holds the turn when no other fact could come out.
 */
export function revealByMove(scenario: Scenario, state: RunState, move: Move, topics: readonly Topic[], trust: number): RevealOutcome & { reply?: string } {
  let guarded: [string, Fact] | undefined;
  for (const [factId, fact] of Object.entries(scenario.facts)) {
    if (state.revealed.includes(factId) || !fact.moves.includes(move)) continue;
    if (fact.topics.length > 0 && !fact.topics.some((t) => topics.includes(t))) continue;
    if (ready(state, fact, trust)) {
      return { revealed: [factId], heldBack: [], events: [{ type: 'fact_revealed', fact: factId }], reply: fact.says };
    }
    guarded ??= [factId, fact];
  }
  if (!guarded) return { revealed: [], heldBack: [], events: [] };
  const [factId, fact] = guarded;
  return { revealed: [], heldBack: [factId], events: [{ type: 'fact_held_back', fact: factId }], ...(fact.guarded ? { reply: fact.guarded } : {}) };
}

/** Forms that explore: a closed question gets a short, true answer, the hidden part only with extra trust. */
const OPENING_FORMS: ReadonlySet<Form> = new Set(['open_question', 'simple_reflection', 'complex_reflection', 'summary']);
const CLOSED_EXTRA_TRUST = 2;

/**
 * Free text that matched no option: the hidden fact it asks about (its cues), trust permitting.
 * Without a cue, an open question or reflection can still open a fact of its move and topics.
 */
export function revealByText(
  scenario: Scenario, state: RunState, said: { text: string; topics: readonly Topic[]; form: Form | null }, move: Move, trust: number,
): RevealOutcome & { reply?: string } {
  const extra = said.form === 'closed_question' ? CLOSED_EXTRA_TRUST : 0;
  const hits = factsAskedAbout(scenario, said.text, said.topics, state.revealed);
  if (hits.length > 0) {
    for (const { fact: factId } of hits) {
      const fact = own(scenario.facts, factId);
      if (!fact) continue;
      if (ready(state, fact, trust, extra)) return { revealed: [factId], heldBack: [], events: [{ type: 'fact_revealed', fact: factId }], reply: fact.says };
    }
    const factId = hits[0]!.fact;
    const fact = own(scenario.facts, factId);
    if (!fact) return { revealed: [], heldBack: [], events: [] };
    return { revealed: [], heldBack: [factId], events: [{ type: 'fact_held_back', fact: factId }], ...(fact.guarded ? { reply: fact.guarded } : {}) };
  }
  // A summary gathers what was said; it does not dig up something new by accident.
  if (said.form === null || !OPENING_FORMS.has(said.form) || said.form === 'summary' || said.topics.length === 0) {
    return { revealed: [], heldBack: [], events: [] };
  }
  return revealByMove(scenario, state, move, said.topics, trust);
}
