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

/** The trigram vector of the words `skip` leaves in. */
export function gramsOf(words: readonly Word[], skip: (word: Word) => boolean): GramVector {
  const ids: number[] = [];
  // The last two characters: a trigram is written from the third character of the padded text on.
  let a = 0;
  let b = 0;
  let seen = 1;
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    if (skip(word)) continue;
    const t = word.text;
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
  return new GramVector(ids, counts, Math.sqrt(sq));
}

/**
 * A sentence's distinct trigrams in the order first met, with their counts. Compared by looking one vector's
 * trigrams up in the other's table, made when the vector is first looked in: a typed turn is only ever looked
 * up in, never looked in, so it never pays for a table.
 */
export class GramVector {
  /** Open addressing: per slot a trigram code + 1 (0: empty) and its count, side by side. */
  private table: Int32Array | undefined;
  private shift = 0;

  constructor(
    readonly ids: readonly number[],
    readonly counts: readonly number[],
    /** Length of the count vector. */
    readonly norm: number,
  ) {}

  /** Cosine of the two vectors. */
  cosine(other: GramVector): number {
    if (this.norm === 0 || other.norm === 0) return 0;
    // Products of whole counts: the dot product is exact in any order.
    let dot = 0;
    for (let i = 0; i < this.ids.length; i++) dot += this.counts[i]! * other.countOf(this.ids[i]!);
    return dot / (this.norm * other.norm);
  }

  private countOf(code: number): number {
    const table = (this.table ??= this.makeTable());
    const mask = (table.length >> 1) - 1;
    for (let slot = Math.imul(code, 0x9e3779b1) >>> this.shift; ; slot = (slot + 1) & mask) {
      const key = table[slot * 2]!;
      if (key === code + 1) return table[slot * 2 + 1]!;
      if (key === 0) return 0;
    }
  }

  private makeTable(): Int32Array {
    let bits = 3;
    while (1 << bits < this.ids.length * 2) bits++;
    const table = new Int32Array(2 << bits);
    const mask = (1 << bits) - 1;
    this.shift = 32 - bits;
    for (let i = 0; i < this.ids.length; i++) {
      const code = this.ids[i]!;
      let slot = Math.imul(code, 0x9e3779b1) >>> this.shift;
      while (table[slot * 2] !== 0) slot = (slot + 1) & mask;
      table[slot * 2] = code + 1;
      table[slot * 2 + 1] = this.counts[i]!;
    }
    return table;
  }
}
