import { z } from 'zod';
import { judgeOption, type Judgement } from '../case/judgement';
import type { Option, Scenario } from '../case/schema';
import type { RunState, TurnRecord } from '../run/state';
import { dimensionSchema } from '../vocabulary';
import { refusesApplicationInText } from './refusal';
import { own } from '../own';

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
  /** A knock-out: caps the score and the ending. */
  critical: z.boolean().default(false),
});
export type Flag = z.input<typeof flagSchema> & { critical?: boolean };

export interface TurnContext {
  record: TurnRecord;
  option: Option | undefined;
  /** What the case says of the option taken; a typed refusal of an aanvraag is weak too. */
  judgement: Judgement;
  /** Said at a point of the opening (phase: opening). */
  opening: boolean;
  /** Said before the onderzoek: in the opening, or in the first turn after it (rights and a first question in one breath). */
  early: boolean;
}

export interface RuleContext {
  scenario: Scenario;
  state: RunState;
  /** Turns with their option looked up, in order. */
  turns: TurnContext[];
  finished: boolean;
}

export interface RuleResult {
  items: ScoreItem[];
  flags: Flag[];
}

export type Rule = (ctx: RuleContext) => RuleResult;

export function lookupOption(scenario: Scenario, record: TurnRecord): Option | undefined {
  if (record.option === null || !Object.hasOwn(scenario.points, record.point)) return undefined;
  return own(scenario.points, record.point)!.options[record.option - 1];
}

export function makeContext(scenario: Scenario, state: RunState, finished = state.status === 'finished'): RuleContext {
  // Typed words said before earn nothing a second time (keyword stuffing, one good sentence repeated).
  // One set of what was typed so far, so a long run costs in proportion to its length.
  const typed = new Set<string>();
  const atOpening = (pointId: string) => Object.hasOwn(scenario.points, pointId) && scenario.points[pointId]!.phase === 'opening';
  const firstAfter = state.turns.findIndex((t) => !atOpening(t.point));
  return {
    scenario,
    state,
    finished,
    turns: state.turns.map((record, i) => {
      const option = lookupOption(scenario, record);
      const judgement: Judgement = option ? judgeOption(option) : refusesApplicationInText(record.text) ? 'weak' : 'neutral';
      let again = false;
      if (record.kind === 'move') {
        const plain = record.text.trim().toLowerCase();
        again = typed.has(plain);
        typed.add(plain);
      }
      const opening = atOpening(record.point);
      const early = firstAfter < 0 || i <= firstAfter;
      return { record: again ? { ...record, segments: [], form: 'small_talk' as const } : record, option, judgement, opening, early };
    }),
  };
}

/** "point#n" → that option, own properties only. */
export function optionByRef(scenario: Scenario, ref: string): Option | undefined {
  const at = ref.lastIndexOf('#');
  const pointId = ref.slice(0, at);
  if (at < 0 || !Object.hasOwn(scenario.points, pointId)) return undefined;
  return own(scenario.points, pointId)!.options[Number(ref.slice(at + 1)) - 1];
}

const PROPOSING_FORMS = new Set(['advice_with_permission', 'advice_without_permission', 'information']);

const REFLECTING = new Set(['simple_reflection', 'complex_reflection', 'summary']);

/**
 * Whether a turn put a solution on the table: an option, or typed words that propose. A question about
 * it does not, and neither does giving back what the client asked for ("U wilt een scootmobiel").
 */
export function proposes(turn: TurnContext): boolean {
  if (turn.option !== undefined) return true;
  const { form, segments } = turn.record;
  if (form === null || !PROPOSING_FORMS.has(form)) return false;
  return form !== 'information' || !segments.some((f) => REFLECTING.has(f) || f === 'small_talk');
}
