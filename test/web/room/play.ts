import type { Scenario, Turn } from '../../../engine';
import { start, step } from '../../../engine';

/** Option turns that play `scenario` to its end, taking option `pick(point)` (default 1) at every point. */
export function optionTurns(scenario: Scenario, seed: number, pick: (point: string, n: number) => number = () => 1): Turn[] {
  let state = start(scenario, { seed }).state;
  const turns: Turn[] = [];
  while (state.status === 'active' && turns.length < 60) {
    const point = scenario.points[state.point!]!;
    const option = Math.min(pick(state.point!, turns.length + 1), point.options.length);
    const turn: Turn = { type: 'option', option };
    state = step(scenario, state, turn).state;
    turns.push(turn);
  }
  return turns;
}
