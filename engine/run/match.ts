import type { Point } from '../case/schema';
import type { Move, Topic } from '../vocabulary';

/** The option a free-text move stands for: same move, most shared topics, first on a tie. 1-based. */
export function matchOption(point: Point, move: Move, topics: readonly Topic[]): number | undefined {
  let best: number | undefined;
  let bestOverlap = -1;
  point.options.forEach((option, i) => {
    if (option.move !== move) return;
    const overlap = option.topics.filter((t) => topics.includes(t)).length;
    if (overlap > bestOverlap) {
      best = i + 1;
      bestOverlap = overlap;
    }
  });
  return best;
}
