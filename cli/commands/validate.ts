import { formatIssue } from '../../engine';
import { expandCaseFiles, loadCaseFile } from '../case-files';
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
  for (const file of files) {
    const result = loadCaseFile(file);
    if (result.ok) {
      okCount++;
      continue;
    }
    for (const issue of result.issues) out.push(formatIssue(issue));
    issueCount += result.issues.length;
  }
  if (files.length === 0 && missing.length === 0) err.push('Geen casusbestanden (.yaml) gevonden.');
  const failed = issueCount > 0 || missing.length > 0 || files.length === 0;
  if (!failed) out.push(`${okCount} ${okCount === 1 ? 'casus' : 'casussen'} gecontroleerd: geen fouten.`);
  else if (issueCount > 0) out.push(`${issueCount} ${issueCount === 1 ? 'fout' : 'fouten'} in ${files.length - okCount} van ${files.length} ${files.length === 1 ? 'bestand' : 'bestanden'}.`);
  return { code: failed ? 1 : 0, stdout: out, stderr: err };
}
