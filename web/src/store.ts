import { z } from 'zod';
import { DIMENSIONS } from '../../engine/vocabulary';
import type { Dimension, RunState } from './engine';

// Persistence behind a small adapter: the run in progress and the finished runs stay on this
// device (localStorage) and leave it only when the trainee saves a run file. Here the shape is
// checked; the engine's schema checks the state in full once it has loaded (useTrainer.resume).

export interface SavedRun {
  caseId: string;
  caseHash: string;
  state: RunState;
  /** The run's own id (a UUID): names it in the history, an export and a learning record. Older saves have none. */
  runId?: string;
}

export interface HistoryEntry {
  caseId: string;
  /** Milliseconds since 1970, passed in by the caller. */
  at: number;
  overall: number;
  dimensions: Record<Dimension, number>;
  ending: string | null;
  /** The run's id; entries written before the full history have none. */
  id?: string;
  /** The whole finished run, so its debrief can be opened again; absent in entries of an older trainer. */
  state?: RunState;
  caseHash?: string;
}

/** One finished run as the history keeps it; anything else in storage (an older format, a hand edit) is left out. */
const historyEntrySchema = z.object({
  caseId: z.string().min(1),
  at: z.number().finite(),
  overall: z.number().finite(),
  dimensions: z.object(Object.fromEntries(DIMENSIONS.map((d) => [d, z.number().finite()])) as Record<Dimension, z.ZodNumber>),
  ending: z.string().nullable(),
  id: z.string().min(1).max(100).optional(),
  // Checked in full by the engine's schema when the debrief is opened again or a file imported.
  state: z.custom<RunState>((v) => looksLikeState(v)).optional(),
  caseHash: z.string().max(200).optional(),
});

export type RunLoad = { kind: 'none' } | { kind: 'ok'; run: SavedRun } | { kind: 'corrupt'; raw: string };

export interface RunStore {
  loadRun(): RunLoad;
  /** false when the store is full or switched off. */
  saveRun(run: SavedRun): boolean;
  clearRun(): void;
  history(): HistoryEntry[];
  /** How many stored history entries could not be read (an older format) and were left out. */
  historyDropped(): number;
  addHistory(entry: HistoryEntry): boolean;
  /** Writes the whole history (after an import); false when the store is full or switched off. */
  replaceHistory(entries: readonly HistoryEntry[]): boolean;
  /** Everything this app keeps, as text, for an export when something is wrong. */
  dump(): string;
}

const RUN_KEY = 'kanteltrainer.run.v1';
const HISTORY_KEY = 'kanteltrainer.history.v1';

/**
 * The keys of one learner on this device. The unnamed learner keeps the keys of the trainer
 * before names existed, so a device's earlier run and scores stay where they were.
 */
export function storeKeys(learnerId: string | null): { run: string; history: string } {
  return learnerId === null ? { run: RUN_KEY, history: HISTORY_KEY } : { run: `${RUN_KEY}.${learnerId}`, history: `${HISTORY_KEY}.${learnerId}` };
}

export function localStore(storage: Storage | null = safeStorage(), learnerId: string | null = null): RunStore {
  const { run: RUN, history: HISTORY } = storeKeys(learnerId);
  const get = (key: string): string | null => {
    try {
      return storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  };
  const set = (key: string, value: string): boolean => {
    if (!storage) return false;
    try {
      storage.setItem(key, value);
      return true;
    } catch {
      return false;
    }
  };
  return {
    loadRun() {
      const raw = get(RUN);
      if (raw === null) return { kind: 'none' };
      try {
        const data = JSON.parse(raw) as Partial<SavedRun> | null;
        if (!data || typeof data.caseId !== 'string' || typeof data.caseHash !== 'string' || !looksLikeState(data.state)) return { kind: 'corrupt', raw };
        const runId = typeof data.runId === 'string' && data.runId.length <= 100 ? { runId: data.runId } : {};
        return { kind: 'ok', run: { caseId: data.caseId, caseHash: data.caseHash, state: data.state, ...runId } };
      } catch {
        return { kind: 'corrupt', raw };
      }
    },
    saveRun: (run) => set(RUN, JSON.stringify(run)),
    clearRun() {
      try {
        storage?.removeItem(RUN);
      } catch {
        /* nothing to clear */
      }
    },
    history() {
      return readHistory(get(HISTORY)).entries;
    },
    historyDropped() {
      return readHistory(get(HISTORY)).dropped;
    },
    // Every finished run is kept; when the storage is full the caller keeps it in memory and says so.
    addHistory(entry) {
      return set(HISTORY, JSON.stringify([...this.history(), entry]));
    },
    replaceHistory(entries) {
      return set(HISTORY, JSON.stringify(entries));
    },
    dump() {
      return JSON.stringify({ run: get(RUN), history: get(HISTORY) }, null, 2);
    },
  };
}

/** The stored history, each entry checked on its own: a bad one is dropped and counted, the rest kept. */
export function readHistory(raw: string | null): { entries: HistoryEntry[]; dropped: number } {
  if (raw === null) return { entries: [], dropped: 0 };
  let list: unknown;
  try {
    list = JSON.parse(raw);
  } catch {
    return { entries: [], dropped: 1 };
  }
  if (!Array.isArray(list)) return { entries: [], dropped: 1 };
  const entries: HistoryEntry[] = [];
  for (const item of list) {
    const parsed = historyEntrySchema.safeParse(item);
    if (parsed.success) entries.push(parsed.data as HistoryEntry);
  }
  return { entries, dropped: list.length - entries.length };
}

function looksLikeState(value: unknown): value is RunState {
  const v = value as Partial<RunState> | null;
  return !!v && v.version === 1 && typeof v.caseId === 'string' && Array.isArray(v.turns) && (v.status === 'active' || v.status === 'finished');
}

export function safeStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function bestScores(history: readonly HistoryEntry[]): Map<string, number> {
  const best = new Map<string, number>();
  for (const e of history) best.set(e.caseId, Math.max(best.get(e.caseId) ?? 0, e.overall));
  return best;
}
