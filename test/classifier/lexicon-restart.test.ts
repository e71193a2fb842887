import { describe, expect, it } from 'vitest';
import { classify } from '../../engine/classifier';
import { lexiconGeneration, readWords } from '../../engine/classifier/normalize';
import { forgetProfiles, profile } from '../../engine/text/similarity';

// Each distinct word gets a number, and the readers keep what they know of a word by that number. Free
// text without end fills the lexicon; it then starts over and the numbers mean other words. A reader
// that kept its old tables would read a sentence as other words.

const SENTENCES = [
  'Hoe gaat het nu met de boodschappen?',
  'Wat vindt u van een scootmobiel uit de pool?',
  'U zegt dat uw dochter veel helpt, maar dat het haar zwaar valt.',
  'Ik vraag huishoudelijke hulp voor u aan.',
];

function readings(): unknown[] {
  forgetProfiles(SENTENCES);
  return SENTENCES.map((text) => ({ read: classify(text), stems: [...profile(text).stems] }));
}

describe('the lexicon of typed words, once full', () => {
  it('starts over without changing how any sentence is read', () => {
    const before = readings();
    const generation = lexiconGeneration();
    let n = 0;
    while (lexiconGeneration() === generation) {
      readWords(Array.from({ length: 200 }, () => `zq${(n++).toString(36)}`).join(' '));
    }
    expect(readings()).toEqual(before);
  });
});
