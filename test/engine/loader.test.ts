import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIssue, loadCase } from '../../engine';
import { ROOT } from '../helpers/cases';

const base = readFileSync(join(ROOT, 'test', 'fixtures', 'mini.yaml'), 'utf8');

function issuesFor(text: string): string[] {
  const result = loadCase(text, 'mini.yaml');
  return result.ok ? [] : result.issues.map(formatIssue);
}

/** A mutation of the valid fixture, checked to actually change something. */
function edit(from: string | RegExp, to: string): (t: string) => string {
  return (t) => {
    const out = t.replace(from, to);
    if (out === t) throw new Error(`mutation found nothing to replace: ${String(from)}`);
    return out;
  };
}

const MOVES_LIST = 'verhelderen, eigen_kracht, netwerk, brede_blik, algemene_voorziening, maatwerkvoorziening, afspraak, overig';

const table: [string, (t: string) => string, string[]][] = [
  ['a tab used to indent', edit('  name: Mevrouw Jansen', '\tname: Mevrouw Jansen'), [
    'mini.yaml:9:1  (yaml)  Hier staat een tab. Spring in met spaties.',
    'mini.yaml:10:8  (yaml)  Een veld staat verkeerd ingesprongen of mist een dubbele punt.',
    'mini.yaml:11:14  (yaml)  Een veld staat verkeerd ingesprongen of mist een dubbele punt.',
  ]],
  // The parser trips over the line before (name), but the slip is on the line of age.
  ['an extra space of indent', edit('  age: 80', '   age: 80'), [
    'mini.yaml:10:4  (yaml)  De inspringing klopt niet: deze regel begint met 3 spaties, de andere regels op dit niveau met 2. Gebruik spaties (geen tabs) en lijn velden op gelijke hoogte uit.',
  ]],
  ['an unclosed quote, pointed at where it opens', edit('title: Proefcasus', 'title: "Proefcasus'), [
    'mini.yaml:3:8  (yaml)  Hier mist een teken, bijvoorbeeld een afsluitend aanhalingsteken of haakje.',
  ]],
  ['a duplicate key', edit('trust: 3\nfacts:', 'trust: 3\ntrust: 4\nfacts:'), [
    'mini.yaml:15:1  (yaml)  Deze naam staat twee keer in dezelfde groep. Geef elke naam maar één keer.',
  ]],
  ['a js/function tag', edit('title: Proefcasus', 'title: !!js/function "function(){}"'), [
    'mini.yaml:3:22  (yaml)  YAML-tags zoals "!!js/function" zijn niet toegestaan; een casus bevat alleen tekst, getallen en lijsten.',
  ]],
  ['a local tag', edit('title: Proefcasus', 'title: !eval Proefcasus'), [
    'mini.yaml:3:14  (yaml)  YAML-tags zoals "!eval" zijn niet toegestaan; een casus bevat alleen tekst, getallen en lijsten.',
  ]],
  ['an option without a move', edit('voor u.\n        move: maatwerkvoorziening\n', 'voor u.\n'), [
    `mini.yaml:41:9  points.begin.options[1].move  "move" ontbreekt; kies uit: ${MOVES_LIST}.`,
  ]],
  ['a misspelt move', edit('move: eigen_kracht\n        reply: Alles, alleen langzaam.\n        feedback: Eigen kracht verkend.', 'move: eigenkracht\n        reply: Alles, alleen langzaam.\n        feedback: Eigen kracht verkend.'), [
    `mini.yaml:63:15  points.netwerk.options[1].move  "eigenkracht" kan hier niet; kies uit: ${MOVES_LIST}. Bedoelde je "eigen_kracht"?`,
  ]],
  ['a misspelt field', edit('    options:\n      - text: Vertelt', '    optoins:\n      - text: Vertelt'), [
    'mini.yaml:33:5  points.begin.options  "options" ontbreekt; hier hoort een lijst (regels die beginnen met "- ").',
    'mini.yaml:34:5  points.begin.optoins  Onbekend veld "optoins". Bedoelde je "options"?',
  ]],
  ['an unknown next point', edit('next: netwerk', 'next: netwerken'), [
    'mini.yaml:40:15  points.begin.options[0].next  Onbekend beslismoment "netwerken". Bedoelde je "netwerk"?',
  ]],
  // A newcomer's way to end the conversation: told to write close: true, and shown the points there are.
  ['next: afronden where close: true was meant', edit('next: netwerk', 'next: afronden'), [
    'mini.yaml:40:15  points.begin.options[0].next  Onbekend beslismoment "afronden". Moet het gesprek na deze optie eindigen? Schrijf dan close: true in plaats van next: afronden. De beslismomenten in deze casus: begin, netwerk, gezondheid, afsluiten, nazorg.',
  ]],
  ['an unknown next point like none of the others', edit('next: netwerk', 'next: zomaar'), [
    'mini.yaml:40:15  points.begin.options[0].next  Onbekend beslismoment "zomaar". De beslismomenten in deze casus: begin, netwerk, gezondheid, afsluiten, nazorg.',
  ]],
  ['an unknown ending', edit('ending: zwak', 'ending: slecht'), [
    'mini.yaml:115:17  points.afsluiten.options[2].ending  Onbekend einde "slecht".',
  ]],
  ['an unknown fact', edit('reveals: [dochter]', 'reveals: [dochters]'), [
    'mini.yaml:60:19  points.netwerk.options[0].reveals[0]  Onbekend feit "dochters". Bedoelde je "dochter"?',
  ]],
  ['an unreachable point', edit('next: nazorg', 'close: true'), [
    'mini.yaml:117:5  points.nazorg  Beslismoment "nazorg" is onbereikbaar: geen optie leidt ernaartoe vanaf "begin".',
  ]],
  ['a way back to an earlier point', (t) => edit('ending: zwak', 'next: begin')(t.replace(/close: true/g, 'next: begin')), [
    'mini.yaml:124:15  points.nazorg.options[0].next  Deze optie leidt terug naar "begin", waar het gesprek al langskwam: zo kan het eindeloos rondgaan. Laat het gesprek vooruit lopen, bijvoorbeeld naar een nieuw beslismoment.',
  ]],
  ['a fact no move can reveal', (t) => edit('reveals: [dochter]', 'reveals: []')(edit('moves: [netwerk]', 'moves: []')(t)), [
    'mini.yaml:20:12  facts.dochter.moves  Geen enkele move of optie kan dit feit naar boven halen. Noem moves bij het feit of zet het bij reveals van een optie.',
  ]],
  ['an option with two exits', edit('next: gezondheid\n      - text: Wat doet', 'next: gezondheid\n        close: true\n      - text: Wat doet'), [
    'mini.yaml:55:9  points.netwerk.options[0]  Deze optie heeft meer dan één vervolg. Kies precies één van: next, close of ending.',
  ]],
  ['an option with no exit', edit('vallen. }\n        next: afsluiten', 'vallen. }'), [
    'mini.yaml:75:9  points.gezondheid.options[0]  Deze optie leidt nergens heen. Geef precies één van: next (volgend moment), close: true (afronden) of ending (vast einde).',
  ]],
  ['text where a number belongs', edit('age: 80', 'age: tachtig'), [
    'mini.yaml:10:8  client.age  Hier hoort een getal te staan, maar er staat tekst ("tachtig").',
  ]],
  ['a point with two options', edit(/      - text: Dan zijn we snel klaar\.[\s\S]*?close: true\n/, ''), [
    'mini.yaml:35:7  points.begin.options  Geef minstens drie opties bij een beslismoment.',
  ]],
  ['an empty file', () => '', ['mini.yaml:1:1  (bestand)  Het bestand is leeg. Begin met id, title en de andere velden van een casus.']],
  ['a missing fallback move', edit('  overig: { replies: [Ja.] }\n', ''), [
    'mini.yaml:136:3  fallback.overig  "overig" ontbreekt; hier hoort een groep velden (naam: waarde).',
  ]],
  ['an unknown fact in an ending condition', edit('when: { minFound: 2,', 'when: { found: [dochterr], minFound: 2,'), [
    'mini.yaml:149:21  endings.sterk.when.found[0]  Onbekend feit "dochterr". Bedoelde je "dochter"?',
  ]],
  ['an alias bomb', () => `a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [${'*a,'.repeat(9)}]\nc: &c [${'*b,'.repeat(9)}]\nd: [${'*c,'.repeat(60)}]\n`, [
    'mini.yaml:1:1  (yaml)  Dit bestand gebruikt te veel verwijzingen (*naam).',
  ]],
  ['a list instead of a case', () => '- a\n- b\n', ['mini.yaml:1:1  (bestand)  Hier hoort een groep velden (naam: waarde) te staan, maar er staat een lijst.']],
];

describe('loadCase', () => {
  it('accepts the valid fixture', () => {
    expect(issuesFor(base)).toEqual([]);
  });

  it.each(table)('locates %s', (_name, mutate, expected) => {
    expect(issuesFor(mutate(base))).toEqual(expected);
  });

  it('never throws, whatever bytes it is given', () => {
    for (const text of ['\u0000', ':::', '{', '[1,2', 'id: [', '? a\n: b', '%YAML 9\n---\na: 1', '--- a\n--- b', 'a: *nope']) {
      expect(() => loadCase(text, 'x.yaml')).not.toThrow();
      expect(loadCase(text, 'x.yaml').ok).toBe(false);
    }
  });

  it('answers any damaged version of a case with located issues, never an exception', () => {
    const lines = base.split('\n');
    const damage = fc.record({ at: fc.nat({ max: lines.length - 1 }), cut: fc.nat({ max: 40 }), insert: fc.string({ maxLength: 6 }) });
    fc.assert(
      fc.property(fc.array(damage, { minLength: 1, maxLength: 4 }), (edits) => {
        const copy = [...lines];
        for (const { at, cut, insert } of edits) {
          const line = copy[at] ?? '';
          copy[at] = line.slice(0, cut) + insert + line.slice(cut + insert.length);
        }
        const result = loadCase(copy.join('\n'), 'mini.yaml');
        if (result.ok) return;
        for (const issue of result.issues) {
          expect(issue.line).toBeGreaterThanOrEqual(1);
          expect(issue.column).toBeGreaterThanOrEqual(1);
          expect(issue.message.length).toBeGreaterThan(10);
          expect(issue.message).not.toMatch(/at .*\.ts:\d+/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
