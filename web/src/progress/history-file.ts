import { z } from 'zod';
import type { HistoryEntry } from '../store';
import type { Report, RunState, Scenario } from '../engine';

// "Mijn voortgang" as one file: a learner takes their history to another device. On import the
// file is checked, every run's state is checked by the engine's schema and its score computed
// again from the case on this device (a number in a file is never taken on trust), and runs
// already here are not added twice.

export const PROGRESS_FORMAT = 'kanteltrainer-voortgang';
export const PROGRESS_VERSION = 1;
const MAX_RUNS = 5000;

const fileRunSchema = z.object({
  id: z.string().min(1).max(100).optional(),
  caseId: z.string().min(1).max(100),
  at: z.number().finite(),
  caseHash: z.string().max(200).optional(),
  state: z.unknown().optional(),
});

export const progressFileSchema = z.object({
  format: z.literal(PROGRESS_FORMAT),
  formatVersion: z.literal(PROGRESS_VERSION),
  learner: z.string().max(60).nullable(),
  exportedAt: z.number().finite(),
  runs: z.array(z.unknown()).max(MAX_RUNS),
});
export type ProgressFile = z.infer<typeof progressFileSchema>;

export function progressFileText(learner: string | null, history: readonly HistoryEntry[], now: number): string {
  const file: ProgressFile = { format: PROGRESS_FORMAT, formatVersion: PROGRESS_VERSION, learner, exportedAt: now, runs: [...history] };
  return `${JSON.stringify(file)}\n`;
}

export function progressFileName(learner: string | null): string {
  const slug = (learner ?? '').toLocaleLowerCase('nl').normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `kanteltrainer-voortgang${slug ? `-${slug}` : ''}.json`;
}

/** What the importer needs of the engine and the bundled cases, passed in (the engine loads lazily). */
export interface ImportTools {
  checkState(value: unknown): RunState | null;
  scenario(caseId: string): Promise<Scenario | null>;
  score(scenario: Scenario, state: RunState): Report;
  caseHash(scenario: Scenario): string;
}

export type ImportResult =
  | { ok: false; reason: 'json' | 'format' }
  | { ok: true; entries: HistoryEntry[]; skipped: number };

/** Reads a progress file: the runs it holds, scored again here; runs that cannot be checked are counted, not taken. */
export async function readProgressFile(text: string, tools: ImportTools): Promise<ImportResult> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'json' };
  }
  const file = progressFileSchema.safeParse(data);
  if (!file.success) return { ok: false, reason: 'format' };
  const entries: HistoryEntry[] = [];
  let skipped = 0;
  for (const item of file.data.runs) {
    const run = fileRunSchema.safeParse(item);
    const state = run.success ? tools.checkState(run.data.state) : null;
    const scenario = run.success && state && state.caseId === run.data.caseId && state.status === 'finished' ? await tools.scenario(run.data.caseId) : null;
    if (!run.success || !state || !scenario) {
      skipped++;
      continue;
    }
    const report = tools.score(scenario, state);
    const id = run.data.id !== undefined ? { id: run.data.id } : {};
    entries.push({
      caseId: run.data.caseId, at: run.data.at, overall: report.overall, dimensions: report.dimensions, ending: report.ending,
      ...id, state, caseHash: run.data.caseHash ?? tools.caseHash(scenario),
    });
  }
  return { ok: true, entries, skipped };
}

/** What makes a run the same run on two devices: its id, or (older runs) case, time and seed. */
export function runKey(entry: HistoryEntry): string {
  return entry.id ?? `${entry.caseId}|${entry.at}|${entry.state?.seed ?? ''}`;
}

/** The history with the imported runs added once each, oldest first; `added` counts the new ones. */
export function mergeHistory(current: readonly HistoryEntry[], incoming: readonly HistoryEntry[]): { merged: HistoryEntry[]; added: number } {
  const seen = new Set(current.map(runKey));
  const fresh: HistoryEntry[] = [];
  for (const entry of incoming) {
    const key = runKey(entry);
    if (seen.has(key)) continue;
    seen.add(key);
    fresh.push(entry);
  }
  const merged = [...current, ...fresh].sort((a, b) => a.at - b.at);
  return { merged, added: fresh.length };
}
