import { lexiconGeneration, readWords, type WordsRead } from './normalize';

// A typed turn is read by the move reader (in the face) and then, with the same text, matched against the
// case (in step): both start from its words, read once. Case texts are read here too and stay.

const read = new Map<string, WordsRead>();
const MAX_SENTENCES = 20_000;
/** Words of an earlier lexicon carry ids that now mean other words: their sentences are read again. */
let generation = lexiconGeneration();

export function wordsOf(text: string): WordsRead {
  if (generation !== lexiconGeneration()) {
    read.clear();
    lastWords = undefined;
    generation = lexiconGeneration();
  }
  // The sentence asked for last: a typed turn is read by several readers one after the other.
  if (text === lastText && lastWords !== undefined) return lastWords;
  let found = read.get(text);
  if (!found) {
    found = readWords(text);
    if (read.size >= MAX_SENTENCES) read.clear();
    read.set(text, found);
  }
  lastText = text;
  lastWords = found;
  return found;
}

let lastText = '';
let lastWords: WordsRead | undefined;

/** Forgets these sentences: a benchmark of new sentences must not find them already read. */
export function forgetWords(texts: readonly string[]): void {
  for (const text of texts) read.delete(text);
  lastWords = undefined;
}
