import type { Scenario } from '../case/schema';
import { caseHash } from '../case/hash';
import { readRunFile, runIdentity, type RunFile } from '../run-file';
import { checkRun } from '../run/check-run';
import { score } from '../score/score';
import { terminalSafe } from '../text/control';
import { cleanVerslag, hasVerslag } from '../verslag/written';

export interface Participant {
  /** Where the run came from (a file name); shown when a run is refused. */
  source: string;
  alias: string | undefined;
  /** The run with its state derived from the turns and its report computed here, never the file's own. */
  run: RunFile;
}

export interface Refusal {
  source: string;
  reason: string;
}

/**
 * Run files are untrusted: each is parsed and checked against the case on its own, its report is
 * computed again from its turns, and one bad file is named with its reason while the others still
 * load. The same run twice (a copied file, whatever its name or alias) counts once.
 */
export function importRuns(scenario: Scenario, inputs: readonly { source: string; text: string }[]): { participants: Participant[]; refused: Refusal[] } {
  const participants: Participant[] = [];
  const refused: Refusal[] = [];
  const hash = caseHash(scenario);
  const seen = new Map<string, string>();
  for (const { source, text } of inputs) {
    const read = readRunFile(text);
    if (!read.ok) {
      refused.push({ source, reason: read.reason });
      continue;
    }
    const run = read.run;
    if (run.caseId !== scenario.id) {
      refused.push({ source, reason: `Dit gesprek hoort bij casus "${run.caseId}", niet bij "${scenario.id}".` });
      continue;
    }
    if (run.caseHash !== hash) {
      refused.push({ source, reason: `Dit gesprek is gespeeld op een andere versie van de casus (versie ${run.caseVersion}); de keuzes zijn niet te vergelijken.` });
      continue;
    }
    // Nothing said yet: such a run would stand among the participants without a single choice.
    if (run.state.turns.length === 0) {
      refused.push({ source, reason: 'In dit gesprek is nog niets gezegd (geen beurten); er valt niets te vergelijken.' });
      continue;
    }
    const checked = checkRun(scenario, run.state);
    if (!checked.ok) {
      refused.push({ source, reason: `Dit gesprek kan in deze casus niet gespeeld zijn: ${checked.reason}` });
      continue;
    }
    const identity = runIdentity(run);
    const earlier = seen.get(identity);
    if (earlier !== undefined) {
      // Saved once before the verslag was written and once after: the conversation counts once, with its verslag.
      const first = participants.find((p) => p.source === earlier);
      const verslag = run.verslag && cleanVerslag(run.verslag);
      const carried = first !== undefined && !hasVerslag(first.run.verslag) && hasVerslag(verslag);
      if (carried) first.run = { ...first.run, verslag };
      refused.push({ source, reason: `Dit is hetzelfde gesprek als ${earlier}; dat telt één keer.${carried ? ' Het verslag uit dit bestand is erbij gezet.' : ''}` });
      continue;
    }
    seen.set(identity, source);
    // The verslag is shown beside others' in a terminal and a page: without control characters, and only when it says something.
    const verslag = run.verslag && cleanVerslag(run.verslag);
    const { verslag: _fromFile, ...rest } = run;
    participants.push({
      source, alias: cleanAlias(run.alias),
      run: { ...rest, state: checked.state, report: score(scenario, checked.state), ...(hasVerslag(verslag) ? { verslag } : {}) },
    });
  }
  return { participants, refused };
}

/** A name as it is shown and told apart: without control codes or line breaks, so two names that look alike are alike. */
function cleanAlias(alias: string | undefined): string | undefined {
  return alias === undefined ? undefined : terminalSafe(alias).replace(/\s+/g, ' ').trim() || undefined;
}
