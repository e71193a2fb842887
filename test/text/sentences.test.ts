import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sentences } from '../../engine/text/sentences';

// A turn is split into sentences by a scan; it must split exactly where white space follows . ? ! or ;
// (what a look-behind regex split did), whatever white space the trainee's keyboard produces.

const bySplit = (text: string) => text.split(/(?<=[.?!;])\s+/).map((s) => s.trim()).filter((s) => s.length > 0);

describe('the sentences of a typed turn', () => {
  it.each([
    ['Voor de ochtenden de wijkverpleging. En op dinsdag de buurtbus.', ['Voor de ochtenden de wijkverpleging.', 'En op dinsdag de buurtbus.']],
    ['Hoe gaat het?Goed.', ['Hoe gaat het?Goed.']],
    ['Eerst dit;\tdan dat!  En verder?\n', ['Eerst dit;', 'dan dat!', 'En verder?']],
    ['Ja.\u00a0Nee.\u3000Misschien.', ['Ja.', 'Nee.', 'Misschien.']],
    ['   ', []],
  ])('%j', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('splits any text where the regex split did', () => {
    const piece = fc.constantFrom('a', 'b', ' ', '.', '?', '!', ';', ',', '\n', '\t', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u200b', '\u2028');
    fc.assert(fc.property(fc.array(piece, { maxLength: 20 }).map((p) => p.join('')), (text) => {
      expect(sentences(text)).toEqual(bySplit(text));
    }), { numRuns: 5000 });
  });
});
