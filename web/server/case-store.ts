import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Scenario } from '../../engine';
import { LOCAL_FILE, loadCaseFile, SCENARIO_DIR } from '../../node/case-files';

// The cases the model endpoints voice, read once and kept. A case file edited while the server
// runs is read again on the next request that needs it (its size or time changed, or that of
// lokaal.yaml beside it); a check is two stat calls, a read is a YAML parse and a validation.

export interface CaseStore {
  /** A valid case by id, or undefined for an unknown id or a case with errors. */
  find(id: string): Scenario | undefined;
}

const ID = /^[a-z0-9][a-z0-9-]*$/;

export function caseStore(dir: string = SCENARIO_DIR): CaseStore {
  const kept = new Map<string, { mark: string; scenario: Scenario | undefined }>();
  return {
    find(id) {
      // Ids are ids, never paths; lokaal.yaml holds local values, no case.
      if (!ID.test(id) || id.startsWith('lokaal') || id.startsWith('begrippen')) return undefined;
      const file = join(dir, `${id}.yaml`);
      const mark = `${markOf(file)}|${markOf(join(dir, LOCAL_FILE))}`;
      if (mark.startsWith('-|')) {
        kept.delete(id);
        return undefined;
      }
      const known = kept.get(id);
      if (known?.mark === mark) return known.scenario;
      const loaded = loadCaseFile(file);
      const scenario = loaded.ok ? loaded.scenario : undefined;
      kept.set(id, { mark, scenario });
      return scenario;
    },
  };
}

function markOf(file: string): string {
  try {
    const stat = statSync(file);
    return stat.isFile() ? `${stat.size}:${stat.mtimeMs}` : '-';
  } catch {
    return '-';
  }
}
