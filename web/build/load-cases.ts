import { resolve } from 'node:path';
import { expandCaseFiles, glossaryFor, loadCaseFile, SCENARIO_DIR } from '../../node/case-files';
import { formatIssue, type Glossary, type Scenario } from '../../engine';
import { pathGraph } from '../../engine/analysis/graph';

/**
 * Every case in a folder through the engine's loader (with lokaal.yaml), split into valid cases and
 * located errors, with the most turns an option path through each case takes (for its duration).
 */
export function loadCases(dir: string = SCENARIO_DIR): { files: string[]; scenarios: Scenario[]; errors: string[]; turns: Record<string, number>; glossary: Glossary } {
  const files = expandCaseFiles([resolve(dir)]).files;
  const scenarios: Scenario[] = [];
  const errors: string[] = [];
  for (const file of files) {
    const load = loadCaseFile(file);
    if (load.ok) scenarios.push(load.scenario);
    else errors.push(...load.issues.map(formatIssue));
  }
  const turns = Object.fromEntries(scenarios.map((s) => [s.id, pathGraph(s).longestPath]));
  // The glossary beside the cases (begrippen.yaml); a broken one stops the build like a broken case.
  const found = glossaryFor(resolve(dir));
  if ('issues' in found) errors.push(...found.issues.map(formatIssue));
  return { files, scenarios, errors, turns, glossary: 'glossary' in found ? (found.glossary ?? {}) : {} };
}

export const DEFAULT_DIR = SCENARIO_DIR;
