import type { Fact, Option, Scenario } from '../case/schema';
import type { Move, Topic } from '../vocabulary';
import type { RunEvent, RunState } from './state';

interface RevealOutcome {
  revealed: string[];
  heldBack: string[];
  events: RunEvent[];
}

/** An option brings out its facts only when trust, after the option, is high enough; otherwise the client holds back. */
export function revealByOption(scenario: Scenario, state: RunState, option: Option, trust: number): RevealOutcome & { heldBackReply?: string } {
  const out: RevealOutcome & { heldBackReply?: string } = { revealed: [], heldBack: [], events: [] };
  for (const factId of option.reveals) {
    const fact = scenario.facts[factId];
    if (!fact || state.revealed.includes(factId) || out.revealed.includes(factId)) continue;
    if (trust >= fact.minTrust) {
      out.revealed.push(factId);
      out.events.push({ type: 'fact_revealed', fact: factId });
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
    if (trust >= fact.minTrust) {
      return { revealed: [factId], heldBack: [], events: [{ type: 'fact_revealed', fact: factId }], reply: fact.says };
    }
    guarded ??= [factId, fact];
  }
  if (!guarded) return { revealed: [], heldBack: [], events: [] };
  const [factId, fact] = guarded;
  return { revealed: [], heldBack: [factId], events: [{ type: 'fact_held_back', fact: factId }], ...(fact.guarded ? { reply: fact.guarded } : {}) };
}
