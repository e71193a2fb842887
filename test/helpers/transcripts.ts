import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Scenario } from '../../engine';
import { ROOT } from './cases';

export const TRANSCRIPTS = join(ROOT, 'test', 'transcripts');

export interface Transcript {
  name: string;
  scenario: Scenario;
  script: string;
  golden: string;
  /** The part after the case id: sterk, gemiddeld, zwak, vrij … */
  label: string;
}

/** Scripts named `<case-id>-<label>.txt`, each with its expected report in `<same name>.report.json`. */
export function transcripts(cases: readonly Scenario[]): Transcript[] {
  const ids = cases.map((c) => c.id).sort((a, b) => b.length - a.length);
  return readdirSync(TRANSCRIPTS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((file) => {
      const name = file.replace(/\.txt$/, '');
      const id = ids.find((i) => name.startsWith(`${i}-`));
      const scenario = cases.find((c) => c.id === id);
      if (!scenario || !id) return [];
      return [{ name, scenario, script: join(TRANSCRIPTS, file), golden: join(TRANSCRIPTS, `${name}.report.json`), label: name.slice(id.length + 1) }];
    });
}

export const hasGolden = (t: Transcript) => existsSync(t.golden);
