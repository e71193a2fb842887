import { readFileSync } from 'node:fs';
import { formatIssue } from '../../engine';
import { lint } from '../../engine/analysis/lint';
import { formatPath } from '../../engine/case/issue';
import { locate, parseYaml } from '../../engine/case/yaml-source';
import { displayName, expandCaseFiles, loadCaseFile } from '../../node/case-files';
import type { CommandResult } from './result';

export const LINT_HELP = `kanteltrainer lint [bestanden of mappen…]

Zoekt naar zwakke plekken in casussen die validate niet ziet: opties zonder feedback,
eindes of feiten die geen pad bereikt, een dimensie waarop niets te verdienen is, te weinig
verschil tussen het beste en slechtste pad, te weinig terugvalantwoorden, dubbele opties en
cliëntteksten die te lang zijn om voor te lezen. Eerst moet een casus door validate komen.
Exitcode 1 bij fouten, 0 als er alleen waarschuwingen zijn.`;

export function lintCommand(args: readonly string[]): CommandResult {
  const { files, missing } = expandCaseFiles(args);
  const out: string[] = [];
  const err = missing.map((m) => `${m}: bestand of map niet gevonden.`);
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    const loaded = loadCaseFile(file);
    if (!loaded.ok) {
      out.push(...loaded.issues.map(formatIssue));
      errors += loaded.issues.length;
      continue;
    }
    const { source } = parseYaml(readFileSync(file, 'utf8'), displayName(file));
    for (const finding of lint(loaded.scenario)) {
      const at = locate(source, finding.path, finding.message);
      out.push(`${at.file}:${at.line}:${at.column}  ${finding.severity}  ${formatPath(finding.path)}  ${finding.message}`);
      if (finding.severity === 'fout') errors++;
      else warnings++;
    }
  }
  if (files.length === 0 && missing.length === 0) err.push('Geen casusbestanden (.yaml) gevonden.');
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  // Nothing read, nothing to sum up: only the error, so it is not read as "0 fouten".
  if (files.length > 0) out.push(`${count(files.length, 'casus', 'casussen')} nagelopen: ${count(errors, 'fout', 'fouten')}, ${count(warnings, 'waarschuwing', 'waarschuwingen')}.`);
  return { code: errors > 0 || missing.length > 0 || files.length === 0 ? 1 : 0, stdout: out, stderr: err };
}
