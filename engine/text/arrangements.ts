import { judgeOption } from '../case/judgement';
import type { Scenario } from '../case/schema';
import type { Move } from '../vocabulary';
import type { Form } from './form';
import { containment, makeIdf, profile, similarity, type Idf, type Profile } from './similarity';

// Support a typed proposal arranges: the case's own `arranges` options (anywhere in the case) are its
// catalogue of real support for this client. A typed proposal that says one of them counts as
// arranging it; naming some provision the case does not offer counts for nothing.

/** Share of an arrangement's content words (by rarity) a typed proposal must contain… */
export const ARRANGE_CONTAINMENT = 0.35;
/** …or its similarity with the arrangement's text or an example. */
export const ARRANGE_SIMILARITY = 0.25;

const PROPOSING: ReadonlySet<Form> = new Set(['advice_with_permission', 'advice_without_permission', 'information', 'closed_question', 'open_question']);

interface Arrangement {
  ref: string;
  maatwerk: boolean;
  variants: Profile[];
}

const catalogues = new WeakMap<Scenario, { items: Arrangement[]; idf: Idf }>();

function catalogue(scenario: Scenario): { items: Arrangement[]; idf: Idf } {
  let found = catalogues.get(scenario);
  if (!found) {
    const items: Arrangement[] = [];
    const all: Profile[] = [];
    for (const [pointId, point] of Object.entries(scenario.points)) {
      point.options.forEach((option, i) => {
        const variants = [option.text, ...option.examples].map(profile);
        all.push(...variants);
        if (!option.arranges || judgeOption(option) === 'weak') return;
        items.push({ ref: `${pointId}#${i + 1}`, maatwerk: option.move === 'maatwerkvoorziening', variants });
      });
    }
    found = { items, idf: makeIdf(all) };
    catalogues.set(scenario, found);
  }
  return found;
}

const SOLUTION_MOVES: ReadonlySet<Move> = new Set(['algemene_voorziening', 'maatwerkvoorziening', 'afspraak', 'netwerk']);

/** The arrangement (point#option) a typed proposal says, or null. Only a proposal counts: a solution, an agreement or a network plan. */
export function arrangementSaid(scenario: Scenario, text: string, form: Form | null, move: Move): string | null {
  if (form === null || !PROPOSING.has(form) || !SOLUTION_MOVES.has(move)) return null;
  const { items, idf } = catalogue(scenario);
  const typed = profile(text);
  let best: { ref: string; value: number } | null = null;
  for (const item of items) {
    for (const v of item.variants) {
      // A short variant ("Er is een buurtbus.") is contained in any mention: only fuller ones count that way.
      const c = v.stems.size >= 3 ? containment(typed, v, idf) : 0;
      const s = similarity(typed, v, idf);
      const value = Math.max(c >= ARRANGE_CONTAINMENT ? c : 0, s >= ARRANGE_SIMILARITY ? s + 0.2 : 0);
      if (value > 0 && (!best || value > best.value)) best = { ref: item.ref, value };
    }
  }
  return best?.ref ?? null;
}
