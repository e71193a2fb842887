import { formatIssue } from '../../engine';
import { dirname } from 'node:path';
import { expandCaseFiles, loadCaseFile, localFor } from '../../node/case-files';
import type { CommandResult } from './result';

export const VALIDATE_HELP = `kanteltrainer validate [bestanden of mappen…]

Controleert casusbestanden (standaard: alle .yaml-bestanden in scenarios/).
Elke fout staat op één regel: bestand:regel:kolom  pad  melding.
Exitcode 0 als alles klopt, 1 bij fouten.`;

export function validate(args: readonly string[]): CommandResult {
  const { files, missing } = expandCaseFiles(args);
  const out: string[] = [];
  const err: string[] = [];
  for (const m of missing) err.push(`${m}: bestand of map niet gevonden.`);
  let issueCount = 0;
  let okCount = 0;
  // A broken lokaal.yaml is reported once, not again for every case that uses it.
  const printed = new Set<string>();
  const report = (line: string): void => {
    if (printed.has(line)) return;
    printed.add(line);
    out.push(line);
    issueCount++;
  };
  for (const folder of new Set(files.map((f) => dirname(f)))) {
    const local = localFor(`${folder}/casus.yaml`);
    if ('issues' in local) local.issues.map(formatIssue).forEach(report);
  }
  for (const file of files) {
    const result = loadCaseFile(file);
    if (result.ok) {
      okCount++;
      continue;
    }
    result.issues.map(formatIssue).forEach(report);
  }
  if (files.length === 0 && missing.length === 0) err.push('Geen casusbestanden (.yaml) gevonden.');
  const failed = issueCount > 0 || missing.length > 0 || files.length === 0;
  if (!failed) out.push(`${okCount} ${okCount === 1 ? 'casus' : 'casussen'} gecontroleerd: geen fouten.`);
  else if (issueCount > 0) out.push(`${issueCount} ${issueCount === 1 ? 'fout' : 'fouten'} in ${files.length - okCount} van ${files.length} ${files.length === 1 ? 'bestand' : 'bestanden'}.`);
  return { code: failed ? 1 : 0, stdout: out, stderr: err };
}
