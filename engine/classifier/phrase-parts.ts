import { fnv1a } from './fnv';
import { sameWord, stem, stemVowel, type StemVowel } from './stem';

// The parts of a phrase pattern (syntax in phrases.ts) and how a run of tokens matches them.

export const MAX_GAP = 3;

export interface Alternatives {
  readonly kind: 'word';
  /** Stem → the stem vowels of the words written (vaak and vak share a stem, not a vowel). */
  readonly stems: ReadonlyMap<string, readonly StemVowel[]>;
  readonly exact: ReadonlySet<string>;
  readonly prefixes: readonly string[];
  /** The wordBits of its exact spellings, and of its stems: with no prefixes, a token whose bits hold in neither cannot match. */
  readonly exactBits: number;
  readonly stemBits: number;
}
export type Part = Alternatives | { readonly kind: 'any' } | { readonly kind: 'gap' };

/** A token as the matchers read it: spelling, stem and stem vowel, worked out once per distinct token. */
export interface PhraseToken {
  readonly token: string;
  readonly stem: string;
  readonly vowel: StemVowel;
  /** wordBits of its spelling, and of its stem: most parts it cannot match are refused by these bits alone. */
  readonly tokenBits: number;
  readonly stemBits: number;
}

/** A token with its stem vowel, for matching outside the move reader's own token cache. */
export function phraseToken(token: string, tokenStem: string): PhraseToken {
  return { token, stem: tokenStem, vowel: stemVowel(token, tokenStem), tokenBits: wordBits(token), stemBits: wordBits(tokenStem) };
}

export function parsePart(token: string): Part {
  if (token === '?') return { kind: 'any' };
  if (token === '~') return { kind: 'gap' };
  const stems = new Map<string, StemVowel[]>();
  const exact = new Set<string>();
  const prefixes: string[] = [];
  let exactBits = 0;
  let stemBits = 0;
  for (const alt of token.split('|')) {
    if (alt.endsWith('*')) prefixes.push(alt.slice(0, -1));
    else if (alt.startsWith('=')) {
      exact.add(alt.slice(1));
      exactBits |= wordBits(alt.slice(1));
    } else {
      const altStem = stem(alt);
      stems.set(altStem, [...(stems.get(altStem) ?? []), stemVowel(alt, altStem)]);
      stemBits |= wordBits(altStem);
    }
  }
  return { kind: 'word', stems, exact, prefixes, exactBits, stemBits };
}

/**
 * Two of 32 bits for a spelling or a stem, from a hash of its letters: the key of a small Bloom filter. A part
 * ORs its words' bits together; a word whose bits are not all in there is surely not among them.
 */
function wordBits(word: string): number {
  const hash = fnv1a(word) >>> 0;
  return (1 << (hash & 31)) | (1 << (hash >>> 27));
}

/** Whether a token may be among the words a part's bits were made of (see wordBits): false means surely not. */
export function mayBeAmong(t: PhraseToken, exactBits: number, stemBits: number): boolean {
  return (t.tokenBits & exactBits) === t.tokenBits || (t.stemBits & stemBits) === t.stemBits;
}

export function partMatches(part: Alternatives, t: PhraseToken): boolean {
  // Its spelling is not among the exact ones nor its stem among the stems (their bits say so), and no prefix to try.
  if (part.prefixes.length === 0 && !mayBeAmong(t, part.exactBits, part.stemBits)) return false;
  if (part.exact.has(t.token)) return true;
  const vowels = part.stems.get(t.stem);
  if (vowels) for (const v of vowels) if (sameWord(v, t.vowel)) return true;
  for (const prefix of part.prefixes) if (t.token.startsWith(prefix)) return true;
  return false;
}

/** Where the parts from `partIndex` on match tokens from `tokenIndex` on: the index one past the match, or -1. */
export function matchFrom(parts: readonly Part[], partIndex: number, tokens: readonly PhraseToken[], tokenIndex: number): number {
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

/** nextPart's bits when they cannot tell: every token may be among them. */
export const ANY_WORD = -1;

/**
 * The first word part after a pattern's first part: its exact and stem bits, ANY_WORD when they cannot tell (it
 * has prefixes, or there is none), and how many tokens after the first it may stand, from `from` to `to`.
 */
export function nextPart(parts: readonly Part[]): { exactBits: number; stemBits: number; from: number; to: number } {
  let from = 1;
  let to = 1;
  for (const part of parts.slice(1)) {
    if (part.kind === 'any') {
      from++;
      to++;
    } else if (part.kind === 'gap') to += MAX_GAP;
    else if (part.prefixes.length > 0) break;
    else return { exactBits: part.exactBits, stemBits: part.stemBits, from, to };
  }
  return { exactBits: ANY_WORD, stemBits: ANY_WORD, from: 0, to: 0 };
}
