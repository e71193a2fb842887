import { describe, expect, it } from 'vitest';
import * as engine from '../../engine';
import type { Scenario } from '../../engine';
import { typed } from '../calibration/strategies';
import { allCases } from '../helpers/cases';

const caseById = (id: string): Scenario => allCases().find((s) => s.id === id)!;

// A pitfall of the case said in the trainee's own words counts where it is said, also when the
// conversation is not at that pitfall's point; thanks at the end and good questions near the subject never do.

function report(scenario: Scenario, lines: readonly string[]) {
  let state = engine.start(scenario, { seed: 6 }).state;
  for (const line of lines) state = engine.step(scenario, state, typed(line)).state;
  return engine.score(scenario, engine.step(scenario, state, { type: 'close' }).state);
}

describe('a pitfall typed at another point', () => {
  it('costs what the case says it costs', () => {
    const scenario = caseById('nieuwkomer-tolk');
    const said = report(scenario, [
      'Goedemiddag, ik ben Joost van de gemeente. Goed, Karim, dan vertaalt u voor uw moeder. Een tolk aan de telefoon maakt het alleen maar stijf en ingewikkeld, en het kost extra.',
    ]);
    expect(said.items.some((i) => i.turn === 1 && i.points < 0 && i.reason.includes('in je eigen woorden'))).toBe(true);
  });

  it('is not a closing thanks, nor an open question about the same person', () => {
    const scenario = caseById('kwetsbaar');
    const said = report(scenario, [
      'Goedemiddag mevrouw Van Dam, ik ben Jasper van het Wmo-team. Ik kom kijken hoe het thuis gaat, mag ik binnenkomen?',
      'Fijn dat uw neef helpt. Wat doet hij precies met de bank, en wanneer was hij hier voor het laatst?',
      'Dank u wel voor de koffie en uw vertrouwen, mevrouw Van Dam.',
    ]);
    expect(said.items.filter((i) => i.points < 0 && i.reason.includes('in je eigen woorden'))).toEqual([]);
  });
});
