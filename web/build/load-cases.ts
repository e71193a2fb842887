import { resolve } from 'node:path';
import { expandCaseFiles, loadCaseFile, SCENARIO_DIR } from '../../node/case-files';
import { formatIssue, type Scenario } from '../../engine';

/** Every case in a folder through the engine's loader (with lokaal.yaml), split into valid cases and located errors. */
export function loadCases(dir: string = SCENARIO_DIR): { files: string[]; scenarios: Scenario[]; errors: string[] } {
  const files = expandCaseFiles([resolve(dir)]).files;
  const scenarios: Scenario[] = [];
  const errors: string[] = [];
  for (const file of files) {
    const load = loadCaseFile(file);
    if (load.ok) scenarios.push(load.scenario);
    else errors.push(...load.issues.map(formatIssue));
  }
  return { files, scenarios, errors };
}

export const DEFAULT_DIR = SCENARIO_DIR;
