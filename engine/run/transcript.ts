import type { Scenario } from '../case/schema';
import type { Move } from '../vocabulary';
import type { RunState } from './state';

export type Line = { who: 'client' | 'trainee'; text: string; move?: Move | null; n?: number };

/**
 * The conversation so far, rebuilt from the run state alone, so a resumed run shows the same
 * chat in every face: the client's line at each new decision point, what the trainee said and
 * the reply.
 */
export function transcript(scenario: Scenario, state: RunState): Line[] {
  const lines: Line[] = [];
  let shown: string | null = null;
  for (const turn of state.turns) {
    if (turn.point !== shown) {
      const client = scenario.points[turn.point]?.client;
      if (client) lines.push({ who: 'client', text: client });
      shown = turn.point;
    }
    lines.push({ who: 'trainee', text: turn.text, move: turn.move, n: turn.n });
    if (turn.reply) lines.push({ who: 'client', text: turn.reply });
  }
  if (state.point !== null && state.point !== shown) {
    const client = scenario.points[state.point]?.client;
    if (client) lines.push({ who: 'client', text: client });
  }
  return lines;
}

export const PHASES = ['verkennen', 'oplossingen', 'afspraken'] as const;
export type Phase = (typeof PHASES)[number];

/** The phase of the current point (read from the case), or of the last point played. */
export function currentPhase(scenario: Scenario, state: RunState): Phase {
  const id = state.point ?? state.turns.at(-1)?.point;
  return (id ? scenario.points[id]?.phase : undefined) ?? 'verkennen';
}
