import type { Scenario } from '../case/schema';
import { own } from '../own';
import { reviewVerslag, zrmDomainsOf } from '../verslag/review';
import { VERSLAG_STEPS, type VerslagStep, type ZrmDomain } from '../verslag/vocabulary';
import { hasVerslag } from '../verslag/written';
import type { Participant } from './import-runs';

// Each participant's verslag in figures, for a spreadsheet: written or not, which steps hold text,
// how much of the run's own checklist it names, and the ZRM self-scores beside the expert's.

export type VerslagFigures =
  | { participant: string; written: false }
  | {
    participant: string;
    written: true;
    filled: Record<VerslagStep, boolean>;
    /** Facts this participant's conversation found and support it arranged that the verslag seems to name. */
    named: number;
    /** Those facts and arrangements: the checklist items a verslag can be checked against. */
    checkable: number;
    /** The trainee's score per domain of the case (null: none given) and the expert's (null: the case has none). */
    zrm: { domain: ZrmDomain; own: number | null; expert: number | null }[];
  };

export interface VerslagTable {
  /** The ZRM domains a trainee scores for this case, in the case's order. */
  domains: ZrmDomain[];
  rows: VerslagFigures[];
}

/** Recomputed from each run's turns and verslag, like the rest of the comparison: a run file's own claims count for nothing. */
export function verslagFigures(scenario: Scenario, participants: readonly Participant[], names: readonly string[]): VerslagTable {
  const domains = zrmDomainsOf(scenario);
  const rows = participants.map((p, i): VerslagFigures => {
    const participant = names[i]!;
    const verslag = p.run.verslag;
    if (!hasVerslag(verslag)) return { participant, written: false };
    const review = reviewVerslag(scenario, p.run.state, verslag);
    const items = review.steps.flatMap((s) => s.checklist).filter((item) => item.kind === 'found' || item.kind === 'arranged');
    return {
      participant,
      written: true,
      filled: Object.fromEntries(VERSLAG_STEPS.map((step) => [step, (verslag.fields[step] ?? '').trim() !== ''])) as Record<VerslagStep, boolean>,
      named: items.filter((item) => item.named === true).length,
      checkable: items.length,
      zrm: domains.map((domain) => ({ domain, own: verslag.zrm[domain] ?? null, expert: own(scenario.verslag?.zrm, domain)?.score ?? null })),
    };
  });
  return { domains, rows };
}
