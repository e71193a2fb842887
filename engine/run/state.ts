import { z } from 'zod';
import { formSchema } from '../text/form';
import { moveSchema, topicSchema } from '../vocabulary';

export const STATE_VERSION = 1;

export const turnRecordSchema = z.object({
  n: z.number().int().min(1),
  point: z.string(),
  kind: z.enum(['option', 'move', 'close']),
  /** 1-based option number in the case file (the option's identity, not its place on screen), or null when no option was taken. */
  option: z.number().int().min(1).nullable(),
  /** How the turn was said: an open question, a reflection, … (after MITI 4.2.1); null for closing. */
  form: formSchema.nullable().default(null),
  /** The form of each sentence in the turn, in order (MITI codes each one): a reflection before a question counts too. */
  segments: z.array(formSchema).default([]),
  /** How a typed turn found its option: word for word, by meaning, by the model's reading, or not at all. */
  match: z.enum(['verbatim', 'meaning', 'model', 'none']).nullable().default(null),
  /** A typed turn that took no option but said a sound option elsewhere in the case, in its own words: "point#n". */
  echoes: z.string().nullable().default(null),
  /** Further sound options the same turn said, in other sentences. */
  alsoEchoes: z.array(z.string()).default([]),
  /** The case's arrangement (its id) a typed proposal arranged, or null. */
  arranges: z.string().nullable().default(null),
  /** Further arrangements the same turn proposed, in other sentences. */
  alsoArranges: z.array(z.string()).default([]),
  move: moveSchema.nullable(),
  text: z.string(),
  topics: z.array(topicSchema),
  /** How sure the reader of free text was; null for an option pick. */
  confidence: z.number().min(0).max(1).nullable(),
  source: z.enum(['option', 'classifier', 'model', 'corrected', 'trainee']),
  trustBefore: z.number().int(),
  trustAfter: z.number().int(),
  revealed: z.array(z.string()),
  heldBack: z.array(z.string()),
  reply: z.string(),
});
export type TurnRecord = z.infer<typeof turnRecordSchema>;

/** Every sound option a typed turn said in its own words ("point#n"), clearest first. */
export function echoedRefs(record: Pick<TurnRecord, 'echoes' | 'alsoEchoes'>): string[] {
  return record.echoes === null ? [] : [record.echoes, ...record.alsoEchoes];
}

/** Saying the same sentence again is not a new turn in the conversation (step gives it the fallback, nothing more). */
export function repeatsEarlier(text: string, before: readonly TurnRecord[]): boolean {
  const plain = text.trim().toLowerCase();
  return plain.length > 0 && before.some((t) => t.kind === 'move' && t.text.trim().toLowerCase() === plain);
}

/** Every arrangement a typed turn proposed, clearest first. */
export function arrangedIds(record: Pick<TurnRecord, 'arranges' | 'alsoArranges'>): string[] {
  return record.arranges === null ? [] : [record.arranges, ...record.alsoArranges];
}

export const runStateSchema = z.object({
  version: z.literal(STATE_VERSION),
  caseId: z.string(),
  caseVersion: z.number().int(),
  /** Seeds the choice among a case's fallback replies, so a restored run replays identically. */
  seed: z.number().int(),
  point: z.string().nullable(),
  status: z.enum(['active', 'finished']),
  ending: z.string().nullable(),
  trust: z.number().int().min(0).max(10),
  revealed: z.array(z.string()),
  visited: z.array(z.string()),
  turns: z.array(turnRecordSchema),
});
export type RunState = z.infer<typeof runStateSchema>;

export const turnSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('option'), option: z.number().int(), text: z.string().optional() }),
  z.object({
    type: z.literal('move'),
    move: moveSchema,
    text: z.string().default(''),
    topics: z.array(topicSchema).default([]),
    confidence: z.number().min(0).max(1).nullable().default(null),
    source: z.enum(['classifier', 'model', 'corrected', 'trainee']).default('trainee'),
    /** The form, when a reader (the model) already decided it; otherwise the engine reads it. */
    form: formSchema.optional(),
    /** The option a model reading says the turn matches (1-based, in file order); the engine checks it. */
    option: z.number().int().min(1).optional(),
  }),
  z.object({ type: z.literal('close'), text: z.string().optional() }),
]);
export type Turn = z.input<typeof turnSchema>;

export type RunEvent =
  | { type: 'client_said'; text: string; point: string | null }
  | { type: 'feedback'; text: string }
  | { type: 'fact_revealed'; fact: string }
  | { type: 'fact_held_back'; fact: string }
  | { type: 'trust_changed'; from: number; to: number }
  | { type: 'point_entered'; point: string }
  | { type: 'option_matched'; option: number; move: string; kind: 'verbatim' | 'meaning' | 'model' }
  | { type: 'no_option_matched'; move: string }
  | { type: 'ended'; ending: string }
  | { type: 'may_close' }
  | { type: 'turn_rejected'; reason: string };
