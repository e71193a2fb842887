import type { Scenario } from '../case/schema';
import type { RunState } from '../run/state';
import type { Flag } from './types';
import { own } from '../own';

/**
 * The ending as it happened: the ending's own opening, then what was found and what stayed hidden,
 * the knock-outs, and what was arranged. Built from the run, so it can never claim what the run
 * contradicts.
 */
export function storyOf(scenario: Scenario, state: RunState, flags: readonly Flag[], arranged: readonly { text: string }[]): string[] {
  if (state.ending === null || !Object.hasOwn(scenario.endings, state.ending)) return [];
  const story = [own(scenario.endings, state.ending)!.debrief];
  const summary = (id: string) => (Object.hasOwn(scenario.facts, id) ? clean(scenario.facts[id]!.summary) : id);
  const found = state.revealed.map(summary);
  const missed = Object.keys(scenario.facts).filter((id) => !state.revealed.includes(id)).map(summary);
  story.push(found.length === 0 ? 'Je bracht in dit gesprek niets boven tafel wat de cliënt niet al zelf vertelde.' : `Wat je boven tafel kreeg: ${found.join('; ')}.`);
  if (missed.length > 0) story.push(`Wat verborgen bleef: ${missed.join('; ')}.`);
  // Knock-outs open the debrief in a block of their own; the story only says that one was made.
  const critical = flags.filter((f) => f.critical).length;
  if (critical > 0) story.push(critical === 1 ? 'Er was een kritieke fout: die staat bovenaan de nabespreking.' : `Er waren ${critical} kritieke fouten: die staan bovenaan de nabespreking.`);
  const texts = [...new Set(arranged.map((a) => clean(a.text)))];
  if (texts.length > 0) story.push(`Wat je regelde: ${texts.map((t) => `"${t}"`).join('; ')}.`);
  else if (scenario.needsSupport) story.push('Er is in dit gesprek geen steun voor de cliënt geregeld.');
  return story;
}

function clean(text: string): string {
  return text.trim().replace(/[.!?]+$/, '');
}
