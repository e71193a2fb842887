import type { RunState, Scenario } from './engine';
import type { HistoryEntry } from './store';

// "Gegevens opslaan als bestand": offered when the device storage is full or switched off, or
// holds something unreadable. Then storage is exactly what cannot be trusted, so the file is made
// from what this page holds in memory: the run on screen (as a run file, which the comparison and
// `kanteltrainer play --resume` read) and the history. What storage still held comes along as
// text, for the unreadable case, where the run on the device is the only copy.

export const EXPORT_NAME = 'kanteltrainer-gegevens.json';

export interface ExportData {
  /** The run in memory, in the run file format; null when no run is open. */
  run: unknown;
  /** The finished runs this page knows of, including any the storage could not keep. */
  history: readonly HistoryEntry[];
  /** What the device storage held, as text (null: nothing, or storage is off). */
  stored: { run: string | null; history: string | null };
}

/**
 * The text of the export. `toRunFile` comes from the engine, passed in so the first download
 * stays without it; should it fail on a strange state, the bare state is kept instead.
 */
export function exportText(
  memory: { scenario: Scenario; state: RunState } | null,
  history: readonly HistoryEntry[],
  dump: string,
  toRunFile: ((scenario: Scenario, state: RunState) => unknown) | null,
): string {
  let run: unknown = null;
  if (memory) {
    try {
      run = toRunFile ? toRunFile(memory.scenario, memory.state) : { caseId: memory.scenario.id, state: memory.state };
    } catch {
      run = { caseId: memory.scenario.id, state: memory.state };
    }
  }
  let stored: ExportData['stored'] = { run: null, history: null };
  try {
    const parsed = JSON.parse(dump) as Partial<ExportData['stored']>;
    stored = { run: typeof parsed.run === 'string' ? parsed.run : null, history: typeof parsed.history === 'string' ? parsed.history : null };
  } catch {
    /* nothing readable in storage */
  }
  const data: ExportData = { run, history, stored };
  return `${JSON.stringify(data, null, 2)}\n`;
}
