import { z } from 'zod';
import type { CaseIssue, PathSegment } from '../case/issue';
import { forbiddenIssue } from '../case/forbidden';
import { locate, parseYaml, toData } from '../case/yaml-source';

// Begrippen: one file (scenarios/begrippen.yaml) explains the words a volunteer may not know
// (voorliggend, LSD, ANNA, an article number) in plain Dutch. Both faces show it on demand and
// mark a term in feedback the first time it appears; lint warns about jargon it does not explain.

const entrySchema = z.strictObject({
  term: z.string().trim().min(1, { error: 'Geef het begrip zelf, zoals het in de tekst staat.' }),
  explanation: z
    .string()
    .trim()
    .min(10, { error: 'Leg het begrip uit in een of twee gewone zinnen.' })
    .max(400, { error: 'Houd de uitleg kort: hoogstens 400 tekens.' }),
  forms: z.array(z.string().trim().min(1)).default([]).describe('Andere vormen waarin het woord in een tekst staat ("voorliggende").'),
});

export const glossarySchema = z.record(
  z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, { error: 'Een sleutel bestaat uit kleine letters, cijfers, - en _.' }),
  entrySchema,
);
export type Glossary = z.infer<typeof glossarySchema>;
export type GlossaryEntry = z.infer<typeof entrySchema>;

export { termsIn, markTerms, type TermHit } from './terms';

export type GlossaryLoad = { ok: true; glossary: Glossary } | { ok: false; issues: CaseIssue[] };

export function loadGlossary(text: string, fileName: string): GlossaryLoad {
  const bad = forbiddenIssue(text, fileName);
  if (bad) return { ok: false, issues: [bad] };
  const { source, issues } = parseYaml(text, fileName);
  if (issues.length > 0) return { ok: false, issues };
  const { data, issue } = toData(source);
  if (issue) return { ok: false, issues: [issue] };
  const parsed = glossarySchema.safeParse(data ?? {});
  if (parsed.success) return { ok: true, glossary: parsed.data };
  return { ok: false, issues: parsed.error.issues.map((iss) => locate(source, iss.path as PathSegment[], iss.message)) };
}

