import { caseHash, checkRun, cleanVerslag, formatIssue, start, type RunState, type Scenario, type WrittenVerslag } from '../../engine';
import { findCase, findCaseById, glossaryFor, SCENARIO_DIR } from '../../node/case-files';
import type { CommandResult } from '../commands/result';
import type { ModelMode } from '../../node/model/mode';
import { randomInt } from 'node:crypto';
import { classifierReady, classify } from '../../engine/classifier';
import { App } from './App';
import { NL } from './messages';
import { menuModel, runModel, type CaseSummary, type Model } from './model';
import { dirname } from 'node:path';
import { fallbackFolders, loadRun, removeStaleTemporaries, runPathMaker, runSaver } from './run-store';
import { readRunRecords } from './run-records';
import type { Deps } from './update';
import type { Effects } from './use-trainer';

// The heavy half of the trainer (engine, zod, classifier), loaded after the first frame is on screen.
// The menu keeps the quickly read case list; a case is fully read and checked when it is chosen.

export interface Session {
  model: Model;
  deps: Deps;
  effects: Effects;
  App: typeof App;
}

export interface SessionOptions {
  id: string | undefined;
  resume: string | undefined;
  outDir: string;
  now: Date;
  /** Collects the files written, and whether their run finished. */
  saved: Map<string, boolean>;
  cases: CaseSummary[];
  /** Model mode, or null to play offline. */
  model: ModelMode | null;
  /** The participant's name (--naam), written into every run file; a resumed run keeps its own unless one is given. */
  alias?: string;
  /** Where runs go when their folder fails; by default ~/kanteltrainer-runs, then the system's temporary folder. */
  fallbacks?: readonly string[];
  /**
   * Runs whose folder failed, by the file they are in now (or, when `lost`, the file that could not be
   * written): which folder, and why. Collected for the lines after the trainer closes.
   */
  trouble?: Map<string, SaveTrouble>;
}

export interface SaveTrouble {
  folder: string;
  why: string;
  /** No folder took the run: its last turns are not on disk. */
  lost: boolean;
}

/** Builds the starting state: the menu, a new run of one case, or a resumed run. */
export function prepareSession(options: SessionOptions): Session | CommandResult {
  const { id, resume, saved, cases } = options;
  const records = () => readRunRecords(options.outDir, (caseId) => {
    const found = findCase(caseId);
    return found.ok ? found.scenario : null;
  });
  const deps: Deps = { ...makeDeps(options.outDir, options.now), records, ...(options.model ? { model: options.model } : {}) };
  const menuRecords = !id && !resume ? records() : undefined;
  const modelLabel = options.model?.label ?? null;
  // A save cut off by a crash leaves a temporary file behind; clear those of earlier starts.
  for (const dir of new Set([options.outDir, ...(resume ? [dirname(resume)] : [])])) removeStaleTemporaries(dir);
  const trouble = options.trouble ?? new Map<string, SaveTrouble>();
  const resumed = resume ? loadRun(resume) : undefined;
  const alias = options.alias ?? (resumed?.ok ? resumed.run.alias : undefined);
  const saver = runSaver({
    mode: options.model ? 'model' : 'scripted', fallbacks: options.fallbacks ?? fallbackFolders(),
    owned: [...(resume ? [resume] : []), ...(menuRecords?.unfinished.map((u) => u.path) ?? [])], ...(alias ? { alias } : {}),
  });
  const effects: Effects = {
    save(path: string, scenario: Scenario, state: RunState, verslag?: WrittenVerslag) {
      const outcome = saver.save(path, scenario, state, verslag);
      if (outcome.path && trouble.get(path)?.lost) trouble.delete(path); // saved after all
      if (outcome.path) {
        if (outcome.path !== path) saved.delete(path); // the older file there is left behind; the run goes on elsewhere
        saved.set(outcome.path, state.status === 'finished');
      }
      if (outcome.failed) trouble.set(outcome.path ?? path, { ...outcome.failed, lost: outcome.path === null });
      return outcome;
    },
  };
  const ready = (model: Model): Session => ({ model: { ...model, modelLabel }, deps, effects, App });
  if (resume && resumed) {
    const loaded = resumed;
    if (!loaded.ok) return fail([loaded.reason === 'unreadable' ? NL.resumeUnreadable(resume) : NL.resumeInvalid(resume), ...(loaded.why ? [loaded.why] : [])]);
    const { run } = loaded;
    if (id && id !== run.caseId) return fail([NL.resumeMismatch(resume, run.caseId, id)]);
    // The id names a case in scenarios/, never a path to a file elsewhere.
    const found = findCaseById(run.caseId);
    if (!found.ok) return fail([NL.resumeOtherCase(resume, run.caseId)]);
    const changed = run.caseHash !== caseHash(found.scenario);
    // The turns are checked against the case, and what they add up to is derived from them, not read.
    const checked = checkRun(found.scenario, run.state);
    if (!checked.ok) return fail([changed ? NL.resumeChangedTooMuch(resume) : NL.resumeImpossible(resume), checked.reason]);
    if (run.state.turns.length > 0) saved.set(resume, run.state.status === 'finished');
    const opened = runModel(cases, found.scenario, checked.state, resume, changed ? NL.resumeChanged : null);
    // A finished run resumed keeps the verslag written after it, cleaned as any text from a file.
    return ready(run.verslag ? { ...opened, verslag: cleanVerslag(run.verslag) } : opened);
  }
  if (!id) return ready(menuModel(cases, menuRecords));
  const found = findCase(id);
  if (!found.ok) {
    if ('unknown' in found) return fail([`Onbekende casus "${id}". Beschikbaar: ${found.known.join(', ')}.`]);
    return fail(['Deze casus bevat fouten:', ...found.issues.map(formatIssue)]);
  }
  const started = runModel(cases, found.scenario, start(found.scenario, { seed: deps.newSeed?.() ?? 0 }).state, deps.newRunPath(id));
  return ready({ ...started, menuCursor: Math.max(0, cases.findIndex((c) => c.id === id)) });
}

function makeDeps(outDir: string, now: Date): Deps {
  return {
    loadCase(id) {
      const found = findCase(id);
      if (found.ok) return found.scenario;
      return 'unknown' in found ? `Onbekende casus "${id}".` : `De casus "${id}" bevat fouten; controleer hem met: kanteltrainer validate`;
    },
    readerReady: classifierReady,
    understand(text) {
      const read = classify(text);
      return { move: read.move, confidence: read.confidence, topics: read.topics, likely: read.likely.map((l) => l.move) };
    },
    newSeed: () => randomInt(0, 1_000_000_000),
    newRunPath: runPathMaker(outDir, now),
    glossary: glossaryOrNone(),
  };
}

/** The glossary beside the cases; without one (or with a broken one) the key u does nothing. */
function glossaryOrNone() {
  const found = glossaryFor(SCENARIO_DIR);
  return 'glossary' in found ? found.glossary : undefined;
}

function fail(stderr: string[]): CommandResult {
  return { code: 1, stdout: [], stderr };
}
