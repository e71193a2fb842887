import { judgeOption, strongestOption } from '../case/judgement';
import type { Scenario } from '../case/schema';
import type { Flag, RuleContext, ScoreItem } from './types';
import { own as ownEntry } from '../own';

export type Verdict = 'sterk' | 'neutraal' | 'zwak' | 'kritiek';

export interface TurnVerdict {
  verdict: Verdict;
  reasons: string[];
  /** At a weak turn: the case's strongest option at that point, as an example. */
  example: string | null;
}

/** One verdict per turn, with every reason the rules gave for it; never a plus and a minus side by side without a verdict. */
export function verdictsOf(scenario: Scenario, ctx: RuleContext, items: readonly ScoreItem[], flags: readonly Flag[]): Map<number, TurnVerdict> {
  const out = new Map<number, TurnVerdict>();
  for (const { record, option, judgement } of ctx.turns) {
    const own = items.filter((i) => i.turn === record.n && i.rule !== 'empty_handed' && i.rule !== 'agreements');
    const ownFlags = flags.filter((f) => f.turn === record.n && f.code !== 'empty_handed' && f.code !== 'geen_afspraken');
    const points = own.reduce((sum, i) => sum + i.points, 0);
    let verdict: Verdict = 'neutraal';
    if (ownFlags.some((f) => f.critical)) verdict = 'kritiek';
    else if (judgement === 'weak' || ownFlags.length > 0 || points < 0) verdict = 'zwak';
    else if (points > 0) verdict = 'sterk';
    const reasons = [...ownFlags.map((f) => f.message), ...own.map((i) => `${i.points > 0 ? '+' : ''}${i.points} ${i.reason}`)];
    let example: string | null = null;
    if ((verdict === 'zwak' || verdict === 'kritiek') && Object.hasOwn(scenario.points, record.point)) {
      const point = ownEntry(scenario.points, record.point)!;
      const best = strongestOption(point);
      const bestOption = best === undefined ? undefined : point.options[best];
      // Only a truly strong option is an example; at a point with only poor options there is none to show.
      if (bestOption && bestOption !== option && judgeOption(bestOption) === 'strong') example = bestOption.text;
    }
    out.set(record.n, { verdict, reasons, example });
  }
  return out;
}
