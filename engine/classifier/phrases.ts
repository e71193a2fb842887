import { fnv1a } from './fnv';
import { sameWord, stem, stemVowel, type StemVowel } from './stem';

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

const MAX_GAP = 3;
const MAX_CACHE = 50_000;

interface Alternatives {
  readonly kind: 'word';
  /** Stem → the stem vowels of the words written (vaak and vak share a stem, not a vowel). */
  readonly stems: ReadonlyMap<string, readonly StemVowel[]>;
  readonly exact: ReadonlySet<string>;
  readonly prefixes: readonly string[];
  /** The bits (see wordBit) of its exact spellings and stems; with no prefixes, a token sharing none cannot match. */
  readonly bits: number;
}
type Part = Alternatives | { readonly kind: 'any' } | { readonly kind: 'gap' };

export interface Pattern<T> {
  readonly value: T;
  /** Index of `value` in its matcher's `values`. */
  readonly valueIndex: number;
  /** 1 << valueIndex, or 0 past 30 values: firstHits skips a pattern whose value's bit it has found already. */
  readonly valueBit: number;
  readonly anchored: boolean;
  readonly parts: readonly Part[];
  readonly specificity: number;
  readonly order: number;
}

/** A token as the matchers read it: spelling, stem and stem vowel, worked out once per distinct token. */
export interface PhraseToken {
  readonly token: string;
  readonly stem: string;
  readonly vowel: StemVowel;
  /** wordBit of its spelling and of its stem: most parts it cannot match are refused by these bits alone. */
  readonly bits: number;
}

/** The patterns a token can open, most specific first (see PhraseMatcher.openers). */
export type Openers<T> = readonly Pattern<T>[];

export interface PhraseHit<T> {
  readonly value: T;
  /** Index of the first token of the match. */
  readonly start: number;
  /** Index one past the last token of the match. */
  readonly end: number;
}

function parsePart(token: string): Part {
  if (token === '?') return { kind: 'any' };
  if (token === '~') return { kind: 'gap' };
  const stems = new Map<string, StemVowel[]>();
  const exact = new Set<string>();
  const prefixes: string[] = [];
  let bits = 0;
  for (const alt of token.split('|')) {
    if (alt.endsWith('*')) prefixes.push(alt.slice(0, -1));
    else if (alt.startsWith('=')) {
      exact.add(alt.slice(1));
      bits |= wordBit(alt.slice(1));
    } else {
      const altStem = stem(alt);
      stems.set(altStem, [...(stems.get(altStem) ?? []), stemVowel(alt, altStem)]);
      bits |= wordBit(altStem);
    }
  }
  return { kind: 'word', stems, exact, prefixes, bits };
}

/** One of 32 bits for a spelling or a stem (a hash of its letters). */
function wordBit(word: string): number {
  return 1 << ((fnv1a(word) >>> 0) % 32);
}

function partMatches(part: Alternatives, t: PhraseToken): boolean {
  // Its spelling is not among the exact ones nor its stem among the stems (their bits say so), and no prefix to try.
  if ((part.bits & t.bits) === 0 && part.prefixes.length === 0) return false;
  if (part.exact.has(t.token)) return true;
  const vowels = part.stems.get(t.stem);
  if (vowels) for (const v of vowels) if (sameWord(v, t.vowel)) return true;
  for (const prefix of part.prefixes) if (t.token.startsWith(prefix)) return true;
  return false;
}

/** A token with its stem vowel, for matching outside the move reader's own token cache. */
export function phraseToken(token: string, tokenStem: string): PhraseToken {
  return { token, stem: tokenStem, vowel: stemVowel(token, tokenStem), bits: wordBit(token) | wordBit(tokenStem) };
}

const NO_OPENERS: readonly never[] = [];

/** Values with an index past this share bit 0: firstHits then asks its list instead. */
const MAX_VALUE_BITS = 31;

export class PhraseMatcher<T> {
  /** The distinct values of the patterns, in order of first appearance. */
  readonly values: readonly T[];
  private readonly patterns: Pattern<T>[] = [];
  private readonly cache = new Map<string, { stem: string; patterns: Openers<T> }>();

  constructor(entries: Iterable<readonly [phrase: string, value: T]>) {
    const values: T[] = [];
    for (const [phrase, value] of entries) {
      const words = phrase.trim().split(/\s+/);
      const anchored = words[0] === '^';
      const parts = (anchored ? words.slice(1) : words).map(parsePart);
      if (parts[0]?.kind !== 'word') throw new Error(`Phrase must start with a word: "${phrase}"`);
      const specificity = parts.length * 100 + phrase.length;
      let valueIndex = values.indexOf(value);
      if (valueIndex < 0) valueIndex = values.push(value) - 1;
      const valueBit = valueIndex < MAX_VALUE_BITS ? 1 << valueIndex : 0;
      this.patterns.push({ value, valueIndex, valueBit, anchored, parts, specificity, order: this.patterns.length });
    }
    this.values = values;
  }

  /**
   * Every pattern that matches, at every start position (overlaps allowed). `openers` gives the
   * patterns a token opens; the move reader keeps them with each token so it looks nothing up here.
   */
  matchAll<K extends PhraseToken>(tokens: readonly K[], out: PhraseHit<T>[], openers: (t: K) => Openers<T> = this.openersOf): void {
    for (let i = 0; i < tokens.length; i++) {
      for (const pattern of openers(tokens[i]!)) {
        if (pattern.anchored && i > 0) continue;
        const end = matchFrom(pattern.parts, 1, tokens, i + 1);
        if (end >= 0) out.push({ value: pattern.value, start: i, end });
      }
    }
  }

  /**
   * The values matchAll would find, as indices into `values`, each once, in order of their first hit. A
   * pattern whose value is found already is not tried: most of a sentence's openers are never matched.
   */
  firstHits<K extends PhraseToken>(tokens: readonly K[], out: number[], openers: (t: K) => Openers<T> = this.openersOf): void {
    let found = 0;
    for (let i = 0; i < tokens.length; i++) {
      for (const pattern of openers(tokens[i]!)) {
        if ((found & pattern.valueBit) !== 0 || (pattern.anchored && i > 0)) continue;
        if (pattern.parts.length > 1 && matchFrom(pattern.parts, 1, tokens, i + 1) < 0) continue;
        if (pattern.valueBit === 0 && out.includes(pattern.valueIndex)) continue;
        found |= pattern.valueBit;
        out.push(pattern.valueIndex);
      }
    }
  }

  /** Leftmost, most specific matches that do not overlap: "scootmobielpool" beats "scootmobiel". */
  matchLongest<K extends PhraseToken>(tokens: readonly K[], out: PhraseHit<T>[], openers: (t: K) => Openers<T> = this.openersOf): void {
    let i = 0;
    while (i < tokens.length) {
      let next = i + 1;
      for (const pattern of openers(tokens[i]!)) {
        if (pattern.anchored && i > 0) continue;
        const end = matchFrom(pattern.parts, 1, tokens, i + 1);
        if (end < 0) continue;
        out.push({ value: pattern.value, start: i, end });
        next = end;
        break;
      }
      i = next;
    }
  }

  private readonly openersOf = (t: PhraseToken): Openers<T> => this.openers(t);

  /** Patterns whose first part accepts this token, most specific first; cached per token. */
  openers(t: PhraseToken): Openers<T> {
    const cached = this.cache.get(t.token);
    if (cached && cached.stem === t.stem) return cached.patterns;
    const matching = this.patterns
      .filter((p) => partMatches(p.parts[0] as Alternatives, t))
      .sort((a, b) => b.specificity - a.specificity || a.order - b.order);
    // Most words open no pattern: they all share one empty list, which stays in cache.
    const found: Openers<T> = matching.length > 0 ? matching : NO_OPENERS;
    if (this.cache.size >= MAX_CACHE) this.cache.clear();
    this.cache.set(t.token, { stem: t.stem, patterns: found });
    return found;
  }
}

function matchFrom(parts: readonly Part[], partIndex: number, tokens: readonly PhraseToken[], tokenIndex: number): number {
  if (partIndex === parts.length) return tokenIndex;
  const part = parts[partIndex];
  if (!part) return -1;
  if (part.kind === 'gap') {
    for (let gap = 0; gap <= MAX_GAP && tokenIndex + gap <= tokens.length; gap++) {
      const end = matchFrom(parts, partIndex + 1, tokens, tokenIndex + gap);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (tokenIndex >= tokens.length) return -1;
  if (part.kind === 'word' && !partMatches(part, tokens[tokenIndex]!)) return -1;
  return matchFrom(parts, partIndex + 1, tokens, tokenIndex + 1);
}
