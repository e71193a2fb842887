import type { Scenario } from '../case/schema';
import { caseHash } from '../case/hash';
import { runFileSchema, type RunFile } from '../run-file';

export interface Participant {
  /** Where the run came from (a file name); shown when a run is refused. */
  source: string;
  alias: string | undefined;
  run: RunFile;
}

export interface Refusal {
  source: string;
  reason: string;
}

/**
 * Run files are untrusted: each is parsed and checked on its own, and one bad file is named
 * with its reason while the others still load.
 */
export function importRuns(scenario: Scenario, inputs: readonly { source: string; text: string }[]): { participants: Participant[]; refused: Refusal[] } {
  const participants: Participant[] = [];
  const refused: Refusal[] = [];
  const hash = caseHash(scenario);
  for (const { source, text } of inputs) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      refused.push({ source, reason: 'Dit is geen runbestand van Kanteltrainer (geen geldige JSON).' });
      continue;
    }
    const parsed = runFileSchema.safeParse(json);
    if (!parsed.success) {
      const where = parsed.error.issues[0]?.path.join('.') || 'bestand';
      refused.push({ source, reason: `Dit runbestand is beschadigd of van een ander formaat (eerste probleem bij "${where}").` });
      continue;
    }
    const run = parsed.data;
    if (run.caseId !== scenario.id) {
      refused.push({ source, reason: `Deze run hoort bij casus "${run.caseId}", niet bij "${scenario.id}".` });
      continue;
    }
    if (run.caseHash !== hash) {
      refused.push({ source, reason: `Deze run is gespeeld op een andere versie van de casus (versie ${run.caseVersion}); de keuzes zijn niet te vergelijken.` });
      continue;
    }
    participants.push({ source, alias: run.alias?.trim() || undefined, run });
  }
  return { participants, refused };
}
