import { ANY_WORD, matchFrom, mayBeAmong, nextPart, parsePart, partMatches, type Alternatives, type Part, type PhraseToken } from './phrase-parts';

export { phraseToken, type PhraseToken } from './phrase-parts';

// A small phrase matcher shared by the provision, cue and topic lexicons.
// Pattern syntax, tokens separated by spaces:
//   word      matches any inflection with the same Dutch stem ("dochters" ~ "dochter")
//   =word     matches exactly this surface form (for function words: "u", "die", "een")
//   pref*     matches any token starting with pref (compounds: "vrijwilliger*")
//   a|b       alternatives for one token
//   ?         any one token
//   ~         a gap of zero to three tokens
//   ^         (first only) the phrase must open the utterance: "^dag" is a greeting,
//             "op een dag" is not

const MAX_CACHE = 50_000;

export interface Pattern<T> {
  readonly value: T;
  readonly anchored: boolean;
  readonly parts: readonly Part[];
  readonly specificity: number;
  readonly order: number;
}

/**
 * Where the patterns a token opens are listed, most specific first, in its matcher's opener table (see
 * PhraseMatcher.openers): the move reader keeps this number with each token so it looks nothing up here.
 */
export type Openers = number;

export interface PhraseHit<T> {
  readonly value: T;
  /** Index of the first token of the match. */
  readonly start: number;
  /** Index one past the last token of the match. */
  readonly end: number;
}

// The opener table holds lists of rows, one row per pattern a token opens, of plain integers: a sentence's
// openers are tried by reading rows side by side, and a pattern object is opened only when its next word
// could stand where it must (most are refused before). A list is its length and then its rows.
const PATTERN = 0;
const VALUE = 1;
/** 1 << VALUE, or 0 past MAX_VALUE_BITS values (firstHits then asks its list). */
const VALUE_BIT = 2;
const FLAGS = 3;
/** nextPart of the pattern's parts. */
const NEXT_EXACT = 4;
const NEXT_STEMS = 5;
const NEXT_FROM = 6;
const NEXT_TO = 7;
const ROW = 8;
const ANCHORED = 1;
const LONGER = 2;
const MAX_VALUE_BITS = 31;
/** The offset of the empty list: most words open no pattern. */
const NO_OPENERS: Openers = 0;

export class PhraseMatcher<T> {
  /** The distinct values of the patterns, in order of first appearance. */
  readonly values: readonly T[];
  private readonly patterns: Pattern<T>[] = [];
  /** Each pattern's row, by its order. */
  private readonly rows: Int32Array;
  private table = new Int32Array(1024);
  private used = 1;
  /** The lists made, by their patterns' orders: tokens that open the same patterns share one list. */
  private readonly lists = new Map<string, Openers>();
  private readonly cache = new Map<string, { stem: string; openers: Openers }>();

  constructor(entries: Iterable<readonly [phrase: string, value: T]>) {
    const values: T[] = [];
    const rows: number[] = [];
    for (const [phrase, value] of entries) {
      const words = phrase.trim().split(/\s+/);
      const anchored = words[0] === '^';
      const parts = (anchored ? words.slice(1) : words).map(parsePart);
      if (parts[0]?.kind !== 'word') throw new Error(`Phrase must start with a word: "${phrase}"`);
      const specificity = parts.length * 100 + phrase.length;
      let valueIndex = values.indexOf(value);
      if (valueIndex < 0) valueIndex = values.push(value) - 1;
      const next = nextPart(parts);
      rows.push(
        this.patterns.length, valueIndex, valueIndex < MAX_VALUE_BITS ? 1 << valueIndex : 0,
        (anchored ? ANCHORED : 0) | (parts.length > 1 ? LONGER : 0), next.exactBits, next.stemBits, next.from, next.to,
      );
      this.patterns.push({ value, anchored, parts, specificity, order: this.patterns.length });
    }
    this.values = values;
    this.rows = Int32Array.from(rows);
  }

  /** Every pattern that matches, at every start position (overlaps allowed); `openers` as in firstHits. */
  matchAll<K extends PhraseToken>(tokens: readonly K[], out: PhraseHit<T>[], openers: (t: K) => Openers = this.openersOf): void {
    for (let i = 0; i < tokens.length; i++) {
      const at = openers(tokens[i]!);
      // Read after openers(): a token met for the first time may have grown the table.
      const table = this.table;
      for (let row = at + 1, stop = at + 1 + table[at]! * ROW; row < stop; row += ROW) {
        if (!mayOpen(table, row, tokens, i)) continue;
        const pattern = this.patterns[table[row + PATTERN]!]!;
        const end = matchFrom(pattern.parts, 1, tokens, i + 1);
        if (end >= 0) out.push({ value: pattern.value, start: i, end });
      }
    }
  }

  /**
   * The values matchAll would find, as indices into `values`, each once, in order of their first hit. A
   * pattern whose value is found already is not tried. `openers` gives the patterns a token opens: the move
   * reader keeps them with each token.
   */
  firstHits<K extends PhraseToken>(tokens: readonly K[], out: number[], openers: (t: K) => Openers = this.openersOf): void {
    let found = 0;
    for (let i = 0; i < tokens.length; i++) {
      const at = openers(tokens[i]!);
      const table = this.table;
      for (let row = at + 1, stop = at + 1 + table[at]! * ROW; row < stop; row += ROW) {
        const bit = table[row + VALUE_BIT]!;
        if ((found & bit) !== 0 || !mayOpen(table, row, tokens, i)) continue;
        if ((table[row + FLAGS]! & LONGER) !== 0 && matchFrom(this.patterns[table[row + PATTERN]!]!.parts, 1, tokens, i + 1) < 0) continue;
        const value = table[row + VALUE]!;
        if (bit === 0 && out.includes(value)) continue;
        found |= bit;
        out.push(value);
      }
    }
  }

  /** Leftmost, most specific matches that do not overlap: "scootmobielpool" beats "scootmobiel". */
  matchLongest<K extends PhraseToken>(tokens: readonly K[], out: PhraseHit<T>[], openers: (t: K) => Openers = this.openersOf): void {
    let i = 0;
    while (i < tokens.length) {
      let next = i + 1;
      const at = openers(tokens[i]!);
      const table = this.table;
      for (let row = at + 1, stop = at + 1 + table[at]! * ROW; row < stop; row += ROW) {
        if (!mayOpen(table, row, tokens, i)) continue;
        const pattern = this.patterns[table[row + PATTERN]!]!;
        const end = matchFrom(pattern.parts, 1, tokens, i + 1);
        if (end < 0) continue;
        out.push({ value: pattern.value, start: i, end });
        next = end;
        break;
      }
      i = next;
    }
  }

  private readonly openersOf = (t: PhraseToken): Openers => this.openers(t);

  /** Patterns whose first part accepts this token, most specific first; cached per token. */
  openers(t: PhraseToken): Openers {
    const cached = this.cache.get(t.token);
    if (cached && cached.stem === t.stem) return cached.openers;
    const matching = this.patterns
      .filter((p) => partMatches(p.parts[0] as Alternatives, t))
      .sort((a, b) => b.specificity - a.specificity || a.order - b.order);
    const found = this.listOf(matching.map((p) => p.order));
    if (this.cache.size >= MAX_CACHE) this.cache.clear();
    this.cache.set(t.token, { stem: t.stem, openers: found });
    return found;
  }

  /**
   * The list of these patterns in the table, made the first time. Which list a token gets is fixed by the
   * first parts that accept it, so the lists are bound by the lexicons: the table needs no limit.
   */
  private listOf(orders: readonly number[]): Openers {
    if (orders.length === 0) return NO_OPENERS;
    const key = orders.join(',');
    const known = this.lists.get(key);
    if (known !== undefined) return known;
    const at = this.used;
    this.used += 1 + orders.length * ROW;
    if (this.used > this.table.length) {
      const grown = new Int32Array(Math.max(this.used, this.table.length * 2));
      grown.set(this.table);
      this.table = grown;
    }
    this.table[at] = orders.length;
    orders.forEach((order, k) => this.table.set(this.rows.subarray(order * ROW, (order + 1) * ROW), at + 1 + k * ROW));
    this.lists.set(key, at);
    return at;
  }
}

/**
 * False when the row's pattern surely does not match from token `i` on: it must open the utterance, or no
 * token that may be among its next word part's words (by their bits, see nextPart) stands where that part may.
 */
function mayOpen(table: Int32Array, row: number, tokens: readonly PhraseToken[], i: number): boolean {
  if (i > 0 && (table[row + FLAGS]! & ANCHORED) !== 0) return false;
  const exactBits = table[row + NEXT_EXACT]!;
  const stemBits = table[row + NEXT_STEMS]!;
  if (exactBits === ANY_WORD) return true;
  const last = Math.min(i + table[row + NEXT_TO]!, tokens.length - 1);
  for (let j = i + table[row + NEXT_FROM]!; j <= last; j++) if (mayBeAmong(tokens[j]!, exactBits, stemBits)) return true;
  return false;
}
