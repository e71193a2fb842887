import { describe, expect, it } from 'vitest';
import * as engine from '../../engine';
import type { Scenario } from '../../engine';
import { arrangementsOf } from '../../engine/text/echoes';
import { readForm } from '../../engine/text/form';
import { typed } from '../calibration/strategies';
import { allCases } from '../helpers/cases';

const caseById = (id: string): Scenario => allCases().find((s) => s.id === id)!;

// What a consultant typed, read as it was said: the form of a whole turn, every proposal in it, and
// a legal error wherever in the conversation it was made.

function play(scenario: Scenario, lines: readonly string[]) {
  let state = engine.start(scenario, { seed: 3 }).state;
  for (const line of lines) state = engine.step(scenario, state, typed(line)).state;
  state = engine.step(scenario, state, { type: 'close' }).state;
  return { state, report: engine.score(scenario, state) };
}

describe('the form of a typed turn', () => {
  it('an announced summary with a check at the end is a summary, not a yes/no question', () => {
    expect(readForm('Mag ik even samenvatten? U mist Ria, u eet slecht en u komt weinig buiten. Klopt dat?').form).toBe('summary');
    expect(readForm('Dank u. Ik vat samen: uw rug laat zwaar werk niet toe, u bent moe en de post stapelt zich op. Klopt dat, en mag ik opschrijven waar ik kansen zie?').form).toBe('summary');
    expect(readForm('Mag ik samenvatten wat ik hoor?').form).toBe('closed_question');
  });

  it('a list of procedure is information, and a proposal with "hoe zou dat voor u zijn?" asks permission', () => {
    expect(readForm('U krijgt binnen een week het verslag. U kunt kiezen tussen zorg in natura en een pgb, en er is een kleine eigen bijdrage via het CAK.').form).toBe('information');
    expect(readForm('Voor de bezoekjes kunt u een vrijwillige chauffeur bellen, en er is de regiotaxi. Hoe zou dat voor u zijn?').form).toBe('advice_with_permission');
  });
});

describe('support arranged in typed words', () => {
  it('two proposals in one turn are both arranged', () => {
    const scenario = caseById('mantelzorger');
    const text = 'Voor het douchen kan de wijkverpleging komen; dat betaalt de zorgverzekering. En ik vraag een ergotherapeut aan die bij jullie naar de trap kijkt; als een traplift veilig blijft, kunt u die als maatwerkvoorziening aanvragen.';
    const said = readForm(text);
    expect(arrangementsOf(scenario, text, said.form, 'maatwerkvoorziening').sort()).toEqual(['wijkverpleging_ochtend', 'woonvoorziening']);
  });

  it('a question about support arranges nothing', () => {
    const scenario = caseById('mantelzorger');
    expect(arrangementsOf(scenario, 'Wat weet u al van de wijkverpleging?', 'open_question', 'algemene_voorziening')).toEqual([]);
  });
});

describe('turning support down on the ground of gebruikelijke hulp', () => {
  const refusal = 'Wat u voor uw man doet, is gebruikelijke hulp; daarom kan de gemeente geen dagbesteding of begeleiding inzetten, ook als het u zwaar valt.';

  it('is a knock-out where the case marks it, said at any moment', () => {
    const { report, state } = play(caseById('mantelzorger'), ['Hoe gaat het met u, mevrouw Smit?', refusal]);
    expect(report.critical.map((f) => f.code)).toContain('gebruikelijke_hulp_als_weigering');
    expect(report.overall).toBeLessThanOrEqual(40);
    expect(caseById('mantelzorger').endings[state.ending!]!.quality).toBe('zwak');
  });

  it('is not a knock-out where a housemate can lawfully be expected to help', () => {
    const { report } = play(caseById('gemotiveerd-nee'), ['Hoe gaat het met u?', refusal]);
    expect(report.critical.map((f) => f.code)).not.toContain('gebruikelijke_hulp_als_weigering');
  });

  it('explaining where gebruikelijke hulp stops is no refusal', () => {
    const { report } = play(caseById('mantelzorger'), ['Gebruikelijke hulp houdt op waar u overbelast raakt; daarom kijken we juist ook naar wat u nodig heeft.']);
    expect(report.critical.map((f) => f.code)).not.toContain('gebruikelijke_hulp_als_weigering');
  });
});

describe('questions with examples', () => {
  it('a question word with examples joined by "of" stays open; a choice stays closed', () => {
    expect(readForm('Hoe komt u nu ergens, bijvoorbeeld bij uw zus of in het dorp?').form).toBe('open_question');
    expect(readForm('Wat lukt Sem al wel zelf onderweg, op de fiets of met de bus?').form).toBe('open_question');
    expect(readForm('Wat heeft u liever, de bus of de taxi?').form).toBe('closed_question');
    expect(readForm('Welke dag past beter, dinsdag of donderdag?').form).toBe('closed_question');
  });
});
