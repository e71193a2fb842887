import { z } from 'zod';
import type { Option, Scenario } from '../case/schema';
import type { RunState, TurnRecord } from '../run/state';
import { dimensionSchema } from '../vocabulary';

export const scoreItemSchema = z.object({
  turn: z.number().int().nullable(),
  dimension: dimensionSchema,
  points: z.number().int(),
  reason: z.string(),
  rule: z.string(),
});
/** One gain or loss, tied to the turn that earned it, with the reason in Dutch. */
export type ScoreItem = z.infer<typeof scoreItemSchema>;

export const flagSchema = z.object({
  turn: z.number().int().nullable(),
  code: z.string(),
  message: z.string(),
});
export type Flag = z.infer<typeof flagSchema>;

export interface RuleContext {
  scenario: Scenario;
  state: RunState;
  /** Turns with their option looked up, in order. */
  turns: { record: TurnRecord; option: Option | undefined }[];
  finished: boolean;
}

export interface RuleResult {
  items: ScoreItem[];
  flags: Flag[];
}

export type Rule = (ctx: RuleContext) => RuleResult;

export function makeContext(scenario: Scenario, state: RunState, finished = state.status === 'finished'): RuleContext {
  return {
    scenario,
    state,
    finished,
    turns: state.turns.map((record) => ({
      record,
      option: record.option === null ? undefined : scenario.points[record.point]?.options[record.option - 1],
    })),
  };
}
