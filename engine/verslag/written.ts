import { z } from 'zod';
import { terminalSafe } from '../text/control';
import { VERSLAG_STEPS, verslagStepSchema, zrmDomainSchema, zrmScoreSchema, type VerslagStep } from './vocabulary';

/** A field of a short verslag: a few sentences. Far more is refused, so a run file stays small. */
export const MAX_VERSLAG_FIELD = 2_000;

/** The verslag a trainee wrote after the conversation: a short text per step and a self-score per ZRM domain. */
export const writtenVerslagSchema = z.object({
  fields: z.partialRecord(verslagStepSchema, z.string().max(MAX_VERSLAG_FIELD)),
  zrm: z.partialRecord(zrmDomainSchema, zrmScoreSchema).default({}),
});
export type WrittenVerslag = z.infer<typeof writtenVerslagSchema>;

export const EMPTY_VERSLAG: WrittenVerslag = { fields: {}, zrm: {} };

/**
 * The verslag as it is kept: control characters out (a terminal shows it), blank fields dropped,
 * each field cut to the limit. What a face collects passes through here before it is saved.
 */
export function cleanVerslag(verslag: WrittenVerslag): WrittenVerslag {
  const fields: WrittenVerslag['fields'] = {};
  for (const step of VERSLAG_STEPS) {
    const text = verslag.fields[step];
    if (text === undefined) continue;
    const clean = terminalSafe(text).replace(/[ \t]+\n/g, '\n').trim().slice(0, MAX_VERSLAG_FIELD);
    if (clean !== '') fields[step] = clean;
  }
  return { fields, zrm: { ...verslag.zrm } };
}

/** Whether anything was written or scored: an empty verslag is not kept in a run file. */
export function hasVerslag(verslag: WrittenVerslag | undefined): verslag is WrittenVerslag {
  return verslag !== undefined && (Object.values(verslag.fields).some((t) => (t ?? '').trim() !== '') || Object.keys(verslag.zrm).length > 0);
}

export function writtenText(verslag: WrittenVerslag | undefined, step: VerslagStep): string {
  return verslag?.fields[step] ?? '';
}
