import type { Option, Point } from './schema';

/** What the case itself says of an option: its own points, flags and knock-outs. */
export type Judgement = 'weak' | 'neutral' | 'strong';

export function casePoints(option: Option): number {
  let sum = 0;
  for (const item of option.score) sum += item.points;
  return sum;
}

export function isCritical(option: Option): boolean {
  return option.critical !== undefined || option.refusesApplication || option.flag?.critical !== undefined;
}

export function judgeOption(option: Option): Judgement {
  if (option.flag !== undefined || isCritical(option)) return 'weak';
  const points = casePoints(option);
  return points < 0 ? 'weak' : points > 0 ? 'strong' : 'neutral';
}

/** 0-based index of the option the case rates highest at a point (its own points, flags count against). */
export function strongestOption(point: Point, usable: (index: number) => boolean = () => true): number | undefined {
  let best: number | undefined;
  let bestValue = -Infinity;
  point.options.forEach((option, i) => {
    if (!usable(i)) return;
    const value = casePoints(option) + option.trust + option.reveals.length * 5 - (judgeOption(option) === 'weak' ? 100 : 0);
    if (value > bestValue) {
      best = i;
      bestValue = value;
    }
  });
  return best;
}

/** Where a typed conversation goes on from a point: the case's own `next`, or where its strongest option leads. */
export function continuation(point: Point): string | undefined {
  if (point.next !== undefined) return point.next;
  const i = strongestOption(point, (k) => point.options[k]?.next !== undefined);
  return i === undefined ? undefined : point.options[i]?.next;
}
