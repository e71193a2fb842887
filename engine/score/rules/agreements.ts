import type { Rule } from '../types';

export const NO_AGREEMENTS = 'geen_afspraken';

export const agreements: Rule = ({ finished, turns }) => {
  if (!finished || turns.some(({ record }) => record.move === 'afspraak')) return { items: [], flags: [] };
  const last = turns.at(-1)?.record.n ?? null;
  const message = 'Het gesprek eindigde zonder concrete afspraken, verslag of nazorg.';
  return {
    flags: [{ turn: last, code: NO_AGREEMENTS, message }],
    items: [{ turn: last, dimension: 'afspraken', points: -10, reason: message, rule: 'agreements' }],
  };
};
