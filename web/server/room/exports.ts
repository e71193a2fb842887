import { DIMENSIONS, DIMENSION_LABELS, toRunFile, type RunFile, type Scenario } from '../../../engine';
import { replay } from './replay';

// What a facilitator takes home from a room: a CSV that opens in Dutch Excel (semicolons, a
// byte order mark so the accents survive) and the run files the comparison reads. Both are
// recomputed from the stored turns by the engine.

export interface StoredRun {
  id: string;
  name: string;
  seed: number;
  inputs: unknown[];
}

export function runFiles(scenario: Scenario, runs: readonly StoredRun[]): RunFile[] {
  const files: RunFile[] = [];
  for (const run of runs) {
    const replayed = replay(scenario, run.seed, run.inputs);
    if (replayed.ok) files.push(toRunFile(scenario, replayed.state, { alias: run.name.slice(0, 60) }));
  }
  return files;
}

export function summaryCsv(scenario: Scenario, runs: readonly StoredRun[]): string {
  const header = ['Naam', 'Status', 'Beurten', 'Einde', 'Kwaliteit einde', 'Totaal', ...DIMENSIONS.map((d) => DIMENSION_LABELS[d]), 'Kritieke fouten', 'Feiten gevonden', 'Feiten gemist'];
  const rows = runFiles(scenario, runs).map((file) => {
    const r = file.report;
    return [
      file.alias ?? '',
      r.finished ? 'klaar' : 'bezig',
      String(file.state.turns.length),
      r.endingTitle ?? '',
      r.endingQuality ?? '',
      String(r.overall),
      ...DIMENSIONS.map((d) => String(r.dimensions[d])),
      String(r.critical.length),
      String(r.facts.found.length),
      String(r.facts.missed.length),
    ];
  });
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(';')).join('\r\n')}\r\n`;
}

/** A name such as "=HYPERLINK(…)" must stay text in a spreadsheet, and a ; or " must not split the cell. */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d+$/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
