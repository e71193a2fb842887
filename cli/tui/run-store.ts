import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { runFileSchema, toRunFile, type RunFile, type RunState, type Scenario } from '../../engine';

/**
 * Writes the run file whole or not at all (temporary file, then rename), so a crash never leaves half a file.
 * `mode`: 'model' when a language model read the turns and voiced the client (play --model).
 */
export function saveRun(path: string, scenario: Scenario, state: RunState, mode: RunFile['mode'] = 'scripted'): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(toRunFile(scenario, state, { mode }), null, 2)}\n`);
  renameSync(temporary, path);
}

export type RunLoad = { ok: true; run: RunFile } | { ok: false; reason: 'unreadable' | 'invalid' };

export function loadRun(path: string): RunLoad {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    return { ok: false, reason: (e as NodeJS.ErrnoException).code ? 'unreadable' : 'invalid' };
  }
  const parsed = runFileSchema.safeParse(data);
  return parsed.success ? { ok: true, run: parsed.data } : { ok: false, reason: 'invalid' };
}

/** A new file name per run: case id and the start time, numbered if that name is taken. */
export function runPathMaker(dir: string, now: Date): (caseId: string) => string {
  const stamp = now.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  return (caseId) => {
    for (let n = 1; ; n++) {
      const path = join(dir, `${caseId}-${stamp}${n > 1 ? `-${n}` : ''}.json`);
      if (!existsSync(path)) return path;
    }
  };
}
