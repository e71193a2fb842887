import { lexiconGeneration, type Word } from '../classifier/normalize';
import { forgetWords, wordsOf } from '../classifier/sentence-words';
import { TextCache } from '../classifier/text-cache';
import { fnv1a } from '../classifier/fnv';
import { gramsOf, type GramVector } from './grams';

// A sentence as the similarity readers see it: its content-word stems with their counts, bits and hashes,
// the first letters of its longer stems, and its character trigrams. Made once per sentence text.

/** Words any consultant sentence has; sharing them says nothing about meaning. */
const STOP = new Set(
  ('u uw je jij jou jouw ik me mij mijn wij we ons onze de het een en of maar dat die dit deze er hier daar dan als om te ' +
    'in op aan bij met van voor naar over uit tot door na zo ook nog al wel niet geen wat hoe wie waar welke is zijn was ' +
    'waren ben bent heeft hebben had heb kan kunt kunnen zal zult zou zouden wil wilt willen moet moeten mag mogen doet doen ' +
    'gaat gaan wordt worden even eens toch nou hoor zeg dus want omdat zich zelf iets niets meer veel heel erg nu dan ja nee ' +
    'mevrouw meneer hem haar hun ze zij hij zullen laten laat samen vindt vinden ervan daarvan graag').split(' '),
);

/** Stems that agree on this many first letters are taken as one word where loose matching is asked for. */
export const HEAD = 6;

export interface Profile {
  /** Normalised text, for the verbatim test: made when first asked, which only a verbatim test of equal length does. */
  readonly plain: string;
  /** plain.length, known without making it. */
  readonly plainLength: number;
  /** The content-word stems, each once, in the order first said… */
  readonly stemList: readonly string[];
  /** …how often each is said… */
  readonly stemCounts: readonly number[];
  /** …each one's own bit (see stemBits)… */
  readonly stemMasks: readonly number[];
  /** …and each one's stemHash. */
  readonly stemHashes: readonly number[];
  /** The stems with their counts as a map, in the same order: made when first asked, which a typed turn never does. */
  readonly stems: ReadonlyMap<string, number>;
  /** The first letters of the longer stems, each once, in the order their stems are first said: 'fysiotherapeut' and 'fysiotherapie' are one word to a reader… */
  readonly headList: readonly string[];
  /** …and each one's stemHash. */
  readonly headHashes: readonly number[];
  /** One bit per stem (a hash of it): a stem whose bit one sentence lacks is surely not among its stems. */
  readonly stemBits: number;
  /** Character trigrams of the content words, counted when first asked for: most typed turns never need them. */
  readonly grams: GramVector;
  /** Whether the sentence has this stem, whose own bit is `mask`. */
  hasStem(stem: string, mask: number): boolean;
  /** Whether one of its stems starts with this head. */
  hasHead(head: string): boolean;
}

/** A sentence with more stems than this finds one by a map; a shorter one by going through them. */
const FEW_STEMS = 16;

class MadeProfile implements Profile {
  private made: string | undefined;
  private counted: GramVector | undefined;
  private map: Map<string, number> | undefined;
  private headSet: Set<string> | undefined;

  constructor(
    private readonly words: readonly Word[],
    readonly plainLength: number,
    readonly stemList: readonly string[],
    readonly stemCounts: readonly number[],
    readonly stemMasks: readonly number[],
    readonly stemHashes: readonly number[],
    readonly headList: readonly string[],
    readonly headHashes: readonly number[],
    readonly stemBits: number,
    /** The words the trigrams run over (all but the stop words). */
    private readonly content: readonly Word[],
  ) {}

  get grams(): GramVector {
    this.counted ??= gramsOf(this.content);
    return this.counted;
  }

  get plain(): string {
    if (this.made === undefined) {
      let text = '';
      for (let i = 0; i < this.words.length; i++) text += i === 0 ? this.words[i]!.text : ` ${this.words[i]!.text}`;
      this.made = text;
    }
    return this.made;
  }

  get stems(): ReadonlyMap<string, number> {
    if (this.map === undefined) {
      this.map = new Map();
      for (let i = 0; i < this.stemList.length; i++) this.map.set(this.stemList[i]!, this.stemCounts[i]!);
    }
    return this.map;
  }

  hasStem(stem: string, mask: number): boolean {
    if ((this.stemBits & mask) === 0) return false;
    if (this.stemList.length > FEW_STEMS) return this.stems.has(stem);
    for (let i = 0; i < this.stemList.length; i++) if (this.stemMasks[i] === mask && this.stemList[i] === stem) return true;
    return false;
  }

  hasHead(head: string): boolean {
    if (this.headList.length <= FEW_STEMS) return this.headList.includes(head);
    this.headSet ??= new Set(this.headList);
    return this.headSet.has(head);
  }
}

/**
 * Per word id (see normalize.ts): whether it is a stop word (bit 7 clear: not yet asked), its stem's bit (bits 0–4) and
 * whether its stem has a head (bit 5). Cheaper than the set and a hash of the stem, several times per word.
 */
let stopById = new Uint8Array(1024);
/** Per word id, stemHash of its stem (valid once stopById knows the word). */
let stemHashById = new Int32Array(1024);
/** Per word id, stemHash of its stem's head, when it has one. */
let headHashById = new Int32Array(1024);
/** Per word id, the head of its stem (see HEAD), or '' when it has none; as long as stopById, so never sparse. */
let headById: string[] = Array.from({ length: 1024 }, () => '');
let stopGeneration = lexiconGeneration();

const KNOWN = 0x80;
const STOP_WORD = 0x40;
const HAS_HEAD = 0x20;

function wordFacts(word: Word): number {
  if (stopGeneration !== lexiconGeneration() || word.id >= stopById.length) {
    const size = Math.max(1024, word.id * 2);
    const grown = new Uint8Array(size);
    const keep = stopGeneration === lexiconGeneration();
    const hashes = new Int32Array(size);
    const headHashes = new Int32Array(size);
    if (keep) {
      grown.set(stopById);
      hashes.set(stemHashById);
      headHashes.set(headHashById);
    }
    stemHashById = hashes;
    headHashById = headHashes;
    // Pushed one by one: a packed array, where a large new Array(size) may be a slow dictionary.
    const heads: string[] = [];
    for (let i = 0; i < size; i++) heads.push(keep && i < headById.length ? headById[i]! : '');
    stopById = grown;
    headById = heads;
    stopGeneration = lexiconGeneration();
  }
  let known = stopById[word.id]!;
  if (known === 0) {
    const hash = stemHash(word.stem);
    stemHashById[word.id] = hash;
    known = KNOWN | (STOP.has(word.text) ? STOP_WORD : 0) | bitOfHash(hash);
    if (word.stem.length >= HEAD) {
      known |= HAS_HEAD;
      headById[word.id] = word.stem.slice(0, HEAD);
      headHashById[word.id] = stemHash(headById[word.id]!);
    }
    stopById[word.id] = known;
  }
  return known;
}

/** Which of 32 bits a stem sets in a profile's stemBits. */
export function stemBit(stem: string): number {
  return bitOfHash(stemHash(stem));
}

function bitOfHash(hash: number): number {
  return (hash >>> 0) % 31;
}

/** FNV-1a of a stem's letters: its bit in stemBits, and its place in a StemFilter. */
export const stemHash: (stem: string) => number = fnv1a;

// Case texts are profiled again and again (every score, every explored path): remember them.
const MAX_PROFILES = 20_000;
const profiles = new TextCache<Profile>(MAX_PROFILES, (text) => makeProfile(text));

export function profile(text: string): Profile {
  return profiles.get(text);
}

/** Forgets these sentences (their profiles and words): a benchmark of new sentences must not find them already made. */
export function forgetProfiles(texts: readonly string[]): void {
  profiles.forget(texts);
  forgetWords(texts);
}

function makeProfile(text: string): Profile {
  const { words } = wordsOf(text);
  const stemList: string[] = [];
  const stemCounts: number[] = [];
  const stemMasks: number[] = [];
  const stemHashes: number[] = [];
  const headList: string[] = [];
  const headHashes: number[] = [];
  // A long text finds its stems and heads again by a map and a set; a sentence, by going through the few it has.
  const places = words.length > FEW_STEMS ? new Map<string, number>() : undefined;
  const heads = words.length > FEW_STEMS ? new Set<string>() : undefined;
  const content: Word[] = [];
  let stemBits = 0;
  let plainLength = words.length > 0 ? -1 : 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const length = word.text.length;
    plainLength += length + 1;
    const facts = wordFacts(word);
    if ((facts & STOP_WORD) !== 0) continue;
    content.push(word);
    if (length < 2) continue;
    const s = word.stem;
    const mask = 1 << (facts & 0x1f);
    const at = places !== undefined ? (places.get(s) ?? -1) : placeOf(stemList, stemMasks, s, mask);
    if (at >= 0) {
      stemCounts[at]!++;
      continue;
    }
    places?.set(s, stemList.length);
    stemList.push(s);
    stemCounts.push(1);
    stemMasks.push(mask);
    stemHashes.push(stemHashById[word.id]!);
    stemBits |= mask;
    if ((facts & HAS_HEAD) === 0) continue;
    const head = headById[word.id]!;
    if (heads !== undefined ? heads.has(head) : headList.includes(head)) continue;
    heads?.add(head);
    headList.push(head);
    headHashes.push(headHashById[word.id]!);
  }
  // Copied at their length: a typed turn's profile stays in the cache for a while, and room to spare there is
  // copied by every collection it survives.
  return new MadeProfile(words, plainLength, stemList.slice(), stemCounts.slice(), stemMasks.slice(), stemHashes.slice(), headList.slice(), headHashes.slice(), stemBits, content.slice());
}

/** Where stem s (whose bit is `mask`) is in the list, or -1. */
function placeOf(list: readonly string[], masks: readonly number[], s: string, mask: number): number {
  for (let i = 0; i < list.length; i++) if (masks[i] === mask && list[i] === s) return i;
  return -1;
}
