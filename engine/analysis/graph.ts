import type { Scenario } from '../case/schema';
import { optionExit, startPoint } from '../case/references';
import { own } from '../own';

export interface PathGraph {
  start: string | undefined;
  /** Points reachable from the start by picking options. */
  reachable: Set<string>;
  /** An option that leads back to a point already on the way to it, so a path can go round forever. Null when there is none. */
  cycle: { from: string; option: number; to: string } | null;
  /** Number of distinct option paths from the start to an end (counted, never listed). Infinity with a cycle. */
  pathCount: number;
  /** Most turns any option path takes before it ends. */
  longestPath: number;
  /** Endings fixed by an option (`ending:`) that a path can reach directly. */
  fixedEndings: Set<string>;
  /** Whether some path ends in an open close, where the ending conditions decide. */
  closes: boolean;
}

/**
 * The shape of a case as a graph of decision points. Options have no conditions, so which points
 * follow each other does not depend on the run: every option path ends exactly when this graph
 * has no cycle, and paths are counted per point instead of enumerated. The cost is linear in
 * the number of options, however many paths there are.
 */
export function pathGraph(scenario: Scenario): PathGraph {
  const first = startPoint(scenario);
  const graph: PathGraph = {
    start: first, reachable: new Set(), cycle: null, pathCount: 0, longestPath: 0, fixedEndings: new Set(), closes: false,
  };
  if (first === undefined || !Object.hasOwn(scenario.points, first)) return graph;

  const paths = new Map<string, number>();
  const longest = new Map<string, number>();
  const onStack = new Set<string>();
  // Iterative depth-first search: a generated case can be deeper than the call stack.
  const stack: { id: string; next: number }[] = [{ id: first, next: 0 }];
  onStack.add(first);
  graph.reachable.add(first);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const options = own(scenario.points, frame.id)?.options ?? [];
    if (frame.next < options.length) {
      const exit = optionExit(options[frame.next]!);
      frame.next++;
      if (exit?.kind === 'ending') graph.fixedEndings.add(exit.id);
      if (exit?.kind === 'close') graph.closes = true;
      if (exit?.kind !== 'point' || !Object.hasOwn(scenario.points, exit.id)) continue;
      if (onStack.has(exit.id)) {
        graph.cycle ??= { from: frame.id, option: frame.next - 1, to: exit.id };
        continue;
      }
      if (paths.has(exit.id)) continue;
      graph.reachable.add(exit.id);
      onStack.add(exit.id);
      stack.push({ id: exit.id, next: 0 });
      continue;
    }
    // All successors are done: count this point's paths from theirs.
    let count = 0;
    let depth = 0;
    for (const option of options) {
      const exit = optionExit(option);
      if (exit?.kind === 'point') {
        count += paths.get(exit.id) ?? Infinity;
        depth = Math.max(depth, 1 + (longest.get(exit.id) ?? Infinity));
      } else if (exit) {
        count += 1;
        depth = Math.max(depth, 1);
      }
    }
    paths.set(frame.id, count);
    longest.set(frame.id, depth);
    onStack.delete(frame.id);
    stack.pop();
  }
  graph.pathCount = graph.cycle ? Infinity : paths.get(first) ?? 0;
  graph.longestPath = graph.cycle ? Infinity : longest.get(first) ?? 0;
  return graph;
}
