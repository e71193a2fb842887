import { stem } from './stem';

// Typo tolerance: an unknown word is replaced by a known word one edit away (two for long
// words), so "mantelzorgr" and "traplif" still hit the lexicons. Known words come from the
// lexicons and the training sentences. Short words are left alone: too many real words
// are one edit apart ("kan"/"man").

const MIN_LENGTH = 5;
const LONG_WORD = 9;
const MAX_CACHE = 50_000;

export class Speller {
  private readonly known = new Set<string>();
  private readonly knownStems = new Set<string>();
  /** Candidates per first letter, in priority order (earlier wins a tie). */
  private readonly byFirstLetter = new Map<string, string[]>();
  private readonly cache = new Map<string, string>();

  /** `words` in priority order: lexicon terms first, then corpus words. */
  constructor(words: Iterable<string>) {
    for (const word of words) {
      if (this.known.has(word)) continue;
      this.known.add(word);
      this.knownStems.add(stem(word));
      if (word.length < MIN_LENGTH - 1) continue;
      const first = word[0] ?? '';
      const bucket = this.byFirstLetter.get(first);
      if (bucket) bucket.push(word);
      else this.byFirstLetter.set(first, [word]);
    }
  }

  correct(token: string): string {
    if (token.length < MIN_LENGTH || this.known.has(token)) return token;
    const cached = this.cache.get(token);
    if (cached !== undefined) return cached;
    const result = this.knownStems.has(stem(token)) ? token : this.nearest(token);
    if (this.cache.size >= MAX_CACHE) this.cache.clear();
    this.cache.set(token, result);
    return result;
  }

  private nearest(token: string): string {
    const limit = token.length >= LONG_WORD ? 2 : 1;
    const bucket = this.byFirstLetter.get(token[0] ?? '') ?? [];
    let best = token;
    let bestDistance = limit + 1;
    for (const word of bucket) {
      if (Math.abs(word.length - token.length) >= bestDistance) continue;
      const distance = editDistance(token, word, bestDistance - 1);
      if (distance < bestDistance) {
        best = word;
        bestDistance = distance;
      }
    }
    return best;
  }
}

/** Optimal string alignment distance (adjacent swaps count as one edit); bails out above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  const n = b.length;
  let prevPrev = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let row = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (prevPrev[j - 2] ?? 0) + 1);
      }
      row[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [prevPrev, prev, row] = [prev, row, prevPrev];
  }
  return prev[n] ?? max + 1;
}
