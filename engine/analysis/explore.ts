import type { Option, Scenario } from '../case/schema';
import { start } from '../run/start';
import type { RunState } from '../run/state';
import { MOVES } from '../vocabulary';
import { NO_AGREEMENTS } from '../score/rules/agreements';
import { EMPTY_HANDED } from '../score/rules/empty-handed';
import { PREMATURE } from '../score/rules/kanteling-order';
import { step } from '../run/step';
import { own } from '../own';

export interface Terminal {
  /** One option path (1-based option numbers) that reaches this end state. */
  options: number[];
  state: RunState;
}

export interface Exploration {
  /** Distinct end states, each with one path that reaches it. */
  terminals: Terminal[];
  /** Option paths from the start to an end, counted through merged states; only complete when not truncated. */
  pathCount: number;
  statesExplored: number;
  pointsVisited: Set<string>;
  /** Each ending reached, with the first option path found that reaches it: a witness anyone can replay. */
  endingsReached: Map<string, number[]>;
  /** Set when the walk stopped at maxStates; then random paths were added and the result is a sample. */
  truncated: boolean;
  /** A state from which some option led back into a state already on the current path. */
  cycles: number;
}

export interface ExploreOptions {
  /** Distinct states walked before the walk gives up on being exhaustive. */
  maxStates?: number;
  /** Seeded random option paths added when the walk was cut short. */
  samples?: number;
}

/**
 * The reachable run states of a case by options alone, without listing every path. Two states
 * are merged when nothing the case can observe later tells them apart: the point, the facts
 * found, and only those parts of the past that a fact's trust gate or an ending's condition looks
 * at (trust, moves, support arranged, flags, visited points). Rich cases still have millions of
 * such situations (every subset of facts times every trust level times every flag), so the walk
 * stops at `maxStates` and adds seeded random paths: it then shows which endings can be reached,
 * with a path to each, but cannot prove that an ending it missed is unreachable.
 */
export function explore(scenario: Scenario, { maxStates = 5_000, samples = 2_000 }: ExploreOptions = {}): Exploration {
  const result: Exploration = {
    terminals: [], pathCount: 0, statesExplored: 0, pointsVisited: new Set(), endingsReached: new Map(), truncated: false, cycles: 0,
  };
  const memo = new Map<string, number>();
  const onPath = new Set<string>();
  const path: number[] = [];
  const watch = observed(scenario);

  const visit = (state: RunState, history: History): number => {
    const trust = watch.trust ? state.trust : '';
    const key = `${state.status === 'finished' ? `end|${state.ending}` : state.point}|${trust}|${state.revealed.join(',')}|${historyKey(history, state, watch)}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    if (state.status === 'finished') {
      memo.set(key, 1);
      result.terminals.push({ options: [...path], state });
      if (state.ending && !result.endingsReached.has(state.ending)) result.endingsReached.set(state.ending, [...path]);
      return 1;
    }
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
    const options = state.point ? own(scenario.points, state.point)?.options.length ?? 0 : 0;
    for (let option = 1; option <= options; option++) {
      path.push(option);
      const next = step(scenario, state, { type: 'option', option }).state;
      count += visit(next, extend(scenario, history, next, watch));
      path.pop();
    }
    onPath.delete(key);
    memo.set(key, count);
    return count;
  };

  result.pathCount = visit(start(scenario).state, EMPTY);
  if (result.truncated) sample(scenario, result, samples);
  return result;
}

/**
 * Extra option paths for when the walk was cut short: the path that always takes the option
 * worth most points (where strong endings usually lie), the one that takes the least, and
 * seeded random ones. Same case, same paths.
 */
function sample(scenario: Scenario, result: Exploration, samples: number): void {
  let seed = 0x5eed;
  const random = (): number => {
    // mulberry32: a tiny deterministic generator; the walk must give the same answer every run.
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  // What an option is worth to a trainee aiming high: its own points, the facts it can still bring out, and trust.
  const worth = (option: Option, state: RunState): number =>
    option.score.reduce((sum, s) => sum + s.points, 0) +
    option.reveals.reduce((sum, id) => sum + (state.revealed.includes(id) ? 0 : own(scenario.facts, id)?.points ?? 0), 0) +
    option.trust * 3 +
    (option.flag ? -20 : 0);
  type Picker = (options: readonly Option[], state: RunState) => number;
  const extreme = (sign: 1 | -1, noise = 0): Picker => (options, state) => {
    if (noise > 0 && random() < noise) return 1 + Math.floor(random() * options.length);
    let best = 0;
    options.forEach((o, i) => {
      if (sign * worth(o, state) > sign * worth(options[best]!, state)) best = i;
    });
    return best + 1;
  };
  // Mostly-best paths with a little chance find the strong endings wherever the strong option sits.
  const pickers: Picker[] = [extreme(1), extreme(-1)];
  for (let i = 0; i < samples; i++) {
    pickers.push(i % 4 === 0 ? extreme(1, 0.15) : i % 4 === 1 ? extreme(-1, 0.15) : (options) => 1 + Math.floor(random() * options.length));
  }
  for (const pick of pickers) {
    let state = start(scenario).state;
    const path: number[] = [];
    for (let turn = 0; turn < 1_000 && state.status === 'active' && state.point; turn++) {
      const option = pick(own(scenario.points, state.point)?.options ?? [], state);
      path.push(option);
      result.pointsVisited.add(state.point);
      state = step(scenario, state, { type: 'option', option }).state;
    }
    if (state.status !== 'finished') continue;
    result.terminals.push({ options: path, state });
    if (state.ending && !result.endingsReached.has(state.ending)) result.endingsReached.set(state.ending, path);
  }
}

/** What of the past still shapes the future: moves used, support arranged, flags raised. Kept incrementally. */
interface History {
  moves: number;
  arranged: boolean;
  premature: boolean;
  flags: string;
}

const EMPTY: History = { moves: 0, arranged: false, premature: false, flags: '' };
const BIT: Record<string, number> = Object.fromEntries(MOVES.map((m, i) => [m, 1 << i]));

interface Observed {
  trust: boolean;
  moves: number;
  arranged: boolean;
  premature: boolean;
  flags: ReadonlySet<string>;
  visited: ReadonlySet<string>;
}

/** Which parts of the past a case can ever look at: fact trust gates and ending conditions. */
function observed(scenario: Scenario): Observed {
  const conditions = Object.values(scenario.endings).flatMap((e) => (e.when ? [e.when] : []));
  const flags = new Set(conditions.flatMap((c) => [...(c.flagged ?? []), ...(c.notFlagged ?? [])]));
  let moves = 0;
  for (const c of conditions) for (const m of [...(c.movesUsed ?? []), ...(c.movesNotUsed ?? [])]) moves |= BIT[m]!;
  if (flags.has(NO_AGREEMENTS)) moves |= BIT.afspraak!;
  if (flags.has(EMPTY_HANDED) && scenario.needsMaatwerk) moves |= BIT.maatwerkvoorziening!;
  return {
    trust: Object.values(scenario.facts).some((f) => f.minTrust > 0) || conditions.some((c) => c.minTrust !== undefined || c.maxTrust !== undefined),
    moves,
    arranged: flags.has(EMPTY_HANDED),
    premature: flags.has(PREMATURE),
    flags,
    visited: new Set(conditions.flatMap((c) => c.visited ?? [])),
  };
}

function extend(scenario: Scenario, history: History, state: RunState, watch: Observed): History {
  const turn = state.turns[state.turns.length - 1];
  if (!turn?.move) return history;
  const option = turn.option === null ? undefined : own(scenario.points, turn.point)?.options[turn.option - 1];
  const needed = BIT.eigen_kracht! | BIT.netwerk!;
  const flag = option?.flag?.code;
  return {
    moves: history.moves | BIT[turn.move]!,
    arranged: history.arranged || option?.arranges === true,
    premature: history.premature || (turn.move === 'maatwerkvoorziening' && (history.moves & needed) !== needed),
    flags: flag && watch.flags.has(flag) && !history.flags.split(',').includes(flag) ? [history.flags, flag].filter(Boolean).sort().join(',') : history.flags,
  };
}

function historyKey(history: History, state: RunState, watch: Observed): string {
  const seen = watch.visited.size === 0 ? '' : state.visited.filter((p) => watch.visited.has(p)).sort().join(',');
  const arranged = watch.arranged && history.arranged ? 1 : 0;
  const premature = watch.premature && history.premature ? 1 : 0;
  return `${history.moves & watch.moves}|${arranged}|${premature}|${history.flags}|${seen}`;
}
