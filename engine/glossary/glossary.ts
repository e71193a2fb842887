import { z } from 'zod';
import type { CaseIssue } from '../case/issue';
import { readYamlData } from '../case/yaml-data';

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
  const read = readYamlData(text, fileName, glossarySchema);
  return read.ok ? { ok: true, glossary: read.data } : read;
}

