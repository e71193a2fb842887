import type { RunState, Scenario } from '../../engine';
import { transcript, type Line } from './model';

/**
 * The conversation as the trainee sees it in model mode: after a turn the model voiced, its
 * words stand in for the case's own reply and next opening line (together they are what the
 * model was given to say). While turn `answering` is being voiced, the case's lines for it stay
 * hidden, so the trainee never reads the answer before the client "says" it.
 */
export function shownLines(scenario: Scenario, state: RunState, voiced: Record<number, string>, answering: number | null): Line[] {
  const shown: Line[] = [];
  let replaced = false;
  for (const line of transcript(scenario, state)) {
    if (line.who === 'trainee') {
      shown.push(line);
      const n = line.n ?? -1;
      replaced = n === answering || voiced[n] !== undefined;
      const words = voiced[n];
      if (words) shown.push({ who: 'client', text: words });
      continue;
    }
    if (!replaced) shown.push(line);
  }
  return shown;
}
