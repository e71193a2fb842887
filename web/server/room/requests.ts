import { z } from 'zod';
import { turnSchema } from '../../../engine';

// What browsers may send about rooms. Strict objects: an unknown key is a mistake, not an extra.

const caseId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/).max(100);
const mode = z.enum(['self', 'paced']);

export const MAX_NAME = 40;
export const MAX_TEXT = 2000;

export const createRequest = z.strictObject({ caseId, mode: mode.default('self') });

/** Control characters out, spaces folded: the name is shown on a beamer and in a CSV. */
const name = z
  .string()
  .transform((s) => s.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim())
  .pipe(z.string().min(1, 'Vul een naam in.').max(MAX_NAME, `Een naam is hoogstens ${MAX_NAME} tekens.`));

export const joinRequest = z.strictObject({ code: z.string().max(32), name });

export const settingsRequest = z
  .strictObject({ mode: mode.optional(), gate: z.number().int().min(1).max(1000).optional(), revealed: z.boolean().optional() })
  .refine((s) => s.mode !== undefined || s.gate !== undefined || s.revealed !== undefined, { message: 'Geef mode, gate of revealed.' });

export const turnRequest = z.strictObject({
  n: z.number().int().min(1).max(1000),
  turn: turnSchema,
}).refine((r) => (r.turn.text ?? '').length <= MAX_TEXT, { message: `Een beurt is hoogstens ${MAX_TEXT} tekens.` });

export type CreateRequest = z.infer<typeof createRequest>;
export type TurnRequest = z.infer<typeof turnRequest>;
