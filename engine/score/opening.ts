import { z } from 'zod';
import type { RuleContext, TurnContext } from './types';

// How the conversation was opened, element by element: what a client must hear before the onderzoek
// (art. 2.3.2 lid 2 and 3 Wmo 2015) and what makes the start of a keukentafelgesprek honest: who you
// are, what the conversation is for, and consent before others are involved. Read from the words of
// every turn that the case does not judge weak, clicked or typed alike.

export const OPENING_ELEMENTS = ['voorstellen', 'doel', 'toestemming', 'clientondersteuning', 'persoonlijk_plan'] as const;
export type OpeningElement = (typeof OPENING_ELEMENTS)[number];

interface ElementSpec {
  label: string;
  test: RegExp;
  /**
   * opening: only before the onderzoek means anything (the same words later are about something else);
   * early: belongs before the onderzoek, later it is noted as late; any: whenever it is said.
   */
  window: 'opening' | 'early' | 'any';
}

export const ELEMENT_SPECS: Record<OpeningElement, ElementSpec> = {
  voorstellen: {
    label: 'Jezelf voorstellen',
    test: /\bik ben\b(?! (blij|bang|benieuwd|het eens|het niet|er\b|bij\b|hier\b|zo\b|nu\b))|\bmijn naam\b|\bik heet\b|\bstel (ik )?me(zelf)? (even |eerst )?voor\b/i,
    window: 'opening',
  },
  doel: {
    label: 'Het doel van het gesprek uitleggen',
    test: /\b(samen|vandaag|dit gesprek|het gesprek)\b[^.?!]*\b(kijken|bekijken|bespreken|praten|zoeken|onderzoeken)\b|\b(doel|bedoeling) van\b|\bkom(en)? (ik |we )?(vandaag )?(kijken|praten)\b/i,
    window: 'opening',
  },
  toestemming: {
    label: 'Toestemming vragen om anderen te betrekken',
    test: /\btoestemming\b|\bgoed ?vindt\b|\bmag ik\b[^.?!]*\b(huisarts|familie|dochter|zoon|kinderen|buurvrouw|buurman|anderen|overleggen|bellen|contact)\b/i,
    window: 'any',
  },
  clientondersteuning: {
    label: 'Gratis onafhankelijke cliëntondersteuning noemen (art. 2.3.2 lid 3 Wmo 2015)',
    test: /cli[eë]ntondersteun|onafhankelijke? (ondersteuner|cli[eë]ntondersteuner)/i,
    window: 'early',
  },
  persoonlijk_plan: {
    label: 'Het persoonlijk plan noemen, binnen zeven dagen na de melding (art. 2.3.2 lid 2 Wmo 2015)',
    test: /persoonlijk plan/i,
    window: 'early',
  },
};

export const openingElementSchema = z.object({
  id: z.enum(OPENING_ELEMENTS),
  label: z.string(),
  /** op_tijd: said when it should be; laat: said only after the onderzoek began; niet: never said. */
  status: z.enum(['op_tijd', 'laat', 'niet']),
  turn: z.number().int().nullable(),
});

export const openingSchema = z.object({
  /** The turns played at the points of the opening. */
  turns: z.array(z.number().int()),
  elements: z.array(openingElementSchema),
});
export type OpeningReport = z.infer<typeof openingSchema>;

/** Whether a turn's words carry an element; a turn the case judges weak and a close carry none. */
export function says(turn: TurnContext, element: OpeningElement): boolean {
  if (turn.record.kind === 'close' || turn.judgement === 'weak') return false;
  return ELEMENT_SPECS[element].test.test(turn.record.text);
}

/** The first turn that said the element, and whether that was in time. */
export function firstSaid(turns: readonly TurnContext[], element: OpeningElement): { turn: TurnContext; inTime: boolean } | undefined {
  const { window } = ELEMENT_SPECS[element];
  const turn = turns.find((t) => (window !== 'opening' || t.early) && says(t, element));
  if (!turn) return undefined;
  return { turn, inTime: window !== 'early' || turn.early };
}

export function openingOf({ turns }: RuleContext): OpeningReport {
  return {
    turns: turns.filter((t) => t.opening).map((t) => t.record.n),
    elements: OPENING_ELEMENTS.map((id) => {
      const said = firstSaid(turns, id);
      return { id, label: ELEMENT_SPECS[id].label, status: said === undefined ? 'niet' : said.inTime ? 'op_tijd' : 'laat', turn: said?.turn.record.n ?? null };
    }),
  };
}

/** How each status reads in a debrief, in both faces. */
export const OPENING_STATUS_LABELS: Record<OpeningReport['elements'][number]['status'], string> = {
  op_tijd: 'op tijd',
  laat: 'te laat: pas na het begin van het onderzoek',
  niet: 'niet gedaan',
};

export const OPENING_STATUS_MARKS: Record<OpeningReport['elements'][number]['status'], string> = { op_tijd: '+', laat: '~', niet: '-' };
