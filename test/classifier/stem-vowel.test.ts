import { describe, expect, it } from 'vitest';
import { classify } from '../../engine/classifier';
import { sameWord, stem, stemVowel } from '../../engine/classifier/stem';

// Snowball undoubles vowels: "vaak" and "vak" share the stem "vak", so every sentence with "vaak"
// was about work. A stem match now also asks whether the two words can be one word.

const one = (a: string, b: string) => sameWord(stemVowel(a, stem(a)), stemVowel(b, stem(b)));

describe('one stem, one word?', () => {
  it.each([
    ['vaak', 'vak', false],
    ['maan', 'man', false],
    ['boom', 'bom', false],
    ['vak', 'vakken', true],
    ['straat', 'straten', true],
    ['dag', 'dagen', true],
    ['slaap', 'slapen', true],
    ['zoon', 'zonen', true],
    ['dochter', 'dochters', true],
  ] as const)('%s and %s: %s', (a, b, same) => {
    expect(stem(a)).toBe(stem(b));
    expect(one(a, b)).toBe(same);
  });
});

describe('topics of sentences with a stem shared by two words', () => {
  it.each([
    'Hoe vaak gaat u naar buiten?',
    'Komt uw dochter vaak langs?',
    'Hoe vaak per week eet u warm?',
    'Gebeurt dat vaker?',
  ])('"%s" is not about work', (text) => {
    expect(classify(text).topics).not.toContain('werk');
  });

  it.each([
    ['Wat was uw vak?', 'werk'],
    ['Werkte u vroeger in de bouw?', 'werk'],
    ['Woont u in een van de straten hierachter?', 'buren'],
    ['Hoe zien uw dagen eruit?', 'dagbesteding'],
    ['Slaapt u goed?', 'gezondheid'],
    ['Heeft u dochters?', 'familie'],
  ] as const)('"%s" still touches %s', (text, topic) => {
    expect(classify(text).topics).toContain(topic);
  });
});
