import type { Scenario } from '../case/schema';
import type { RunState } from '../run/state';
import { DIMENSIONS, type Dimension } from '../vocabulary';
import type { Dimensions, Report } from './report';
import { RULES } from './rules';
import { makeContext, type Flag, type ScoreItem } from './types';

/** Everything the rules say about a run; `finished` lets ending selection ask before the run is closed. */
export function evaluate(scenario: Scenario, state: RunState, finished = state.status === 'finished'): { items: ScoreItem[]; flags: Flag[] } {
  const ctx = makeContext(scenario, state, finished);
  const items: ScoreItem[] = [];
  const flags: Flag[] = [];
  for (const rule of RULES) {
    const result = rule(ctx);
    items.push(...result.items);
    flags.push(...result.flags);
  }
  // In the order of the conversation, so a debrief reads as a replay; items about the whole run come last.
  const order = (turn: number | null): number => turn ?? Number.MAX_SAFE_INTEGER;
  return { items: items.sort((a, b) => order(a.turn) - order(b.turn)), flags: flags.sort((a, b) => order(a.turn) - order(b.turn)) };
}

/** The debrief of a run: pure, explainable, the same bytes for the same case and turns. */
export function score(scenario: Scenario, state: RunState): Report {
  const { items, flags } = evaluate(scenario, state);
  const dimensions = sumDimensions(items);
  const ending = state.ending === null ? undefined : scenario.endings[state.ending];
  const ctx = makeContext(scenario, state);
  return {
    case: scenario.id,
    caseVersion: scenario.version,
    finished: state.status === 'finished',
    ending: state.ending,
    endingTitle: ending?.title ?? null,
    endingQuality: ending?.quality ?? null,
    overall: overall(dimensions, scenario.weights),
    dimensions,
    flags,
    facts: {
      found: [...state.revealed],
      missed: Object.keys(scenario.facts).filter((id) => !state.revealed.includes(id)),
    },
    items,
    turns: ctx.turns.map(({ record, option }) => ({
      n: record.n,
      point: record.point,
      kind: record.kind,
      text: record.text,
      move: record.move,
      option: record.option,
      confidence: record.confidence,
      source: record.source,
      reply: record.reply,
      feedback: option?.feedback ?? null,
      revealed: record.revealed,
    })),
  };
}

function sumDimensions(items: readonly ScoreItem[]): Dimensions {
  const totals = Object.fromEntries(DIMENSIONS.map((d) => [d, 0])) as Record<Dimension, number>;
  for (const item of items) totals[item.dimension] += item.points;
  for (const d of DIMENSIONS) totals[d] = Math.max(0, Math.min(100, totals[d]));
  return totals;
}

function overall(dimensions: Dimensions, weights: Partial<Record<Dimension, number>>): number {
  let sum = 0;
  let weight = 0;
  for (const d of DIMENSIONS) {
    const w = weights[d] ?? 1;
    sum += dimensions[d] * w;
    weight += w;
  }
  return weight === 0 ? 0 : Math.round(sum / weight);
}
