import { optionByRef, type Rule, type RuleContext } from '../types';
import { own } from '../../own';
import { arrangedIds, echoedRefs } from '../../run/state';
import type { Arrangement } from '../../case/schema';
import type { Move } from '../../vocabulary';

export const EMPTY_HANDED = 'empty_handed';

/** The other side of the dilemma: a client who needs support must not leave with nothing. A knock-out. */
export const emptyHanded: Rule = (ctx) => {
  const { scenario, finished, turns } = ctx;
  if (!finished || !scenario.needsSupport || arrangedSupport(ctx).length > 0) return { items: [], flags: [] };
  const last = turns.at(-1)?.record.n ?? null;
  const message = scenario.needsMaatwerk
    ? 'Deze cliënt had een maatwerkvoorziening nodig, maar bleef achter zonder passende steun. Een onderzoek moet leiden tot passende ondersteuning (art. 2.3.5 Wmo 2015).'
    : 'Deze cliënt had steun nodig, maar bleef achter zonder dat er hulp geregeld was. Ook als een maatwerkvoorziening niet nodig is, moet er passende ondersteuning komen (art. 2.3.5 Wmo 2015).';
  return {
    flags: [{ turn: last, code: EMPTY_HANDED, message, critical: true }],
    items: [{ turn: last, dimension: 'passende_oplossing', points: -40, reason: message, rule: 'empty_handed' }],
  };
};

/** Which kind of support an option of a given move arranges. */
const PROVISION_OF_MOVE: Partial<Record<string, Arrangement['provision']>> = {
  eigen_kracht: 'eigen_kracht',
  netwerk: 'netwerk',
  algemene_voorziening: 'algemeen',
  maatwerkvoorziening: 'maatwerk',
};

export interface ArrangedSupport {
  turn: number;
  text: string;
  /** The kind of support, when the case or the option's move tells it. */
  provision: Arrangement['provision'] | null;
  /** For support an option arranged: that option's move (its text is the consultant's words, not a summary). */
  move?: Move;
}

/**
 * Support really arranged: an option the case marks `arranges` (typed text counts only when it was
 * taken as such an option). Naming a provision is not arranging it. In a case that needs maatwerk
 * only maatwerk counts as the support the client needed.
 */
export function arrangedSupport(ctx: RuleContext): ArrangedSupport[] {
  const all = everythingArranged(ctx);
  return ctx.scenario.needsMaatwerk ? all.filter((a) => a.provision === 'maatwerk') : all;
}

/** Everything the run arranged, whatever its kind: what a verslag must record as agreed. */
export function everythingArranged({ scenario, turns }: RuleContext): ArrangedSupport[] {
  return turns.flatMap(({ record, option }): ArrangedSupport[] => {
    const arranged = arrangedIds(record).flatMap((id) => own(scenario.arrangements, id) ?? []);
    if (arranged.length > 0) return arranged.map((a) => ({ turn: record.n, text: a.summary, provision: a.provision }));
    // An echo of a support option arranges only when the turn proposed it; a question about it does not.
    const proposed = record.form !== null && ['advice_with_permission', 'advice_without_permission', 'information', 'closed_question'].includes(record.form);
    const supports = option?.arranges ? [option] : proposed ? echoedRefs(record).flatMap((ref) => optionByRef(scenario, ref) ?? []).filter((o) => o.arranges) : [];
    return supports.map((support) => ({ turn: record.n, text: support.text, provision: PROVISION_OF_MOVE[support.move] ?? null, move: support.move }));
  });
}
