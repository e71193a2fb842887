import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Report, Scenario } from '../../engine';
import {
  cycle, firstAsShown, GENERIC_LINES, hasCriticalOption, KEYWORD_LINES, legalErrorPolicy, linesPolicy, longest, playPolicy,
  playScriptText, REPEATED_LINE,
} from './strategies';

// Every calibration run of one case, by name. The bands these must keep are in bands.ts.

export const ROOT = join(import.meta.dirname, '..', '..');
export const TYPED_LABELS = ['sterk', 'gemiddeld', 'zwak', 'juridisch', 'natuurlijk'] as const;
/** A second strong and weak pair per case, written later by other blind writers (from the situation files only). */
export const SECOND_PAIR = ['sterk-2', 'zwak-2'] as const;
export const GAMING = ['eerste-1', 'eerste-2', 'eerste-3', 'eerste-4', 'eerste-5', 'langste', 'trefwoorden', 'herhaling', 'generiek'] as const;
export const SEEDS = [1, 2, 3, 4, 5] as const;

export interface Run {
  name: string;
  kind: 'option' | 'typed' | 'gaming' | 'legal';
  label: string;
  report: Report;
}

export function typedFile(caseId: string, label: string): string {
  return join(ROOT, 'test', 'calibration', 'typed', `${caseId}-${label}.txt`);
}

export function calibrationRuns(scenario: Scenario): Run[] {
  const runs: Run[] = [];
  for (const label of ['sterk', 'gemiddeld', 'zwak'] as const) {
    const file = join(ROOT, 'test', 'transcripts', `${scenario.id}-${label}.txt`);
    if (existsSync(file)) runs.push({ name: `klik-${label}`, kind: 'option', label, report: playScriptText(scenario, readFileSync(file, 'utf8')) });
  }
  for (const label of [...TYPED_LABELS, ...SECOND_PAIR]) {
    const file = typedFile(scenario.id, label);
    if (!existsSync(file)) continue;
    runs.push({ name: `typ-${label}`, kind: label === 'juridisch' ? 'legal' : 'typed', label, report: playScriptText(scenario, readFileSync(file, 'utf8'), 7) });
  }
  SEEDS.forEach((seed, i) => runs.push({ name: `eerste-${i + 1}`, kind: 'gaming', label: 'eerste', report: playPolicy(scenario, firstAsShown, seed) }));
  runs.push({ name: 'langste', kind: 'gaming', label: 'langste', report: playPolicy(scenario, longest) });
  runs.push({ name: 'trefwoorden', kind: 'gaming', label: 'trefwoorden', report: playPolicy(scenario, cycle(KEYWORD_LINES)) });
  runs.push({ name: 'herhaling', kind: 'gaming', label: 'herhaling', report: playPolicy(scenario, cycle(REPEATED_LINE)) });
  runs.push({ name: 'generiek', kind: 'gaming', label: 'generiek', report: playPolicy(scenario, linesPolicy(GENERIC_LINES)) });
  if (hasCriticalOption(scenario)) runs.push({ name: 'klik-juridisch', kind: 'legal', label: 'juridisch', report: playPolicy(scenario, legalErrorPolicy(scenario)) });
  return runs;
}
