import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { loadCase, score, start, step, type RunState, type Scenario } from '../../engine';
import { unnamedSpeakers } from '../../engine/analysis/lint-speakers';
import { spokenParts } from '../../engine/run/speakers';
import { transcript } from '../../engine/run/transcript';
import { voiceMessages } from '../../node/model';
import { Chat } from '../../web/src/screens/Chat';
import { Timeline } from '../../web/src/screens/Timeline';
import { loadFile, localValues, SCENARIOS } from '../helpers/cases';

// When someone other than the client talks (neighbour Fatima in kwetsbaar, Ruud in mantelzorger,
// mother Ans in zorgboerderij), the line carries that person's name everywhere it is shown.

const kwetsbaar: Scenario = loadFile(join(SCENARIOS, 'kwetsbaar.yaml'), 'kwetsbaar.yaml');
const truus = { client: { name: 'Truus van Dam' }, speakers: { fatima: { name: 'Fatima', role: 'buurvrouw' } } } as unknown as Scenario;

/** The state at the point where Fatima comes in, after choosing her first option there. */
function fatimaJoins(): { at: RunState; after: RunState } {
  const at: RunState = { ...start(kwetsbaar, { seed: 1 }).state, point: 'buurvrouw', visited: ['buurvrouw'] };
  return { at, after: step(kwetsbaar, at, { type: 'option', option: 1 }).state };
}

describe('who is speaking in a line of case text', () => {
  it.each([
    ['Fatima: Ik kijk elke avond even.', [['Fatima', 'Ik kijk elke avond even.']]],
    ['Truus: Kom erbij, kind. Fatima: (Ze gaat zitten.) Meer lukt me niet.', [[null, 'Kom erbij, kind.'], ['Fatima', '(Ze gaat zitten.) Meer lukt me niet.']]],
    ['Fatima (zacht, op de gang): Het gaat niet goed.', [['Fatima', '(zacht, op de gang) Het gaat niet goed.']]],
    ['(Er wordt geklopt.) Fatima: Truus? O, je hebt bezoek.', [[null, '(Er wordt geklopt.)'], ['Fatima', 'Truus? O, je hebt bezoek.']]],
    ['Dat briefje heeft Fatima: opgehangen, zei ze.', [[null, 'Dat briefje heeft Fatima: opgehangen, zei ze.']]],
    ['Ik weet het niet. Ze zei: kom maar.', [[null, 'Ik weet het niet. Ze zei: kom maar.']]],
    ['Fatima: Ik ga. Mevrouw Van Dam: Dag lieverd.', [['Fatima', 'Ik ga.'], [null, 'Dag lieverd.']]],
  ])('%s', (text, parts) => {
    expect(spokenParts(truus, text).map((p) => [p.speaker, p.text])).toEqual(parts);
  });
});

describe('Fatima in kwetsbaar', () => {
  it('is named in the chat every face builds from the run', () => {
    const { at, after } = fatimaJoins();
    const opening = transcript(kwetsbaar, at).at(-1)!;
    expect(opening).toMatchObject({ who: 'client', speaker: 'Fatima' });
    expect(opening.text).toMatch(/^Truus\? O, je hebt bezoek/);
    const lines = transcript(kwetsbaar, after);
    const truusSays = lines.findIndex((l) => l.text === 'Kom erbij, kind.');
    expect(lines[truusSays]!.speaker).toBeUndefined();
    expect(lines[truusSays + 1]).toMatchObject({ who: 'client', speaker: 'Fatima' });
    expect(lines[truusSays + 1]!.text).toMatch(/^\(Ze gaat op het puntje van een stoel zitten\.\) Ik kijk elke avond/);
  });

  it('is named in the web chat and in the debrief timeline, not folded into the client\'s words', () => {
    const { after } = fatimaJoins();
    const chat = renderToStaticMarkup(<Chat clientName={kwetsbaar.client.name} lines={transcript(kwetsbaar, after)} />);
    expect(chat).toContain('<span class="speaker">Fatima</span>');
    expect(chat).not.toContain('Fatima: ');
    const timeline = renderToStaticMarkup(<Timeline report={score(kwetsbaar, after)} scenario={kwetsbaar} />);
    expect(timeline).toContain('<p class="reply">Fatima: (Ze gaat op het puntje van een stoel zitten.)');
    expect(timeline).toContain(`<p class="reply">${kwetsbaar.client.name}: Kom erbij, kind.</p>`);
  });

  it('is named to the language model, with who she is, so it does not put her words in Truus\'s mouth', () => {
    const { at } = fatimaJoins();
    const result = step(kwetsbaar, at, { type: 'option', option: 1 });
    const system = String(voiceMessages(kwetsbaar, result.state, result.events)[0]!.content);
    expect(system).toContain('Fatima (buurvrouw van beneden');
    expect(system).toContain('"Truus:"');
    const bakker = loadFile(join(SCENARIOS, 'bakker.yaml'), 'bakker.yaml');
    const alone = step(bakker, start(bakker).state, { type: 'option', option: 1 });
    expect(String(voiceMessages(bakker, alone.state, alone.events)[0]!.content)).not.toContain('Behalve jij');
  });
});

describe('lint', () => {
  it('warns when a line starts with a name the case does not list under speakers', () => {
    const text = readFileSync(join(SCENARIOS, 'kwetsbaar.yaml'), 'utf8').replace(/^speakers:\n(  .*\n)+/m, '');
    const loaded = loadCase(text, 'kwetsbaar.yaml', { local: localValues() });
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const found = unnamedSpeakers(loaded.scenario);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.message).toContain('"Fatima:"');
    expect(unnamedSpeakers(kwetsbaar)).toEqual([]);
  });
});
