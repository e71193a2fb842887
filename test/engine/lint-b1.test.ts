import { describe, expect, it } from 'vitest';
import { lint } from '../../engine/analysis/lint';
import { b1Problems, lintB1, MAX_SENTENCE_WORDS, sentences } from '../../engine/analysis/lint-b1';
import { fixture } from '../helpers/cases';

const words = (n: number) => Array.from({ length: n }, (_, i) => `woord${i}`).join(' ');

describe('lint: feedback and endings at language level B1', () => {
  it.each([
    {
      check: 'a sentence over the limit',
      broken: `Je vroeg door naar zijn dag en hoorde dat hij sinds de dood van zijn vrouw de deur bijna niet meer uit komt, ook niet voor de boodschappen.`,
      fixed: 'Je vroeg door naar zijn dag. Zo hoorde je dat hij de deur bijna niet meer uit komt. Ook niet voor de boodschappen.',
      says: 'een zin van 28 woorden ("Je vroeg door naar zijn dag …")',
    },
    {
      check: 'officialese',
      broken: 'Indien hij dat wil, kan zijn dochter meekomen.',
      fixed: 'Als hij dat wil, kan zijn dochter meekomen.',
      says: '"Indien" is ambtelijke taal',
    },
    {
      check: 'officialese of more than one word, across a line break',
      broken: 'Je legde uit wat er ten behoeve\nvan haar gesprek geregeld is.',
      fixed: 'Je legde uit wat er voor haar gesprek geregeld is.',
      says: '"ten behoeve van" is ambtelijke taal',
    },
    {
      check: '"voorliggend" without a word of explanation',
      broken: 'Je keek eerst naar voorliggende voorzieningen.',
      fixed: 'Je keek eerst naar hulp die via een andere wet komt (voorliggende voorzieningen).',
      says: '"voorliggende" staat er zonder uitleg',
    },
    {
      check: 'an article number standing on its own',
      broken: 'Art. 2.3.2 lid 3 vraagt dat je haar wijst op cliëntondersteuning.',
      fixed: 'Je wees haar op gratis hulp van een onafhankelijke cliëntondersteuner (art. 2.3.2 lid 3 Wmo 2015).',
      says: '"Art. 2.3.2 lid 3" staat los in de tekst',
    },
  ])('$check: warned on the broken text, not on the fixed one', ({ broken, fixed, says }) => {
    expect(b1Problems(broken).join('\n')).toContain(says);
    expect(b1Problems(fixed)).toEqual([]);
  });

  it('counts words, not dashes, and does not end a sentence at "art."', () => {
    expect(sentences('Dat is goed — echt goed. Zie art. 2.3.2 lid 3 en verder!')).toEqual([
      { words: 5, start: 'Dat is goed — echt goed.' },
      { words: 7, start: 'Zie art. 2.3.2 lid 3 en' },
    ]);
    expect(b1Problems(`${words(MAX_SENTENCE_WORDS)}.`)).toEqual([]);
    expect(b1Problems(`${words(MAX_SENTENCE_WORDS + 1)}.`)).toHaveLength(1);
  });

  it('matches officialese as a whole word only ("conformeren" is no "conform")', () => {
    expect(b1Problems('Ze wil zich niet conformeren aan wat de buurt vindt.')).toEqual([]);
    expect(b1Problems('Dat heeft ze reeds gedaan.')).toHaveLength(1);
  });

  it('accepts "voorliggend" explained after a colon or in brackets behind it', () => {
    expect(b1Problems('Kijk eerst naar de voorliggende voorziening: hulp die via de zorgverzekering komt.')).toEqual([]);
    expect(b1Problems('Kijk eerst naar voorliggend (hulp die via een andere wet komt).')).toEqual([]);
  });

  it('names where the problem sits and reads only the trainer\'s words, not the client\'s', () => {
    const scenario = structuredClone(fixture('mini.yaml'));
    const option = scenario.points.begin!.options[0]!;
    option.reply = `${words(40)}.`;
    expect(lintB1(scenario)).toEqual([]);
    option.feedback = 'Een open vraag. Derhalve hoor je meer.';
    const [ending] = Object.keys(scenario.endings);
    scenario.endings[ending!]!.debrief = 'Je wees haar op artikel 2.3.2 van de Wmo.';
    const found = lint(scenario).filter((f) => f.message.startsWith('Taal (B1)'));
    expect(found.map((f) => `${f.severity} ${f.path.join('.')}`)).toEqual(['waarschuwing points.begin.options.0.feedback', `waarschuwing endings.${ending}.debrief`]);
    expect(found[0]!.message).toContain('bijvoorbeeld: daarom');
  });
});
