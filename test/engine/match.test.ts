import { describe, expect, it } from 'vitest';
import { matchPoint, type Point } from '../../engine';
import { pointSchema } from '../../engine/case/schema';

type OptionInput = { text: string; move: Point['options'][number]['move']; examples?: string[]; score?: { dimension: 'vraagverheldering'; points: number; reason: string }[]; flag?: { code: string; message: string } };

function point(options: OptionInput[]): Point {
  return pointSchema.parse({
    client: 'Het gaat wel, hoor.',
    options: options.map((o) => ({ feedback: 'Uitleg voor de trainee bij deze keuze.', close: true, ...o })),
  });
}

const bad = [{ dimension: 'vraagverheldering' as const, points: -10, reason: 'Confronterend' }];
const here = point([
  {
    text: 'U zegt dat het gaat. Vertelt u eens hoe zo\'n ochtend bij u verloopt?',
    move: 'verhelderen',
    examples: ['Hoe ziet een gewone ochtend er bij u uit?', 'Neemt u me eens mee door uw ochtend.', 'Wat doet u zoal als u opstaat?'],
  },
  {
    text: 'Uw dochter vindt dat het niet meer gaat. Waarom ziet u dat zelf anders?',
    move: 'verhelderen',
    examples: ['Ellen maakt zich zorgen, waarom bent u het daar niet mee eens?', 'Uw dochter zegt iets heel anders dan u.'],
    score: bad,
  },
  {
    text: 'Kunt u nog zelf douchen, koken en de trap op?',
    move: 'eigen_kracht',
    examples: ['Lukt douchen nog?', 'Gaat de trap nog?', 'Kookt u nog zelf?'],
    flag: { code: 'checklist', message: 'Gesloten vragen als afvinklijst.' },
  },
]);
const reading = (text: string, move: OptionInput['move'] = 'verhelderen') => ({ text, move, topics: [] });

describe('matching typed text to an option by meaning', () => {
  it('always takes an option typed word for word, also a pitfall', () => {
    expect(matchPoint(here, reading('Kunt u nog zelf douchen, koken en de trap op?', 'overig'))).toMatchObject({ option: 3, kind: 'verbatim' });
    expect(matchPoint(here, reading('uw dochter vindt dat het niet meer gaat waarom ziet u dat zelf anders')).option).toBe(2);
  });

  it('takes a sound option when the sentence says what it or its examples say', () => {
    expect(matchPoint(here, reading('Hoe verloopt een ochtend bij u eigenlijk?'))).toMatchObject({ option: 1, kind: 'meaning' });
  });

  it('never hands a good sentence a pitfall because the move or a word fits', () => {
    // Mentions the daughter, a question like the pitfall's, but asks about her view with respect.
    expect(matchPoint(here, reading('Hoe kijkt u zelf naar hoe het nu gaat?')).option).not.toBe(2);
    expect(matchPoint(here, reading('Wie helpt u weleens, uw dochter misschien?', 'netwerk')).option).toBeUndefined();
  });

  it('takes nothing for a sentence about something else', () => {
    expect(matchPoint(here, reading('Wat een mooie foto van uw kleinkinderen.', 'overig'))).toMatchObject({ option: undefined, kind: 'none' });
  });
});
