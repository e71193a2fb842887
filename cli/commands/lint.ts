import { readFileSync } from 'node:fs';
import { formatIssue } from '../../engine';
import { lintCase, type CaseLint } from '../../engine/analysis/lint';
import type { Scenario } from '../../engine';
import { formatPath } from '../../engine/case/issue';
import { locate, parseYaml } from '../../engine/case/yaml-source';
import { dirname } from 'node:path';
import { unexplainedJargon } from '../../engine/analysis/lint-jargon';
import type { Glossary } from '../../engine';
import { displayName, expandCaseFiles, glossaryFor, loadCaseFile } from '../../node/case-files';
import type { CommandResult } from './result';

export const LINT_HELP = `kanteltrainer lint [bestanden of mappen…]

Zoekt naar zwakke plekken in casussen die validate niet ziet: opties zonder uitleg in feedback,
eindes of feiten die geen pad bereikt, een dimensie waarop niets te verdienen is, te weinig
verschil tussen het beste en slechtste pad, te weinig terugvalantwoorden, dubbele opties,
cliëntteksten die te lang zijn om voor te lezen, opties zonder antwoord van de cliënt, opties die
een naam noemen die de cliënt nog niet zei, eindes die niet passen bij de score, een casus
zonder verslag-blok (voorbeeldverslag en ZRM-scores), en afkortingen of wetsartikelen in feedback
en eindes die begrippen.yaml (naast de casus) niet uitlegt. Feedback en eindes moeten leesbaar
zijn voor vrijwilligers (taalniveau B1): lint waarschuwt bij zinnen van meer dan 20 woorden,
ambtelijke woorden (indien, derhalve, dient te …), "voorliggend" zonder uitleg en een artikelnummer
dat niet tussen haakjes achter de uitleg in gewone woorden staat. Per casus staat erbij wat het beste en het
slechtste gevonden pad scoren. Eerst moet een casus door
validate komen. Exitcode 1 bij fouten, 0 als er alleen waarschuwingen of opmerkingen zijn.`;

export function lintCommand(args: readonly string[]): CommandResult {
  const { files, missing } = expandCaseFiles(args);
  const out: string[] = [];
  const err = missing.map((m) => `${m}: bestand of map niet gevonden.`);
  let errors = 0;
  let warnings = 0;
  let notes = 0;
  // One glossary per folder, read once; a broken one is reported once, as a fout.
  const glossaries = new Map<string, Glossary | undefined>();
  const glossaryOf = (file: string): Glossary | undefined => {
    const dir = dirname(file);
    if (!glossaries.has(dir)) {
      const found = glossaryFor(dir);
      if ('issues' in found) {
        out.push(...found.issues.map(formatIssue));
        errors += found.issues.length;
        glossaries.set(dir, undefined);
      } else glossaries.set(dir, found.glossary);
    }
    return glossaries.get(dir);
  };
  for (const file of files) {
    const loaded = loadCaseFile(file);
    if (!loaded.ok) {
      out.push(...loaded.issues.map(formatIssue));
      errors += loaded.issues.length;
      continue;
    }
    const { source } = parseYaml(readFileSync(file, 'utf8'), displayName(file));
    const result = lintCase(loaded.scenario);
    const glossary = glossaryOf(file);
    const findings = glossary ? [...result.findings, ...unexplainedJargon(loaded.scenario, glossary)] : result.findings;
    for (const finding of findings) {
      const at = locate(source, finding.path, finding.message);
      out.push(`${at.file}:${at.line}:${at.column}  ${finding.severity}  ${formatPath(finding.path)}  ${finding.message}`);
      if (finding.severity === 'fout') errors++;
      else if (finding.severity === 'waarschuwing') warnings++;
      else notes++;
    }
    const range = scoreRange(loaded.scenario, result);
    if (range) out.push(`${displayName(file)}  ${range}`);
  }
  if (files.length === 0 && missing.length === 0) err.push('Geen casusbestanden (.yaml) gevonden.');
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  // Nothing read, nothing to sum up: only the error, so it is not read as "0 fouten".
  if (notes > 0) out.push(`${count(notes, 'opmerking', 'opmerkingen')}: zo stuurt de trainer bij waar een einde niet past bij de score; geen fout, wel het nalezen waard.`);
  // The summary comes last, where a trainer looks first.
  if (files.length > 0) out.push(`${count(files.length, 'casus', 'casussen')} nagelopen: ${count(errors, 'fout', 'fouten')}, ${count(warnings, 'waarschuwing', 'waarschuwingen')}.`);
  return { code: errors > 0 || missing.length > 0 || files.length === 0 ? 1 : 0, stdout: out, stderr: err };
}

/** What the best and worst explored play score, and where they end: the range a debrief can tell apart. */
function scoreRange(scenario: Scenario, result: CaseLint): string | undefined {
  if (!result.best || !result.worst) return undefined;
  const ending = (id: string | null) => (id !== null && Object.hasOwn(scenario.endings, id) ? ` ("${scenario.endings[id]!.title}", ${scenario.endings[id]!.quality})` : '');
  return `beste pad: ${result.best.score} punten${ending(result.best.ending)}; slechtste pad: ${result.worst.score} punten${ending(result.worst.ending)}.`;
}
