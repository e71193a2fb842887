import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { cleanup } from 'ink-testing-library';
import { formatIssue, loadGlossary, markTerms, score, start, step, termsIn, type Glossary } from '../../engine';
import { unexplainedJargon } from '../../engine/analysis/lint-jargon';
import { runModel } from '../../cli/tui/model';
import { Timeline } from '../../web/src/screens/Timeline';
import { allCases, loadFile, SCENARIOS } from '../helpers/cases';
import { runCli } from '../helpers/run-cli';
import { cases, deps, press, renderTrainer } from '../tui/helpers';

// Feedback and endings are read by volunteers (issue 14): scenarios/begrippen.yaml explains terms
// like voorliggend, LSD, ANNA, OMA and article numbers in plain Dutch; both faces show it on demand,
// the web marks a term where it first appears, and lint warns about jargon it does not explain.

afterEach(() => cleanup());

const loaded = loadGlossary(readFileSync(join(SCENARIOS, 'begrippen.yaml'), 'utf8'), 'begrippen.yaml');
if (!loaded.ok) throw new Error(loaded.issues.map(formatIssue).join('\n'));
const glossary: Glossary = loaded.glossary;
const bakker = loadFile(join(SCENARIOS, 'bakker.yaml'), 'bakker.yaml');

describe('the glossary file', () => {
  it('explains the words the issue names, in a sentence or two', () => {
    for (const word of ['voorliggend', 'LSD', 'ANNA', 'OMA', 'art. 2.3.2', 'Wlz', 'meldcode']) {
      const hits = termsIn(`Zie ${word} hier.`, glossary);
      expect(hits, word).toHaveLength(1);
      expect(glossary[hits[0]!.id]!.explanation.length).toBeGreaterThan(20);
    }
  });

  it('explains the teaching words that stay in the B1 feedback, in the forms the cases use them', () => {
    const text = 'Een reflectie op gevoel. Je reflecteert. Wederkerigheid benut. Niet goedkoopst adequaat. Een gemotiveerd nee. Zijn signaleringsplan.';
    expect(termsIn(text, glossary).map((h) => h.id)).toEqual(['reflectie', 'reflectie', 'wederkerigheid', 'goedkoopst_adequaat', 'gemotiveerd_nee', 'signaleringsplan']);
  });

  it('reads abbreviations only as written: "lsd" or "oma" in a sentence is no term', () => {
    expect(termsIn('Mijn oma gebruikte nooit lsd.', glossary)).toEqual([]);
    expect(termsIn('Denk aan LSD en aan je OMA.', glossary).map((h) => h.id)).toEqual(['lsd', 'oma']);
  });

  it('marks a term only the first time it appears', () => {
    const seen = new Set<string>();
    expect(markTerms('LSD helpt. Nog eens LSD.', glossary, seen).filter((p) => p.term)).toHaveLength(1);
    expect(markTerms('En weer LSD.', glossary, seen).filter((p) => p.term)).toHaveLength(0);
  });

  it('says where a broken entry is', () => {
    const result = loadGlossary('lsd:\n  term: LSD\n  explanation: kort\n', 'begrippen.yaml');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(formatIssue(result.issues[0]!)).toMatch(/^begrippen\.yaml:3:\d+ +lsd\.explanation +Leg het begrip uit/);
  });
});

describe('lint and jargon', () => {
  it('finds no unexplained abbreviation or article number in the feedback and endings of any shipped case', () => {
    for (const s of allCases()) expect(unexplainedJargon(s, glossary), s.id).toEqual([]);
  });

  it('warns once per case about an abbreviation the glossary does not explain', () => {
    const withoutLsd = Object.fromEntries(Object.entries(glossary).filter(([id]) => id !== 'lsd'));
    const found = unexplainedJargon(bakker, withoutLsd);
    expect(found.map((f) => f.message.split('"')[1])).toEqual(['LSD']);
    expect(found[0]!.severity).toBe('waarschuwing');
  });
});

describe('the faces', () => {
  it('web: the debrief marks LSD where it first appears and explains it under that feedback', () => {
    let state = start(bakker).state;
    const [point, option] = ['samenvatten', bakker.points.samenvatten!.options.findIndex((o) => /de kern van LSD/.test(o.feedback))];
    expect(option).toBeGreaterThanOrEqual(0);
    state = { ...state, point, visited: [point], trust: 7 };
    state = step(bakker, state, { type: 'option', option: option + 1 }).state;
    const twice = step(bakker, state, { type: 'option', option: 1 }).state;
    const html = renderToStaticMarkup(<Timeline report={score(bakker, twice)} scenario={bakker} glossary={glossary} />);
    expect(html).toContain(`<dfn class="term" title="${glossary.lsd!.explanation}">LSD</dfn>`);
    expect(html).toContain('<dt>LSD</dt>');
    expect(html.match(/<dt>LSD<\/dt>/g)).toHaveLength(1);
    // Without a glossary the feedback reads as before.
    expect(renderToStaticMarkup(<Timeline report={score(bakker, twice)} scenario={bakker} />)).not.toContain('<dfn');
  });

  it('terminal: the key u shows the terms of this case with their explanation, any key closes it', async () => {
    const t = renderTrainer(runModel(cases, bakker, start(bakker).state, null), { ...deps, glossary });
    await press(t.stdin, 'u');
    const frame = t.frame();
    expect(frame).toContain('Begrippen in deze casus');
    expect(frame).toContain('artikel');
    expect(frame).toContain('Een genummerd stukje van een wet');
    await press(t.stdin, 'x');
    expect(t.frame()).not.toContain('Begrippen in deze casus');
  });

  it('terminal: `kanteltrainer begrippen [woord]` prints the list, or says nothing matched', () => {
    const all = runCli(['begrippen']);
    expect(all.code).toBe(0);
    expect(all.stdout).toContain('voorliggende voorziening\n  Hulp die eerst komt');
    const one = runCli(['begrippen', 'anna']);
    expect(one.stdout).toContain('Altijd Navragen, Nooit Aannemen');
    expect(one.stdout).not.toContain('voorliggende voorziening');
    const none = runCli(['begrippen', 'qqq']);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('Geen begrip gevonden met "qqq"');
    // Its help names the key that opens the list in the trainer (? opens the keys' help instead).
    expect(runCli(['begrippen', '--help']).stdout).toMatch(/de toets u de begrippen/);
  });
});
