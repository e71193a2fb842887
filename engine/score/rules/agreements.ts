import { isCritical } from '../../case/judgement';
import { refusesApplicationInText } from '../refusal';
import type { Rule } from '../types';

export const NO_AGREEMENTS = 'geen_afspraken';

export const agreements: Rule = ({ finished, turns }) => {
  // A knock-out read as an agreement (a refused aanvraag) is no agreement.
  // What the opening explains about the conversation is no agreement about its outcome.
  const agreed = turns.some(({ record, option, opening }) => !opening && record.move === 'afspraak' && !(option ? isCritical(option) : refusesApplicationInText(record.text)));
  if (!finished || agreed) return { items: [], flags: [] };
  const last = turns.at(-1)?.record.n ?? null;
  const message = 'Het gesprek eindigde zonder concrete afspraken, verslag of nazorg.';
  return {
    flags: [{ turn: last, code: NO_AGREEMENTS, message }],
    items: [{ turn: last, dimension: 'afspraken', points: -10, reason: message, rule: 'agreements' }],
  };
};
