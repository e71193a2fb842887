import { describe, expect, it } from 'vitest';
import * as engine from '../../engine';
import type { Scenario } from '../../engine';
import { echoesOf } from '../../engine/text/echoes';
import { readForm } from '../../engine/text/form';
import { classify } from '../../engine/classifier';
import { typed } from '../calibration/strategies';
import { allCases } from '../helpers/cases';

const caseById = (id: string): Scenario => allCases().find((s) => s.id === id)!;

// Which of the case's sound options a typed turn says in its own words: in the opening only the
// opening's own, and in a turn of several sentences any one sentence can say it.


describe('a typed turn in the opening', () => {
  it('naming cliëntondersteuning before the onderzoek does not earn the closing agreement that also names it', () => {
    const scenario = caseById('kwetsbaar');
    let state = engine.start(scenario, { seed: 1 }).state;
    state = engine.step(scenario, state, typed('Goedemiddag mevrouw Van Dam, ik ben Jasper van het Wmo-team. Ik kom kijken hoe het thuis gaat, mag ik binnenkomen?')).state;
    expect(state.point).toBe('rechten_vooraf');
    state = engine.step(scenario, state, typed('Graag een kopje koffie, dank u. Ik kom vooral luisteren; u kunt gratis een onafhankelijke cliëntondersteuner vragen die naast u staat, en van ons gesprek schrijf ik een verslag in gewone woorden, waar u zelf iets bij mag zetten. Hoe begint uw ochtend meestal?')).state;
    const turn = state.turns.at(-1)!;
    expect(turn.echoes === null || turn.echoes.startsWith('kennismaking#') || turn.echoes.startsWith('rechten_vooraf#')).toBe(true);
    const report = engine.score(scenario, engine.step(scenario, state, { type: 'close' }).state);
    expect(report.items.filter((i) => i.turn === 2 && i.reason.includes('in je eigen woorden'))).toEqual([]);
  });
  it('is compared with the opening\'s own options only, though the same words later say the closing agreement', () => {
    const scenario = caseById('kwetsbaar');
    const text = 'Voordat we beginnen: u kunt gratis een onafhankelijke cliëntondersteuner vragen die naast u staat, en van ons gesprek schrijf ik een verslag in gewone woorden, waar u zelf iets bij mag zetten.';
    const form = readForm(text).form;
    const move = classify(text).move;
    expect(echoesOf(scenario, text, form, move, false)).toContain('afronden#1');
    expect(echoesOf(scenario, text, form, move, true)).not.toContain('afronden#1');
  });
});

describe('one sentence of a longer turn', () => {
  function playTyped(scenario: Scenario, lines: readonly string[]) {
    let state = engine.start(scenario, { seed: 2 }).state;
    for (const line of lines) state = engine.step(scenario, state, typed(line)).state;
    return engine.score(scenario, engine.step(scenario, state, { type: 'close' }).state);
  }

  it('two sound questions in one turn both count, as clicking both would', () => {
    const scenario = caseById('kwetsbaar');
    const report = playTyped(scenario, [
      'Goedemiddag mevrouw Van Dam, ik ben Jasper van het Wmo-team. Ik kom kijken hoe het thuis gaat, mag ik binnenkomen?',
      'Voordat we beginnen: u kunt gratis een onafhankelijke cliëntondersteuner vragen, en u mag zelf een plan opschrijven.',
      'Vijftig jaar, die piano! Speelt u er nog op, en wat deed u vroeger voor werk? En wie zijn er verder belangrijk voor u, wie komt er bij u over de vloer?',
    ]);
    const ownWords = report.items.filter((i) => i.turn === 3 && i.reason.includes('in je eigen woorden'));
    const piano = scenario.points.thuis!.options[3]!.score.map((s) => s.reason);
    const network = scenario.points.netwerk!.options[3]!.score.map((s) => s.reason);
    expect(ownWords.some((i) => piano.some((r) => i.reason.endsWith(r)))).toBe(true);
    expect(ownWords.some((i) => network.some((r) => i.reason.endsWith(r)))).toBe(true);
  });

  it('proposes support only when the consultant takes it on in that sentence, not when it is merely mentioned', () => {
    const scenario = caseById('spoedmelding-telefoon');
    const mentioned = 'Er bestaat tijdelijk logeren in een logeerhuis, met hulp in de nacht. Dat past wel bij u, denk ik.';
    const taken = 'Dat klinkt eng, zeker na uw val. Ik regel vandaag nog dat u vanaf morgen tijdelijk kunt logeren in een logeerhuis, tot uw vrouw weer thuis is.';
    expect(echoesOf(scenario, mentioned, readForm(mentioned).form, classify(mentioned).move)).not.toContain('spoed#2');
    expect(echoesOf(scenario, taken, readForm(taken).form, classify(taken).move)).toContain('spoed#2');
  });
});

describe('a closing summary of the plan', () => {
  it('makes the agreements it names, though the turn reads as a summary', () => {
    const scenario = caseById('bakker');
    const text = 'Dan zet ik het even op een rij: u belt Gerrit over de zaterdag en Marloes over het koken op zondag. U krijgt een verslag van dit gesprek, waar u zelf opmerkingen bij mag zetten; een aanvraag doen blijft altijd mogelijk, en tegen het besluit kunt u bezwaar maken. Over zes weken bel ik u hoe het gaat.';
    expect(readForm(text).form).toBe('summary');
    expect(echoesOf(scenario, text, 'summary', classify(text).move, false)).toContain('afronden#2');
  });
  it('a summary of what the client told is no agreement', () => {
    const scenario = caseById('bakker');
    const text = 'Als ik het samenvat: het zware werk in huis lukt niet met uw knie, u eet weinig sinds Ria er niet meer is, en de zaterdagen bij de club mist u. Klopt dat?';
    expect(echoesOf(scenario, text, readForm(text).form, classify(text).move, false).filter((ref) => ref.startsWith('afronden#') || ref.startsWith('afspraken#'))).toEqual([]);
  });
});
