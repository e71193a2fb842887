import type { LinearModel } from './model';
import { lexiconGeneration, type Word } from './normalize';
import { readToken, type ReadToken } from './read-token';
import type { Speller } from './spelling';
import { stem } from './stem';

// The prediction hot path for the word features (first:, first2:, w:, b: in features.ts).
// Building some thirty feature names per utterance and hashing each costs more than the
// arithmetic, so per distinct token we keep its correction, stem, a small id and the model
// rows of its own features, and per pair of ids the rows of the pair's features. The word
// part of an utterance then costs a few integer lookups. Same rows as the names would give.

/** A word as the move reader reads it: corrected, with its phrase openers (ReadToken) and model rows. */
export interface TokenEntry extends ReadToken {
  readonly id: number;
  readonly wordRow: number;
  readonly firstRow: number;
}

/** No model row: the feature never occurred in training. */
export const NO_ROW = -1;
/** Ids stay below 2^15 so a pair of ids packs into one small integer key. */
const MAX_ENTRIES = 1 << 15;

export class WordRows {
  /** By word id (see normalize.ts): a typed word costs one look-up by spelling, in the lexicon, not one here too. */
  private entries: (TokenEntry | undefined)[] = [];
  private count = 0;
  private generation = lexiconGeneration();
  private readonly bigrams = new Map<number, number>();
  private readonly openers = new Map<number, number>();

  constructor(
    private readonly model: LinearModel,
    private readonly speller: Speller,
  ) {}

  /** Corrected token, stem, phrase openers and word rows of one word as typed. */
  entry(word: Word): TokenEntry {
    if (this.generation !== lexiconGeneration()) this.forget();
    const hit = this.entries[word.id];
    if (hit !== undefined) return hit;
    if (this.count >= MAX_ENTRIES) this.forget();
    const token = this.speller.correct(word.text);
    const tokenStem = stem(token);
    const entry: TokenEntry = {
      ...readToken(token, tokenStem),
      id: this.count++,
      wordRow: this.row(`w:${tokenStem}`),
      firstRow: this.row(`first:${token}`),
    };
    this.entries[word.id] = entry;
    return entry;
  }

  /** Row of the stem bigram `a b`. */
  bigramRow(a: TokenEntry, b: TokenEntry): number {
    const key = (a.id << 15) | b.id;
    let row = this.bigrams.get(key);
    if (row === undefined) {
      row = this.row(`b:${a.stem}_${b.stem}`);
      this.bigrams.set(key, row);
    }
    return row;
  }

  /** Row of the opening two tokens `a b`. */
  openerRow(a: TokenEntry, b: TokenEntry): number {
    const key = (a.id << 15) | b.id;
    let row = this.openers.get(key);
    if (row === undefined) {
      row = this.row(`first2:${a.token}_${b.token}`);
      this.openers.set(key, row);
    }
    return row;
  }

  private row(feature: string): number {
    return this.model.rowOf(feature) ?? NO_ROW;
  }

  /** Unbounded free text must not grow memory forever: past the limit, start over. */
  private forget(): void {
    this.entries = [];
    this.count = 0;
    this.generation = lexiconGeneration();
    this.bigrams.clear();
    this.openers.clear();
  }
}

/** Rows of one utterance, each at most once; reused between calls to avoid allocation. */
export class RowSet {
  readonly rows: number[] = [];
  private readonly marks: Uint32Array;
  private stamp = 0;

  constructor(rowCount: number) {
    this.marks = new Uint32Array(rowCount);
  }

  clear(): void {
    this.rows.length = 0;
    this.stamp++;
    if (this.stamp === 0xffffffff) {
      this.marks.fill(0);
      this.stamp = 1;
    }
  }

  add(row: number | undefined): void {
    if (row === undefined || row === NO_ROW || this.marks[row] === this.stamp) return;
    this.marks[row] = this.stamp;
    this.rows.push(row);
  }
}
