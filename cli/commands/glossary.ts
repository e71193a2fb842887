import { formatIssue, terminalSafe, type Glossary } from '../../engine';
import { glossaryFor, SCENARIO_DIR } from '../../node/case-files';
import { wrap } from '../debrief-text';
import type { CommandResult } from './result';

export const GLOSSARY_HELP = `kanteltrainer begrippen [zoekwoord]

Toont de begrippenlijst (scenarios/begrippen.yaml): korte uitleg in gewone woorden bij woorden
als voorliggend, LSD, ANNA, OMA en wetsartikelen. Met een zoekwoord alleen de begrippen waarin
dat woord voorkomt, bijvoorbeeld: kanteltrainer begrippen meldcode.
In het oefenscherm en de nabespreking in de terminal toont de toets u de begrippen van die casus
(spatie of ↓ bladert verder, Esc sluit).`;

/** The glossary as lines for a terminal, each term with its explanation wrapped under it (A to Z, or in the glossary's own order). */
export function glossaryLines(glossary: Glossary, search?: string, width = 76, alphabetical = true): string[] {
  const wanted = search?.trim().toLocaleLowerCase('nl');
  const entries = Object.values(glossary)
    .filter((e) => !wanted || `${e.term} ${e.forms.join(' ')} ${e.explanation}`.toLocaleLowerCase('nl').includes(wanted))
    .sort((a, b) => (alphabetical ? a.term.localeCompare(b.term, 'nl') : 0));
  return entries.flatMap((e) => [terminalSafe(e.term), ...wrap(terminalSafe(e.explanation), width - 2).map((l) => `  ${l}`)]);
}

export function glossaryCommand(args: readonly string[]): CommandResult {
  const found = glossaryFor(SCENARIO_DIR);
  if ('issues' in found) return { code: 1, stdout: [], stderr: found.issues.map(formatIssue) };
  if (!found.glossary) return { code: 1, stdout: [], stderr: ['Er is geen begrippenlijst: zet een bestand begrippen.yaml in de map scenarios.'] };
  const search = args.join(' ');
  const lines = glossaryLines(found.glossary, search);
  if (lines.length === 0) return { code: 1, stdout: [], stderr: [`Geen begrip gevonden met "${search}". Typ kanteltrainer begrippen voor de hele lijst.`] };
  return { code: 0, stdout: ['Begrippen', '', ...lines], stderr: [] };
}
