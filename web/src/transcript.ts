import type { Move, RunState, Scenario } from './engine';

export type Line = { who: 'client' | 'trainee'; text: string; move?: Move | null; n?: number };

/** The conversation so far, rebuilt from the run state alone, so a resumed run shows the same chat. */
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

export function currentPhase(scenario: Scenario, state: RunState): string {
  const id = state.point ?? state.turns.at(-1)?.point;
  return (id ? scenario.points[id]?.phase : undefined) ?? 'verkennen';
}
