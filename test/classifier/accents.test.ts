import { describe, expect, it } from 'vitest';
import { normalize } from '../../engine/classifier/normalize';

// Trainees type "één", "café", "zo’n". The fast scanner reads such letters itself; a character it does not
// know (here an em dash, which is only a separator) sends a sentence down the slow path, which decomposes
// accents the long way. Both must read every sentence alike, or a turn would be read as other words.

const SLOW = ' \u2014';
const LATIN = Array.from({ length: 256 }, (_, c) => String.fromCharCode(c)).concat(['\u2018', '\u2019']);

describe('accented letters and curly apostrophes', () => {
  it.each(LATIN.map((char) => [char.charCodeAt(0).toString(16), char]))('U+%s reads as the slow path reads it', (_, char) => {
    const text = `Één ${char}café${char} zo${char}n KLOPT${char}HET ${char}`;
    expect(normalize(text)).toEqual(normalize(text + SLOW));
  });

  it('folds the letters a trainee types to the words the reader knows', () => {
    expect(normalize('Zou één dag per week helpen? Zo’n café, ’s avonds').tokens).toEqual([
      'zou', 'een', 'dag', 'per', 'week', 'helpen', 'zon', 'cafe', 's', 'avonds',
    ]);
  });
});
