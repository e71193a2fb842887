import type { Scenario } from '../case/schema';
import { VERSLAG_STEP_LABELS, VERSLAG_STEPS, ZRM_DOMAIN_LABELS, type VerslagStep, type ZrmDomain } from '../verslag/vocabulary';
import { hasVerslag } from '../verslag/written';
import type { Participant } from './import-runs';

export interface VerslagStepComparison {
  step: VerslagStep;
  label: string;
  model: string | null;
  /** What each participant who wrote a verslag put in this step; an empty text when they left it open. */
  written: { participant: string; text: string }[];
}

export interface ZrmComparison {
  domain: ZrmDomain;
  label: string;
  expert: number;
  reason: string;
  scores: { participant: string; score: number | null }[];
}

export interface VerslagComparison {
  /** The participants who wrote a verslag, in the order of the comparison. */
  writers: string[];
  steps: VerslagStepComparison[];
  zrm: ZrmComparison[];
}

/** The verslagen of a group side by side, step by step, with the model verslag and the expert's ZRM scores; null when no one wrote one. */
export function compareVerslagen(scenario: Scenario, participants: readonly Participant[], names: readonly string[]): VerslagComparison | null {
  const writers = participants.flatMap((p, i) => (hasVerslag(p.run.verslag) ? [{ name: names[i]!, verslag: p.run.verslag }] : []));
  if (writers.length === 0) return null;
  const steps = VERSLAG_STEPS.map((step) => ({
    step,
    label: VERSLAG_STEP_LABELS[step],
    model: scenario.verslag?.model[step] ?? null,
    written: writers.map((w) => ({ participant: w.name, text: w.verslag.fields[step] ?? '' })),
  }));
  const zrm = Object.entries(scenario.verslag?.zrm ?? {}).flatMap(([domain, expert]) => {
    if (!expert) return [];
    const d = domain as ZrmDomain;
    return [{ domain: d, label: ZRM_DOMAIN_LABELS[d], expert: expert.score, reason: expert.reason, scores: writers.map((w) => ({ participant: w.name, score: w.verslag.zrm[d] ?? null })) }];
  });
  return { writers: writers.map((w) => w.name), steps, zrm };
}
