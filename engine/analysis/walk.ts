import type { Scenario } from '../case/schema';
import { start } from '../run/start';
import type { RunState } from '../run/state';
import { step } from '../run/step';

export interface WalkTerminal {
  /** One option path (1-based option numbers) that reaches this end state. */
  options: number[];
  state: RunState;
}

export interface WalkResult {
  /** Distinct end states, each with one path that reaches it. */
  terminals: WalkTerminal[];
  /** Option paths from the start to an end, counted through merged states (may be huge; not enumerated). */
  pathCount: number;
  statesExplored: number;
  pointsVisited: Set<string>;
  endingsReached: Set<string>;
  /** Set when the walk stopped at maxStates before covering everything. */
  truncated: boolean;
  /** A state from which some option led back into a state already on the current path. */
  cycles: number;
}

/**
 * Every reachable state of a case by options alone, without listing every path: states that agree
 * on everything the future depends on (point, trust, facts, visited points, moves, support
 * arranged, flags so far) are merged, so a large case is walked in time linear in its states.
 */
export function walk(scenario: Scenario, { maxStates = 200_000 } = {}): WalkResult {
  const result: WalkResult = {
    terminals: [], pathCount: 0, statesExplored: 0, pointsVisited: new Set(), endingsReached: new Set(), truncated: false, cycles: 0,
  };
  const memo = new Map<string, number>();
  const onPath = new Set<string>();
  const path: number[] = [];

  const visit = (state: RunState): number => {
    if (state.status === 'finished') {
      const key = `end|${state.ending}|${keyOf(scenario, state)}`;
      const known = memo.get(key);
      if (known !== undefined) return known;
      memo.set(key, 1);
      result.terminals.push({ options: [...path], state });
      if (state.ending) result.endingsReached.add(state.ending);
      return 1;
    }
    const key = keyOf(scenario, state);
    const known = memo.get(key);
    if (known !== undefined) return known;
    if (onPath.has(key)) {
      result.cycles++;
      return 0;
    }
    if (result.statesExplored >= maxStates) {
      result.truncated = true;
      return 0;
    }
    result.statesExplored++;
    if (state.point) result.pointsVisited.add(state.point);
    onPath.add(key);
    let count = 0;
    const options = state.point ? scenario.points[state.point]?.options.length ?? 0 : 0;
    for (let option = 1; option <= options; option++) {
      path.push(option);
      count += visit(step(scenario, state, { type: 'option', option }).state);
      path.pop();
    }
    onPath.delete(key);
    memo.set(key, count);
    return count;
  };

  result.pathCount = visit(start(scenario).state);
  return result;
}

function keyOf(scenario: Scenario, state: RunState): string {
  const moves = new Set<string>();
  const flags = new Set<string>();
  let arranged = false;
  let premature = false;
  for (const turn of state.turns) {
    if (turn.move === 'maatwerkvoorziening' && !(moves.has('eigen_kracht') && moves.has('netwerk'))) premature = true;
    if (turn.move) moves.add(turn.move);
    const option = turn.option === null ? undefined : scenario.points[turn.point]?.options[turn.option - 1];
    if (option?.arranges) arranged = true;
    if (option?.flag) flags.add(option.flag.code);
  }
  return [
    state.point, state.trust, [...state.revealed].sort().join(','), [...state.visited].sort().join(','),
    [...moves].sort().join(','), arranged ? 1 : 0, premature ? 1 : 0, [...flags].sort().join(','),
  ].join('|');
}
