import { z } from 'zod';
import { ID_PATTERN, type Scenario } from './case/schema';
import { caseHash, textHash } from './case/hash';
import { runStateSchema, type RunState } from './run/state';
import { reportSchema } from './score/report';
import { score } from './score/score';
import { cleanVerslag, hasVerslag, writtenVerslagSchema, type WrittenVerslag } from './verslag/written';

export const RUN_FILE_FORMAT = 'kanteltrainer-run';
export const RUN_FILE_VERSION = 1;
/** Far more than a conversation of the longest allowed run takes (about 1 kB a turn); a larger file is refused unread. */
export const MAX_RUN_FILE_BYTES = 2_000_000;
const MAX_ID_LENGTH = 64;

/** A case id as a run file may name it: an id, never a path (`../buiten/bakker.yaml` names nothing). */
export function isCaseId(value: string): boolean {
  return value.length <= MAX_ID_LENGTH && ID_PATTERN.test(value);
}

export const runFileSchema = z.object({
  format: z.literal(RUN_FILE_FORMAT),
  formatVersion: z.literal(RUN_FILE_VERSION),
  caseId: z.string().refine(isCaseId),
  caseVersion: z.number().int(),
  caseHash: z.string(),
  mode: z.enum(['scripted', 'model']),
  alias: z.string().max(60).optional(),
  state: runStateSchema,
  report: reportSchema,
  /** The verslag written after the conversation; run files from before it existed have none. */
  verslag: writtenVerslagSchema.optional(),
});
/** A saved run: the same format from the web and the terminal; the comparison reads it. */
export type RunFile = z.infer<typeof runFileSchema>;

export function toRunFile(scenario: Scenario, state: RunState, options: { mode?: RunFile['mode']; alias?: string; verslag?: WrittenVerslag } = {}): RunFile {
  const verslag = options.verslag && cleanVerslag(options.verslag);
  return {
    format: RUN_FILE_FORMAT,
    formatVersion: RUN_FILE_VERSION,
    caseId: scenario.id,
    caseVersion: scenario.version,
    caseHash: caseHash(scenario),
    mode: options.mode ?? 'scripted',
    ...(options.alias ? { alias: options.alias } : {}),
    state,
    report: score(scenario, state),
    ...(hasVerslag(verslag) ? { verslag } : {}),
  };
}

export type RunFileRead = { ok: true; run: RunFile } | { ok: false; reason: string };

/**
 * A run file's text, read as the hostile input it may be: too large, not JSON, a case id that is a
 * path, or any other shape than a run file is refused with a reason in Dutch. A byte order mark
 * (as some editors on Windows write) is allowed.
 */
export function readRunFile(text: string): RunFileRead {
  if (text.length > MAX_RUN_FILE_BYTES) return { ok: false, reason: tooLarge(text.length) };
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, reason: 'Dit is geen gespreksbestand van Kanteltrainer (geen geldige JSON).' };
  }
  const named = json !== null && typeof json === 'object' && 'caseId' in json ? (json as { caseId: unknown }).caseId : undefined;
  if (typeof named === 'string' && !isCaseId(named)) {
    return { ok: false, reason: `De casus in dit gespreksbestand ("${named.slice(0, MAX_ID_LENGTH)}") is geen casusnaam: alleen kleine letters, cijfers, - en _, geen map of pad.` };
  }
  const parsed = runFileSchema.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') || 'bestand';
    return { ok: false, reason: `Dit gespreksbestand is beschadigd of van een ander formaat (eerste probleem bij "${where}").` };
  }
  return { ok: true, run: parsed.data };
}

/** The case id a run file names, if it names a valid one: which case a group's files are compared on. */
export function caseIdOfRunFile(text: string): string | undefined {
  if (text.length > MAX_RUN_FILE_BYTES) return undefined;
  try {
    const json = JSON.parse(text.replace(/^\uFEFF/, '')) as { caseId?: unknown } | null;
    return json && typeof json.caseId === 'string' && isCaseId(json.caseId) ? json.caseId : undefined;
  } catch {
    return undefined;
  }
}

export function tooLarge(bytes: number): string {
  const mb = (n: number) => (n / 1_000_000).toLocaleString('nl-NL', { maximumFractionDigits: 1 });
  return `Dit bestand is ${mb(bytes)} MB; een gespreksbestand is nooit groter dan ${mb(MAX_RUN_FILE_BYTES)} MB. Het wordt niet gelezen.`;
}

/**
 * What makes two files the same run, whatever their names or the alias in them: the case version,
 * the seed and every turn as it was said. A copy of one run counts once.
 */
export function runIdentity(run: RunFile): string {
  const turns = run.state.turns.map((t) => [t.point, t.kind, t.option, t.move, t.text]);
  return `${run.caseId}:${run.caseHash}:${run.state.seed}:${textHash(JSON.stringify(turns))}`;
}
