import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { score, type RunState, type Scenario } from '../../engine';
import { loadRun } from './run-store';

// What the menu tells about earlier play: per case the best and the last score of the finished
// runs in the runs folder, and the runs not finished yet, to play on. Every file is checked by
// the run file schema and every score computed again from the case as it is now.

export interface CaseRecord {
  best: number;
  last: number;
  runs: number;
}

export interface UnfinishedRun {
  path: string;
  caseId: string;
  turns: number;
  /** Modified, in milliseconds since 1970 (for the order: newest first). */
  at: number;
  state: RunState;
}

export interface RunRecords {
  cases: Record<string, CaseRecord>;
  unfinished: UnfinishedRun[];
}

/** At most this many unfinished runs are offered (letters a–h in the menu). */
export const MAX_UNFINISHED = 8;

export function readRunRecords(dir: string, loadCase: (id: string) => Scenario | null): RunRecords {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.json'));
  } catch {
    return { cases: {}, unfinished: [] };
  }
  const found: { path: string; at: number; state: RunState; caseId: string }[] = [];
  for (const name of names) {
    const path = join(dir, name);
    let at: number;
    try {
      const info = statSync(path);
      if (!info.isFile()) continue;
      at = info.mtimeMs;
    } catch {
      continue;
    }
    const loaded = loadRun(path);
    if (loaded.ok && loaded.run.state.caseId === loaded.run.caseId) found.push({ path, at, state: loaded.run.state, caseId: loaded.run.caseId });
  }
  found.sort((a, b) => a.at - b.at);
  const cases: Record<string, CaseRecord> = Object.create(null) as Record<string, CaseRecord>;
  const unfinished: UnfinishedRun[] = [];
  const scenarios = new Map<string, Scenario | null>();
  for (const run of found) {
    if (!scenarios.has(run.caseId)) scenarios.set(run.caseId, loadCase(run.caseId));
    const scenario = scenarios.get(run.caseId);
    if (!scenario) continue;
    if (run.state.status === 'active') {
      if (run.state.turns.length > 0) unfinished.push({ path: run.path, caseId: run.caseId, turns: run.state.turns.length, at: run.at, state: run.state });
      continue;
    }
    let overall: number;
    try {
      overall = score(scenario, run.state).overall;
    } catch {
      continue; // a run of an older version of the case that no longer fits it
    }
    const prev = Object.hasOwn(cases, run.caseId) ? cases[run.caseId] : undefined;
    cases[run.caseId] = { best: Math.max(prev?.best ?? 0, overall), last: overall, runs: (prev?.runs ?? 0) + 1 };
  }
  return { cases, unfinished: unfinished.reverse().slice(0, MAX_UNFINISHED) };
}
