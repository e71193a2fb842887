import { z } from 'zod';
import { dimensionSchema, moveSchema, DIMENSIONS } from '../vocabulary';
import { flagSchema, scoreItemSchema } from './types';

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
  confidence: z.number().nullable(),
  source: z.string(),
  reply: z.string(),
  feedback: z.string().nullable(),
  revealed: z.array(z.string()),
});

export const reportSchema = z.object({
  case: z.string(),
  caseVersion: z.number().int(),
  finished: z.boolean(),
  ending: z.string().nullable(),
  endingTitle: z.string().nullable(),
  endingQuality: z.enum(['sterk', 'gemiddeld', 'zwak']).nullable(),
  overall: z.number().int().min(0).max(100),
  dimensions: dimensionsSchema,
  flags: z.array(flagSchema),
  facts: z.object({ found: z.array(z.string()), missed: z.array(z.string()) }),
  items: z.array(scoreItemSchema),
  turns: z.array(reportTurnSchema),
});
export type Report = z.infer<typeof reportSchema>;
export type Dimensions = z.infer<typeof dimensionsSchema>;
export { dimensionSchema };
