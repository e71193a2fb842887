import type { Word } from '../classifier/normalize';

// Character trigrams of a sentence's content words, joined by spaces with a space either side: they survive
// typos and inflection that the stemmer misses. A normalised word holds only a–z and 0–9, so with the space
// each character is a digit in base 37 and a trigram is one number below 37³: counted in a table by that
// number, with no strings made and nothing sorted.

const GRAM_CODES = 37 ** 3;

/**
 * Per trigram code, how often the sentence being counted has it. Shared scratch: gramsOf fills it and empties
 * it again before it returns (nothing in between can call it), so it is all zero whenever gramsOf starts.
 */
const counting = new Int32Array(GRAM_CODES);

/** 0 for a space, 1–26 for a–z, 27–36 for 0–9: the only characters a normalised token has. */
function charCode(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 97 && c <= 122) return c - 96;
  if (c >= 48 && c <= 57) return c - 21;
  return 0;
}

/** The trigram vector of these words. */
export function gramsOf(words: readonly Word[]): GramVector {
  const ids: number[] = [];
  // The last two characters: a trigram is written from the third character of the padded text on.
  let a = 0;
  let b = 0;
  let seen = 1;
  for (let w = 0; w < words.length; w++) {
    const t = words[w]!.text;
    for (let i = 0; i <= t.length; i++) {
      const c = i < t.length ? charCode(t, i) : 0;
      if (++seen >= 3) {
        const code = (a * 37 + b) * 37 + c;
        if (counting[code]!++ === 0) ids.push(code);
      }
      a = b;
      b = c;
    }
  }
  const counts: number[] = [];
  // Whole numbers: the sum of squares is exact in any order.
  let sq = 0;
  for (let i = 0; i < ids.length; i++) {
    const n = counting[ids[i]!]!;
    counts.push(n);
    sq += n * n;
    counting[ids[i]!] = 0;
  }
  // Copied at their length, as a profile's lists are (see makeProfile).
  return new GramVector(ids.slice(), counts.slice(), Math.sqrt(sq));
}

/**
 * Per trigram code, the count of the vector that last spread itself here (see GramVector.spread): a typed
 * sentence is compared with many wordings in a row, and reads its own counts here by code, with no hashing.
 * Shared scratch, always holding exactly the counts of `spreadOwner` (zero elsewhere), whatever called last.
 */
const spreadCounts = new Int32Array(GRAM_CODES);
let spreadOwner: GramVector | undefined;

/** A sentence's distinct trigrams in the order first met, with their counts. */
export class GramVector {
  constructor(
    readonly ids: readonly number[],
    readonly counts: readonly number[],
    /** Length of the count vector. */
    readonly norm: number,
  ) {}

  /** Cosine of the two vectors. */
  cosine(other: GramVector): number {
    if (this.norm === 0 || other.norm === 0) return 0;
    const mine = this.spread();
    // Products of whole counts: the dot product is exact in any order.
    let dot = 0;
    for (let i = 0; i < other.ids.length; i++) dot += mine[other.ids[i]!]! * other.counts[i]!;
    return dot / (this.norm * other.norm);
  }

  /** This vector's counts by code, in the shared table. */
  private spread(): Int32Array {
    if (spreadOwner !== this) {
      if (spreadOwner !== undefined) for (const id of spreadOwner.ids) spreadCounts[id] = 0;
      for (let i = 0; i < this.ids.length; i++) spreadCounts[this.ids[i]!] = this.counts[i]!;
      spreadOwner = this;
    }
    return spreadCounts;
  }
}
