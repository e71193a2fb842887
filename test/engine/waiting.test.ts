import { describe, expect, it } from 'vitest';
import * as engine from '../../engine';
import type { Scenario } from '../../engine';
import { WAITED_DESPITE_URGENCY } from '../../engine/score/rules/critical';
import { typed } from '../calibration/strategies';
import { allCases } from '../helpers/cases';

const caseById = (id: string): Scenario => allCases().find((s) => s.id === id)!;

// Letting an urgent situation wait for the onderzoek is a knock-out (art. 2.3.3 Wmo 2015), in typed
// words too, wherever in the conversation it is said.

function criticalCodes(scenario: Scenario, lines: readonly string[]): string[] {
  let state = engine.start(scenario, { seed: 4 }).state;
  for (const line of lines) state = engine.step(scenario, state, typed(line)).state;
  return engine.score(scenario, engine.step(scenario, state, { type: 'close' }).state).critical.map((f) => f.code);
}

const OPENING = 'Goedemiddag, u spreekt met Sanne van het Wmo-loket. Vertelt u eens wat er is gebeurd?';

describe('waiting despite urgency, typed', () => {
  it.each([
    'Een logeerplek kan ik pas aanvragen na het huisbezoek en het besluit; reken maar op een paar weken.',
    'We moeten eerst het onderzoek afwachten, tot die tijd kan ik helaas niets voor u betekenen.',
    'Voor vannacht kan ik vanuit de gemeente niets betekenen, dat gaat echt niet zo snel.',
  ])('is a knock-out in the urgent phone case: "%s"', (line) => {
    expect(criticalCodes(caseById('spoedmelding-telefoon'), [OPENING, line])).toContain(WAITED_DESPITE_URGENCY);
  });

  it('is no knock-out when the same turn arranges something now', () => {
    const line = 'De vaste hulp komt pas na het onderzoek, maar vanavond nog regel ik een tijdelijke logeerplek voor u.';
    expect(criticalCodes(caseById('spoedmelding-telefoon'), [OPENING, line])).not.toContain(WAITED_DESPITE_URGENCY);
  });

  it('is no knock-out in a case where nothing is urgent', () => {
    const line = 'Een logeerplek kan ik pas aanvragen na het huisbezoek en het besluit; reken maar op een paar weken.';
    expect(criticalCodes(caseById('bakker'), [OPENING, line])).not.toContain(WAITED_DESPITE_URGENCY);
  });
});
