import { lexiconGeneration, readWords, type WordsRead } from './normalize';
import { TextCache } from './text-cache';

// A typed turn is read by the move reader (in the face) and then, with the same text, matched against the
// case (in step): both start from its words, read once. Case texts are read here too and stay.

const MAX_SENTENCES = 20_000;
const read = new TextCache<WordsRead>(MAX_SENTENCES, readWords);
/** Words of an earlier lexicon carry ids that now mean other words: their sentences are read again. */
let generation = lexiconGeneration();

export function wordsOf(text: string): WordsRead {
  if (generation !== lexiconGeneration()) {
    read.clear();
    generation = lexiconGeneration();
  }
  return read.get(text);
}

/** Forgets these sentences: a benchmark of new sentences must not find them already read. */
export function forgetWords(texts: readonly string[]): void {
  read.forget(texts);
}
