import { describe, expect, it } from 'vitest';
import * as engine from '../../engine';
import type { Scenario } from '../../engine';
import { typed } from '../calibration/strategies';
import { allCases } from '../helpers/cases';

const caseById = (id: string): Scenario => allCases().find((s) => s.id === id)!;

// Exploring first and proposing afterwards is credited to a typed conversation as to a clicked one, also
// when the first proposal is one the reader takes for a network question (the network is a solution too).

describe('exploring before proposing, typed', () => {
  it('credits a first proposal that arranges help from the network after the exploring', () => {
    const scenario = caseById('bakker');
    let state = engine.start(scenario, { seed: 5 }).state;
    for (const line of [
      'Goedemiddag meneer Bakker, ik ben Femke van de gemeente. Ik kom samen met u kijken hoe het gaat en wat u nodig heeft.',
      'Vooraf: u kunt gratis een onafhankelijke cliëntondersteuner vragen, en u mag binnen zeven dagen zelf een plan opschrijven.',
      'Hoe ziet een gewone dag er voor u uit, sinds Ria er niet meer is?',
      'Wat doet u in huis nog zelf, en waar loopt u tegenaan?',
      'U mist de zaterdagen bij de club, hoor ik. Wat betekende dat voor u?',
      'Wie zijn er verder belangrijk voor u, wie komt er bij u over de vloer?',
      'Gerrit bood aan u op te halen. Wat zou u ervan vinden om Gerrit te bellen, zodat hij u zaterdag meeneemt naar de club?',
    ]) state = engine.step(scenario, state, typed(line)).state;
    const report = engine.score(scenario, engine.step(scenario, state, { type: 'close' }).state);
    expect(state.turns.at(-1)!.arranges).not.toBeNull();
    expect(report.items.some((i) => i.rule === 'exploration_first' && i.points > 0)).toBe(true);
  });
});
