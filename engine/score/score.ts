import type { Scenario } from '../case/schema';
import type { RunState } from '../run/state';
import { DIMENSIONS, type Dimension } from '../vocabulary';
import type { Dimensions, Report } from './report';
import { RULES } from './rules';
import { arrangedSupport } from './rules/empty-handed';
import { skillsOf } from './skills';
import { storyOf } from './story';
import { makeContext, type Flag, type ScoreItem } from './types';
import { openingOf } from './opening';
import { uptakeTurns } from './uptake';
import { verdictsOf } from './verdicts';

/** A critical error caps the overall score here. */
export const CRITICAL_CAP = 40;

/** Everything the rules say about a run; `finished` lets ending selection ask before the run is closed. */
export function evaluate(scenario: Scenario, state: RunState, finished = state.status === 'finished'): { items: ScoreItem[]; flags: (Flag & { critical: boolean })[] } {
  const ctx = makeContext(scenario, state, finished);
  const items: ScoreItem[] = [];
  const flags: (Flag & { critical: boolean })[] = [];
  for (const rule of RULES) {
    const result = rule(ctx);
    items.push(...result.items);
    flags.push(...result.flags.map((f) => ({ ...f, critical: f.critical === true })));
  }
  // In the order of the conversation, so a debrief reads as a replay; items about the whole run come last.
  const order = (turn: number | null): number => turn ?? Number.MAX_SAFE_INTEGER;
  return { items: items.sort((a, b) => order(a.turn) - order(b.turn)), flags: flags.sort((a, b) => order(a.turn) - order(b.turn)) };
}

/** The debrief of a run: pure, explainable, the same bytes for the same case and turns. */
export function score(scenario: Scenario, state: RunState): Report {
  const { items, flags } = evaluate(scenario, state);
  const dimensions = sumDimensions(items);
  const ending = state.ending !== null && Object.hasOwn(scenario.endings, state.ending) ? scenario.endings[state.ending] : undefined;
  const ctx = makeContext(scenario, state);
  const critical = flags.filter((f) => f.critical);
  const uncapped = overall(dimensions, scenario.weights);
  const verdicts = verdictsOf(scenario, ctx, items, flags);
  return {
    case: scenario.id,
    caseVersion: scenario.version,
    finished: state.status === 'finished',
    ending: state.ending,
    endingTitle: ending?.title ?? null,
    endingQuality: ending?.quality ?? null,
    overall: critical.length > 0 ? Math.min(CRITICAL_CAP, uncapped) : uncapped,
    uncapped,
    dimensions,
    critical,
    flags,
    story: storyOf(scenario, state, flags, arrangedSupport(ctx)),
    uptake: uptakeTurns(scenario, state),
    skills: skillsOf(state),
    facts: {
      found: state.revealed.filter((id) => Object.hasOwn(scenario.facts, id)),
      missed: Object.keys(scenario.facts).filter((id) => !state.revealed.includes(id)),
    },
    opening: openingOf(ctx),
    items,
    turns: ctx.turns.map(({ record, option }) => ({
      n: record.n,
      point: record.point,
      kind: record.kind,
      text: record.text,
      move: record.move,
      option: record.option,
      optionText: option?.text ?? null,
      form: record.form,
      match: record.match,
      confidence: record.confidence,
      source: record.source,
      reply: record.reply,
      feedback: option?.feedback ?? null,
      revealed: record.revealed,
      verdict: verdicts.get(record.n)?.verdict ?? 'neutraal',
      reasons: verdicts.get(record.n)?.reasons ?? [],
      example: verdicts.get(record.n)?.example ?? null,
    })),
  };
}

export function sumDimensions(items: readonly ScoreItem[]): Dimensions {
  const totals = Object.fromEntries(DIMENSIONS.map((d) => [d, 0])) as Record<Dimension, number>;
  for (const item of items) totals[item.dimension] += item.points;
  for (const d of DIMENSIONS) totals[d] = Math.max(0, Math.min(100, totals[d]));
  return totals;
}

export function overall(dimensions: Dimensions, weights: Partial<Record<Dimension, number>>): number {
  let sum = 0;
  let weight = 0;
  for (const d of DIMENSIONS) {
    const w = weights[d] ?? 1;
    sum += dimensions[d] * w;
    weight += w;
  }
  return weight === 0 ? 0 : Math.round(sum / weight);
}
