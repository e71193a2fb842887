import { z } from 'zod';
import { dimensionSchema, moveSchema, DIMENSIONS } from '../vocabulary';
import { formSchema } from '../text/form';
import { skillsSchema } from './skills';
import { flagSchema, scoreItemSchema } from './types';
import { openingSchema } from './opening';

export const dimensionsSchema = z.object(
  Object.fromEntries(DIMENSIONS.map((d) => [d, z.number().int().min(0).max(100)])) as Record<
    (typeof DIMENSIONS)[number],
    z.ZodNumber
  >,
);

export const reportTurnSchema = z.object({
  n: z.number().int(),
  point: z.string(),
  kind: z.enum(['option', 'move', 'close']),
  text: z.string(),
  move: moveSchema.nullable(),
  option: z.number().int().nullable(),
  /** The text of the option the turn was taken as (for typed turns: what the engine understood). */
  optionText: z.string().nullable(),
  form: formSchema.nullable(),
  match: z.enum(['verbatim', 'meaning', 'model', 'none']).nullable(),
  confidence: z.number().nullable(),
  source: z.string(),
  reply: z.string(),
  feedback: z.string().nullable(),
  revealed: z.array(z.string()),
  verdict: z.enum(['sterk', 'neutraal', 'zwak', 'kritiek']),
  reasons: z.array(z.string()),
  /** At a weak turn, the case's strongest option at that point: "Zo had het ook gekund". */
  example: z.string().nullable(),
});

export const reportSchema = z.object({
  case: z.string(),
  caseVersion: z.number().int(),
  finished: z.boolean(),
  ending: z.string().nullable(),
  endingTitle: z.string().nullable(),
  endingQuality: z.enum(['sterk', 'gemiddeld', 'zwak']).nullable(),
  overall: z.number().int().min(0).max(100),
  /** The score before a critical error capped it; equal to overall when there was none. */
  uncapped: z.number().int().min(0).max(100),
  dimensions: dimensionsSchema,
  /** Knock-outs, first in every debrief. */
  critical: z.array(flagSchema),
  flags: z.array(flagSchema),
  /** The ending as it happened in this run. */
  story: z.array(z.string()),
  /** Turns where the trainee took up what the client revealed (reflection or summary). */
  uptake: z.array(z.number().int()),
  skills: skillsSchema,
  facts: z.object({ found: z.array(z.string()), missed: z.array(z.string()) }),
  /** How the conversation was opened: introduction, purpose, consent and the rights before the onderzoek. Absent in reports saved before it existed. */
  opening: openingSchema.optional(),
  items: z.array(scoreItemSchema),
  turns: z.array(reportTurnSchema),
});
export type Report = z.infer<typeof reportSchema>;
export type Dimensions = z.infer<typeof dimensionsSchema>;
export { dimensionSchema };
