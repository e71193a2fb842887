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
}

export interface HistoryEntry {
  caseId: string;
  /** Milliseconds since 1970, passed in by the caller. */
  at: number;
  overall: number;
  dimensions: Record<Dimension, number>;
  ending: string | null;
}

/** One finished run as the history keeps it; anything else in storage (an older format, a hand edit) is left out. */
const historyEntrySchema = z.object({
  caseId: z.string().min(1),
  at: z.number().finite(),
  overall: z.number().finite(),
  dimensions: z.object(Object.fromEntries(DIMENSIONS.map((d) => [d, z.number().finite()])) as Record<Dimension, z.ZodNumber>),
  ending: z.string().nullable(),
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
  /** Everything this app keeps, as text, for an export when something is wrong. */
  dump(): string;
}

const RUN_KEY = 'kanteltrainer.run.v1';
const HISTORY_KEY = 'kanteltrainer.history.v1';
const MAX_HISTORY = 200;

export function localStore(storage: Storage | null = safeStorage()): RunStore {
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
      const raw = get(RUN_KEY);
      if (raw === null) return { kind: 'none' };
      try {
        const data = JSON.parse(raw) as Partial<SavedRun> | null;
        if (!data || typeof data.caseId !== 'string' || typeof data.caseHash !== 'string' || !looksLikeState(data.state)) return { kind: 'corrupt', raw };
        return { kind: 'ok', run: { caseId: data.caseId, caseHash: data.caseHash, state: data.state } };
      } catch {
        return { kind: 'corrupt', raw };
      }
    },
    saveRun: (run) => set(RUN_KEY, JSON.stringify(run)),
    clearRun() {
      try {
        storage?.removeItem(RUN_KEY);
      } catch {
        /* nothing to clear */
      }
    },
    history() {
      return readHistory(get(HISTORY_KEY)).entries;
    },
    historyDropped() {
      return readHistory(get(HISTORY_KEY)).dropped;
    },
    addHistory(entry) {
      return set(HISTORY_KEY, JSON.stringify([...this.history(), entry].slice(-MAX_HISTORY)));
    },
    dump() {
      return JSON.stringify({ run: get(RUN_KEY), history: get(HISTORY_KEY) }, null, 2);
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

function safeStorage(): Storage | null {
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
