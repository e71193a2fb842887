import { z } from 'zod';
import type { CaseIssue } from '../case/issue';
import { dutchMessage } from '../case/messages';
import { locate, parseYaml, toData } from '../case/yaml-source';
import { VERSLAG_STEPS, ZRM_DOMAINS, verslagStepSchema, zrmDomainSchema, zrmScoreSchema } from './vocabulary';
import { cleanVerslag, MAX_VERSLAG_FIELD, type WrittenVerslag } from './written';

// A verslag written in a file, for `play --script --verslag`: trainers make example runs with it.
// The same readable YAML as a case, with the same located errors:
//
//   hulpvraag: "Hij wil weer naar de club."
//   netwerk: "Dochter Marloes kookt op zondag mee."
//   zrm:
//     sociaal_netwerk: 4

const field = z.string().trim().max(MAX_VERSLAG_FIELD, `Houd dit veld korter dan ${MAX_VERSLAG_FIELD} tekens: een verslag is kort.`);

const verslagFileSchema = z.strictObject({
  ...(Object.fromEntries(VERSLAG_STEPS.map((s) => [s, field.optional()])) as Record<(typeof VERSLAG_STEPS)[number], z.ZodOptional<typeof field>>),
  zrm: z.partialRecord(zrmDomainSchema, zrmScoreSchema).optional(),
});

export type VerslagFileRead = { ok: true; verslag: WrittenVerslag } | { ok: false; issues: CaseIssue[] };

const nl = z.locales.nl();
const KEYS = [...VERSLAG_STEPS, 'zrm', ...ZRM_DOMAINS];

export function readVerslagFile(text: string, fileName: string): VerslagFileRead {
  const { source, issues } = parseYaml(text, fileName);
  if (issues.length > 0) return { ok: false, issues };
  const { data, issue } = toData(source);
  if (issue) return { ok: false, issues: [issue] };
  if (data === null || data === undefined) {
    return { ok: false, issues: [locate(source, [], `Het verslag is leeg. Schrijf per stap een regel, bijvoorbeeld hulpvraag: "…". De stappen: ${VERSLAG_STEPS.join(', ')}.`)] };
  }
  const parsed = verslagFileSchema.safeParse(data, { error: (iss) => dutchMessage(iss, () => KEYS) ?? nl.localeError(iss) });
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues
        .map((iss) => locate(source, iss.path as (string | number)[], iss.message, iss.code === 'unrecognized_keys' ? iss.keys[0] : undefined))
        .sort((a, b) => a.line - b.line || a.column - b.column),
    };
  }
  const { zrm, ...fields } = parsed.data;
  return { ok: true, verslag: cleanVerslag({ fields: pickSteps(fields), zrm: zrm ?? {} }) };
}

function pickSteps(fields: Record<string, string | undefined>): WrittenVerslag['fields'] {
  const out: WrittenVerslag['fields'] = {};
  for (const [key, value] of Object.entries(fields)) {
    const step = verslagStepSchema.safeParse(key);
    if (step.success && value !== undefined) out[step.data] = value;
  }
  return out;
}
