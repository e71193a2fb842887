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
  private readonly bigrams = new PairRows();
  private readonly openers = new PairRows();

  constructor(
    private readonly model: LinearModel,
    private readonly speller: Speller,
  ) {}

  /** Corrected token, stem, phrase openers and word rows of one word as typed. */
  entry(word: Word): TokenEntry {
    if (this.generation !== lexiconGeneration()) this.forget();
    const entries = this.entries;
    // Kept dense (filled up to the id): an array written at scattered ids turns into a slow dictionary.
    if (word.id >= entries.length) while (entries.length <= word.id) entries.push(undefined);
    const hit = entries[word.id];
    if (hit !== undefined) return hit;
    if (this.count >= MAX_ENTRIES) this.forget();
    const token = this.speller.correct(word.text);
    const tokenStem = stem(token);
    const read = readToken(token, tokenStem);
    // Every field named, not spread: the object then holds them all in itself (see readToken).
    const entry: TokenEntry = {
      token: read.token, stem: read.stem, vowel: read.vowel, tokenBits: read.tokenBits, stemBits: read.stemBits,
      cues: read.cues, provisions: read.provisions, topics: read.topics,
      id: this.count++,
      wordRow: this.row(`w:${tokenStem}`),
      firstRow: this.row(`first:${token}`),
    };
    while (this.entries.length <= word.id) this.entries.push(undefined);
    this.entries[word.id] = entry;
    return entry;
  }

  /** Row of the stem bigram `a b`. */
  bigramRow(a: TokenEntry, b: TokenEntry): number {
    const key = (a.id << 15) | b.id;
    let row = this.bigrams.get(key);
    if (row === MISSING) {
      row = this.row(`b:${a.stem}_${b.stem}`);
      this.bigrams.set(key, row);
    }
    return row;
  }

  /** Row of the opening two tokens `a b`. */
  openerRow(a: TokenEntry, b: TokenEntry): number {
    const key = (a.id << 15) | b.id;
    let row = this.openers.get(key);
    if (row === MISSING) {
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

/** PairRows.get: no row known yet for this pair. */
const MISSING = -2;

/**
 * Model rows by pair of word ids (a non-negative 30-bit key), in one open-addressing table of key and row
 * side by side: a look-up reads one or two neighbouring numbers, where a Map follows a chain.
 */
class PairRows {
  private table = new Int32Array(2048).fill(-1);
  private size = 0;

  get(key: number): number {
    const table = this.table;
    const mask = (table.length >> 1) - 1;
    for (let slot = hashOf(key) & mask; ; slot = (slot + 1) & mask) {
      const at = table[slot * 2]!;
      if (at === key) return table[slot * 2 + 1]!;
      if (at === -1) return MISSING;
    }
  }

  set(key: number, row: number): void {
    if ((this.size + 1) * 2 > this.table.length >> 1) this.grow();
    this.place(this.table, key, row);
    this.size++;
  }

  clear(): void {
    this.table = new Int32Array(2048).fill(-1);
    this.size = 0;
  }

  private grow(): void {
    const old = this.table;
    this.table = new Int32Array(old.length * 2).fill(-1);
    for (let i = 0; i < old.length; i += 2) if (old[i] !== -1) this.place(this.table, old[i]!, old[i + 1]!);
  }

  private place(table: Int32Array, key: number, row: number): void {
    const mask = (table.length >> 1) - 1;
    let slot = hashOf(key) & mask;
    while (table[slot * 2] !== -1) slot = (slot + 1) & mask;
    table[slot * 2] = key;
    table[slot * 2 + 1] = row;
  }
}

function hashOf(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> 7;
}

/**
 * Rows of one utterance, each at most once, in the order first added; reused between calls to avoid
 * allocation. Seen rows sit in a small open-addressing table sized to the utterance, not in a mark per
 * model row: the table stays in cache, a mark array as long as the model does not.
 */
export class RowSet {
  readonly rows: number[] = [];
  private keys = new Int32Array(256);
  private stamps = new Uint32Array(256);
  private stamp = 1;

  clear(): void {
    this.rows.length = 0;
    this.stamp++;
    if (this.stamp === 0xffffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
  }

  add(row: number | undefined): void {
    if (row === undefined || row === NO_ROW) return;
    const keys = this.keys;
    const stamps = this.stamps;
    const mask = keys.length - 1;
    let slot = (Math.imul(row, 0x9e3779b1) >>> 16) & mask;
    for (; stamps[slot] === this.stamp; slot = (slot + 1) & mask) if (keys[slot] === row) return;
    keys[slot] = row;
    stamps[slot] = this.stamp;
    this.rows.push(row);
    if (this.rows.length * 2 > keys.length) this.grow();
  }

  private grow(): void {
    const size = this.keys.length * 2;
    this.keys = new Int32Array(size);
    this.stamps = new Uint32Array(size);
    this.stamp = 1;
    const mask = size - 1;
    for (const row of this.rows) {
      let slot = (Math.imul(row, 0x9e3779b1) >>> 16) & mask;
      while (this.stamps[slot] === 1) slot = (slot + 1) & mask;
      this.keys[slot] = row;
      this.stamps[slot] = 1;
    }
  }
}
