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
    generation = lexiconGeneration();
  }
  const hit = read.get(text);
  if (hit) return hit;
  const made = readWords(text);
  if (read.size >= MAX_SENTENCES) read.clear();
  read.set(text, made);
  return made;
}

/** Forgets these sentences: a benchmark of new sentences must not find them already read. */
export function forgetWords(texts: readonly string[]): void {
  for (const text of texts) read.delete(text);
}
