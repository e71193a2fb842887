import type { Scenario, VerslagSpec } from '../case/schema';
import type { RunState } from '../run/state';
import { everythingArranged, type ArrangedSupport } from '../score/rules/empty-handed';
import { arrangementsOf } from '../text/echoes';
import { makeContext } from '../score/types';
import type { Dimension } from '../vocabulary';
import { own } from '../own';
import { seemsNamed } from './mentions';
import { VERSLAG_STEP_HINTS, VERSLAG_STEP_LABELS, VERSLAG_STEPS, ZRM_DOMAIN_LABELS, type VerslagStep, type ZrmDomain } from './vocabulary';
import { writtenText, type WrittenVerslag } from './written';

// A trainee's verslag held against what this run found and arranged: the checklist is built here
// from the conversation, never read from a file, so it cannot name a fact the trainee never heard.

export interface ChecklistItem {
  /** found: a fact from the conversation; arranged: support agreed on; open: what stayed unknown; reasoning: why maatwerk is or is not needed. */
  kind: 'found' | 'arranged' | 'open' | 'reasoning' | 'nothing_arranged';
  text: string;
  /** Whether the written verslag seems to name it; null when there is nothing to look for (or nothing written yet). */
  named: boolean | null;
}

export interface StepReview {
  step: VerslagStep;
  label: string;
  hint: string;
  written: string;
  /** The case's model verslag for this step, or null when the case has none. */
  model: string | null;
  checklist: ChecklistItem[];
}

export interface ZrmRow {
  domain: ZrmDomain;
  label: string;
  /** The trainee's own score, or null when they gave none. */
  own: number | null;
  expert: number;
  reason: string;
  /** Facts the expert score rests on that stayed hidden in this run (their summaries). */
  unseen: string[];
}

export interface VerslagReview {
  steps: StepReview[];
  zrm: ZrmRow[];
  /** The case has a model verslag and expert scores. */
  hasModel: boolean;
}

/** Where a fact found in the conversation belongs in a verslag, by the dimension finding it scored on. */
const STEP_OF_DIMENSION: Record<Dimension, VerslagStep> = {
  vraagverheldering: 'hulpvraag',
  brede_blik: 'beperkingen',
  eigen_kracht: 'eigen_kracht',
  netwerk: 'netwerk',
  passende_oplossing: 'voorzieningen',
  afspraken: 'afspraken',
};

export function reviewVerslag(scenario: Scenario, state: RunState, written: WrittenVerslag | undefined): VerslagReview {
  const spec: VerslagSpec | undefined = scenario.verslag;
  const lists = checklistOf(scenario, state);
  const all = VERSLAG_STEPS.map((s) => writtenText(written, s)).join('\n');
  const steps = VERSLAG_STEPS.map((step): StepReview => ({
    step,
    label: VERSLAG_STEP_LABELS[step],
    hint: VERSLAG_STEP_HINTS[step],
    written: writtenText(written, step),
    model: spec?.model[step] ?? null,
    // Anywhere in the verslag counts: a fact written under another step is still named.
    checklist: lists[step].map(({ kind, text, words }) => ({ kind, text, named: words.length === 0 || all.trim() === '' ? null : seemsNamed(all, words) })),
  }));
  return { steps, zrm: zrmRows(scenario, state, written), hasModel: spec !== undefined };
}

interface Entry {
  kind: ChecklistItem['kind'];
  text: string;
  /** The words to look for in the written verslag; none: an item the trainee checks alone. */
  words: string[];
}

function checklistOf(scenario: Scenario, state: RunState): Record<VerslagStep, Entry[]> {
  const lists = Object.fromEntries(VERSLAG_STEPS.map((s) => [s, [] as Entry[]])) as Record<VerslagStep, Entry[]>;
  for (const id of state.revealed) {
    const fact = own(scenario.facts, id);
    if (fact) lists[STEP_OF_DIMENSION[fact.dimension]].push({ kind: 'found', text: clean(fact.summary), words: [fact.summary, ...fact.cues] });
  }
  const arranged = everythingArranged(makeContext(scenario, state));
  const seen = new Set<string>();
  for (const summary of arranged.flatMap((a) => summariesOf(scenario, a))) {
    const text = clean(summary);
    if (seen.has(text)) continue;
    seen.add(text);
    lists.afspraken.push({ kind: 'arranged', text, words: [summary] });
  }
  if (arranged.length === 0) {
    lists.afspraken.push({ kind: 'nothing_arranged', text: 'In dit gesprek is niets geregeld. Schrijf dat eerlijk op, met de volgende stap en wanneer die gezet wordt.', words: [] });
  }
  const maatwerk = arranged.some((a) => a.provision === 'maatwerk');
  lists.conclusie.push({
    kind: 'reasoning',
    text: maatwerk
      ? 'Je regelde een maatwerkvoorziening: onderbouw welk deel eigen kracht, netwerk en algemene voorzieningen niet oplossen.'
      : arranged.length > 0
        ? 'Je regelde geen maatwerkvoorziening: leg uit waarom wat er nu geregeld is genoeg is.'
        : 'Zeg of een maatwerkvoorziening nodig lijkt, en wat je nog moet weten om dat te beslissen.',
    words: [],
  });
  const hidden = Object.keys(scenario.facts).filter((id) => !state.revealed.includes(id)).length;
  if (hidden > 0) {
    lists.conclusie.push({ kind: 'open', text: `Er ${hidden === 1 ? 'bleef één ding' : `bleven ${hidden} dingen`} verborgen die ertoe doen (zie de nabespreking). Schrijf op wat je nog niet weet, als open punt, en vul het niet zelf in.`, words: [] });
  }
  return lists;
}

/**
 * What an arranging option agreed, as the case's own short summaries where its words propose one of
 * the case's arrangements; otherwise the option's words themselves. A verslag names the agreement,
 * not the sentence that made it.
 */
function summariesOf(scenario: Scenario, arranged: ArrangedSupport): string[] {
  if (arranged.move === undefined) return [arranged.text];
  // The case marks the option as arranging support, so it is read as a proposal, whatever its form.
  const ids = arrangementsOf(scenario, arranged.text, 'advice_with_permission', arranged.move);
  const summaries = ids.flatMap((id) => own(scenario.arrangements, id)?.summary ?? []);
  return summaries.length > 0 ? summaries : [arranged.text];
}

/** Without expert scores in the case, the domains almost every Wmo question touches. */
const DEFAULT_ZRM: readonly ZrmDomain[] = ['instrumentele_adl', 'lichamelijke_gezondheid', 'geestelijke_gezondheid', 'sociaal_netwerk'];

/** The ZRM domains a trainee scores for this case: the ones its expert scored, in the case's order. */
export function zrmDomainsOf(scenario: Scenario): ZrmDomain[] {
  const scored = Object.keys(scenario.verslag?.zrm ?? {}) as ZrmDomain[];
  return scored.length > 0 ? scored : [...DEFAULT_ZRM];
}

function zrmRows(scenario: Scenario, state: RunState, written: WrittenVerslag | undefined): ZrmRow[] {
  return Object.entries(scenario.verslag?.zrm ?? {}).flatMap(([domain, expert]) => {
    if (!expert) return [];
    const d = domain as ZrmDomain;
    const unseen = expert.facts.filter((id) => !state.revealed.includes(id)).flatMap((id) => {
      const fact = own(scenario.facts, id);
      return fact ? [clean(fact.summary)] : [];
    });
    return [{ domain: d, label: ZRM_DOMAIN_LABELS[d], own: written?.zrm[d] ?? null, expert: expert.score, reason: expert.reason, unseen }];
  });
}

function clean(text: string): string {
  return text.trim().replace(/[.!?]+$/, '');
}
