import {
  closeSync, fsyncSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, writeSync, existsSync,
} from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { MAX_RUN_FILE_BYTES, readRunFile, terminalSafeDeep, toRunFile, tooLarge, type RunFile, type RunState, type Scenario, type WrittenVerslag } from '../../engine';
import { NL } from './messages';

/**
 * Writes the run file whole or not at all: a temporary file, flushed to disk, then renamed over
 * the run file (and the folder flushed), so neither a crash nor a power cut leaves half a file.
 * `fresh`: this run has no file yet, so its name is claimed exclusively (flag 'wx'); when another
 * trainer took that name first, a suffix is added (-2, -3, …). Returns the path written.
 * `mode`: 'model' when a language model read the turns and voiced the client (play --model).
 * `alias`: the participant's name (--naam), shown by compare.
 */
export function saveRun(
  path: string, scenario: Scenario, state: RunState, mode: RunFile['mode'] = 'scripted', options: { fresh?: boolean; alias?: string; verslag?: WrittenVerslag } = {},
): string {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const temporary = temporaryName(path);
  writeDurably(temporary, `${JSON.stringify(toRunFile(scenario, state, { mode, ...(options.alias ? { alias: options.alias } : {}), ...(options.verslag ? { verslag: options.verslag } : {}) }), null, 2)}\n`);
  let claimed: string | undefined;
  try {
    const target = options.fresh ? (claimed = claim(path)) : path;
    renameSync(temporary, target);
    syncFolder(dir);
    return target;
  } catch (e) {
    rmSync(temporary, { force: true });
    if (claimed) rmSync(claimed, { force: true });
    throw e;
  }
}

/** This program's temporary files: `<run file>.json.<process id>.tmp`, next to the run file. */
const TEMPORARY = /\.json\.\d+\.tmp$/;
const temporaryName = (path: string) => `${path}.${process.pid}.tmp`;

function writeDurably(path: string, text: string): void {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } catch (e) {
    closeSync(fd);
    rmSync(path, { force: true });
    throw e;
  }
  closeSync(fd);
}

/** Flushes a folder's entries (the rename) where the system allows opening a folder; Windows does not. */
function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    /* not supported here; the file itself was flushed */
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Creates the first free name of path, path-2, path-3, … exclusively, so no other trainer can take it too. */
function claim(path: string): string {
  const stem = path.replace(/\.json$/, '');
  for (let n = 1; n < 10_000; n++) {
    const candidate = n === 1 ? path : `${stem}-${n}.json`;
    try {
      closeSync(openSync(candidate, 'wx'));
      return candidate;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
  throw Object.assign(new Error(`no free name for ${path}`), { code: 'EEXIST' });
}

/**
 * Removes temporary files this program left in `dir` (a save cut off by a crash) that are older
 * than `maxAgeMs`: a younger one may belong to a trainer that is saving right now. Never throws.
 * Returns the names removed.
 */
export function removeStaleTemporaries(dir: string, now = Date.now(), maxAgeMs = 60_000): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!TEMPORARY.test(name)) continue;
    try {
      const path = join(dir, name);
      const info = lstatSync(path);
      if (!info.isFile() || now - info.mtimeMs < maxAgeMs) continue;
      unlinkSync(path);
      removed.push(name);
    } catch {
      /* gone already, or not ours to remove */
    }
  }
  return removed;
}

/** What became of one save: where the run is now, and what the trainee should be told (null: nothing). */
export interface SaveOutcome {
  /** The file the run is in now; null when no folder would take it (the run is then only in memory). */
  path: string | null;
  notice: string | null;
  /** Set when the run's own folder failed: which folder, and why (in Dutch). */
  failed?: { folder: string; why: string };
}

/** Why a save failed, in Dutch, from Node's error code. */
export function saveFailureReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOTDIR':
    case 'EEXIST':
      return NL.saveWhy.notAFolder;
    case 'ENOSPC':
    case 'EDQUOT':
      return NL.saveWhy.diskFull;
    case 'EACCES':
    case 'EPERM':
      return NL.saveWhy.noPermission;
    case 'EROFS':
      return NL.saveWhy.readOnly;
    case 'ENOENT':
      return NL.saveWhy.missing;
    default:
      return NL.saveWhy.other(code ?? (error instanceof Error ? error.message : String(error)));
  }
}

/** Folders to save in when the chosen one fails: ~/kanteltrainer-runs, then the system's temporary folder. */
export function fallbackFolders(): string[] {
  const folders: string[] = [];
  try {
    const home = homedir();
    if (home) folders.push(join(home, 'kanteltrainer-runs'));
  } catch {
    /* no home folder */
  }
  folders.push(join(tmpdir(), 'kanteltrainer-runs'));
  return folders;
}

/**
 * Saves runs and never throws: when a run's folder fails (a file where a folder should be, a full
 * disk, no permission), the run goes to the first fallback folder that works, and the trainee is
 * told which folder failed, why, and where the conversation is now. When none works, the run stays
 * in memory, the trainee is told, and the next turn tries again.
 */
export function runSaver(options: { mode: RunFile['mode']; fallbacks: readonly string[]; owned?: Iterable<string>; alias?: string }) {
  /** Files this trainer made or resumed: saved over; any other name is claimed first. */
  const owned = new Set(options.owned ?? []);
  return {
    save(path: string, scenario: Scenario, state: RunState, verslag?: WrittenVerslag): SaveOutcome {
      const write = (target: string) => {
        const written = saveRun(target, scenario, state, options.mode, { fresh: !owned.has(target), ...(options.alias ? { alias: options.alias } : {}), ...(verslag ? { verslag } : {}) });
        owned.add(written);
        return written;
      };
      let why: string;
      try {
        return { path: write(path), notice: null };
      } catch (e) {
        why = saveFailureReason(e);
      }
      const failed = dirname(path);
      for (const folder of options.fallbacks) {
        if (resolve(folder) === resolve(failed)) continue;
        try {
          const written = write(join(folder, basename(path)));
          return { path: written, notice: NL.savedElsewhere(failed, why, written), failed: { folder: failed, why } };
        } catch {
          /* try the next folder */
        }
      }
      return { path: null, notice: NL.notSavedAnywhere(failed, why), failed: { folder: failed, why } };
    },
  };
}

export type RunLoad = { ok: true; run: RunFile } | { ok: false; reason: 'unreadable' | 'invalid'; why?: string };

/** A run file from disk, checked as any file from outside: size, shape, a case id that is an id, and no control characters left in its text. */
export function loadRun(path: string): RunLoad {
  let text: string;
  try {
    const size = statSync(path).size;
    if (size > MAX_RUN_FILE_BYTES) return { ok: false, reason: 'invalid', why: tooLarge(size) };
    text = readFileSync(path, 'utf8');
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  const read = readRunFile(text);
  return read.ok ? { ok: true, run: terminalSafeDeep(read.run) } : { ok: false, reason: 'invalid', why: read.reason };
}

/** A new file name per run: case id and the start time, numbered if that name is taken (saveRun claims it for good). */
export function runPathMaker(dir: string, now: Date): (caseId: string) => string {
  const stamp = now.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  return (caseId) => {
    for (let n = 1; ; n++) {
      const path = join(dir, `${caseId}-${stamp}${n > 1 ? `-${n}` : ''}.json`);
      if (!existsSync(path)) return path;
    }
  };
}
