import type { Rule, RuleContext } from '../types';

export const EMPTY_HANDED = 'empty_handed';

/** The other side of the dilemma: a client who needs support must not leave with nothing. */
export const emptyHanded: Rule = (ctx) => {
  const { scenario, finished, turns } = ctx;
  if (!finished || !scenario.needsSupport || arrangedSupport(ctx)) return { items: [], flags: [] };
  const last = turns.at(-1)?.record.n ?? null;
  const message = scenario.needsMaatwerk
    ? 'Deze cliënt had een maatwerkvoorziening nodig, maar bleef achter zonder passende steun.'
    : 'Deze cliënt had steun nodig, maar bleef achter zonder dat er hulp geregeld was.';
  return {
    flags: [{ turn: last, code: EMPTY_HANDED, message }],
    items: [{ turn: last, dimension: 'passende_oplossing', points: -40, reason: message, rule: 'empty_handed' }],
  };
};

export function arrangedSupport({ scenario, turns }: RuleContext): boolean {
  return turns.some(({ record, option }) => {
    if (record.move === null) return false;
    if (scenario.needsMaatwerk && record.move !== 'maatwerkvoorziening') return false;
    if (option) return option.arranges;
    // Free text that matched no option: a solution the trainee put on the table counts.
    return record.move === 'maatwerkvoorziening' || record.move === 'algemene_voorziening';
  });
}
