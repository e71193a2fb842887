import { z } from 'zod';
import { formSchema, moveSchema, topicSchema } from '../../engine';

// What the browser may send to the model endpoints. It says what the trainee did (options taken,
// words typed) and nothing of what the case or the model said: the server plays the run again
// from the case and takes the client's lines from there, so a page cannot put words in its mouth.

/** One typed turn or sentence: long enough for any real turn, short enough to keep a prompt small. */
export const MAX_TEXT = 4000;
/** More turns than any conversation has (a case ends, free turns per point are few). */
export const MAX_TURNS = 300;

/** A case id or point id as the case files write them: never a path, never a property of Object. */
export const caseIdSchema = z.string().max(80).regex(/^[a-z0-9][a-z0-9-]*$/);
const pointIdSchema = z.string().max(200).regex(/^[a-z0-9][a-z0-9_-]*$/);
const optionSchema = z.number().int().min(1).max(99);

/**
 * One sentence to read. With the case and the point the trainee is at, the server looks up that
 * point's option texts and what the client said there itself.
 */
export const readRequestSchema = z.strictObject({
  text: z.string().trim().min(1).max(2000),
  caseId: caseIdSchema.optional(),
  pointId: pointIdSchema.optional(),
}).refine((r) => (r.caseId === undefined) === (r.pointId === undefined), { message: 'caseId en pointId horen bij elkaar.' });
export type ReadRequest = z.input<typeof readRequestSchema>;

/** A turn as the engine takes it (engine/run/replay.ts turnOf), with limits on every field. */
export const wireTurnSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('option'), option: optionSchema }),
  z.strictObject({
    type: z.literal('move'),
    move: moveSchema,
    text: z.string().max(MAX_TEXT),
    topics: z.array(topicSchema).max(20),
    confidence: z.number().min(0).max(1).nullable(),
    source: z.enum(['classifier', 'model', 'corrected', 'trainee']),
    form: formSchema.optional(),
    option: optionSchema.optional(),
  }),
  z.strictObject({ type: z.literal('close'), text: z.string().max(MAX_TEXT).optional() }),
]);

/** One reply to voice: the run so far (seed and turns); the reply is the one to its last turn. */
export const voiceRequestSchema = z.strictObject({
  caseId: caseIdSchema,
  seed: z.number().int(),
  turns: z.array(wireTurnSchema).min(1).max(MAX_TURNS),
});
export type VoiceRequest = z.input<typeof voiceRequestSchema>;

/** One line of the voice stream (NDJSON): pieces as they come, a fallback that replaces them, then the end. */
export type VoiceLine =
  | { type: 'delta'; text: string }
  | { type: 'fallback'; text: string; notice: string }
  | { type: 'done'; text: string; source: 'model' | 'engine'; notice?: string };
