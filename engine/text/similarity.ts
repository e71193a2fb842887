import { lexiconGeneration, type Word } from '../classifier/normalize';
import { forgetWords, wordsOf } from '../classifier/sentence-words';
import { TextCache } from '../classifier/text-cache';
import { fnv1a } from '../classifier/fnv';
import { gramsOf, type GramVector } from './grams';

// Meaning, as far as an offline reader can see it: the content-word stems two sentences share
// (weighted by how rare they are among the sentences compared) and their character trigrams
// (which survive typos and Dutch inflection that the stemmer misses).

/** Words any consultant sentence has; sharing them says nothing about meaning. */
const STOP = new Set(
  ('u uw je jij jou jouw ik me mij mijn wij we ons onze de het een en of maar dat die dit deze er hier daar dan als om te ' +
    'in op aan bij met van voor naar over uit tot door na zo ook nog al wel niet geen wat hoe wie waar welke is zijn was ' +
    'waren ben bent heeft hebben had heb kan kunt kunnen zal zult zou zouden wil wilt willen moet moeten mag mogen doet doen ' +
    'gaat gaan wordt worden even eens toch nou hoor zeg dus want omdat zich zelf iets niets meer veel heel erg nu dan ja nee ' +
    'mevrouw meneer hem haar hun ze zij hij zullen laten laat samen vindt vinden ervan daarvan graag').split(' '),
);

export interface Profile {
  /** Normalised text, for the verbatim test: made when first asked, which only a verbatim test of equal length does. */
  readonly plain: string;
  /** plain.length, known without making it. */
  readonly plainLength: number;
  readonly stems: ReadonlyMap<string, number>;
  /** The first letters of the longer stems: 'fysiotherapeut' and 'fysiotherapie' are one word to a reader. */
  readonly heads: ReadonlySet<string>;
  /** One bit per stem (a hash of it): a stem whose bit one sentence lacks is surely not among its stems. */
  readonly stemBits: number;
  /** Each stem's own bit, in the order of `stems`. */
  readonly stemMasks: readonly number[];
  /** Each stem's stemHash, in the order of `stems`… */
  readonly stemHashes: readonly number[];
  /** …and each head's, in the order of `heads`. */
  readonly headHashes: readonly number[];
  /** Character trigrams of the content words, counted. */
  readonly grams: GramVector;
}

class MadeProfile implements Profile {
  private made: string | undefined;

  constructor(
    private readonly words: readonly Word[],
    readonly plainLength: number,
    readonly stems: ReadonlyMap<string, number>,
    readonly heads: ReadonlySet<string>,
    readonly stemBits: number,
    readonly stemMasks: readonly number[],
    readonly stemHashes: readonly number[],
    readonly headHashes: readonly number[],
    readonly grams: GramVector,
  ) {}

  get plain(): string {
    if (this.made === undefined) {
      let text = '';
      for (let i = 0; i < this.words.length; i++) text += i === 0 ? this.words[i]!.text : ` ${this.words[i]!.text}`;
      this.made = text;
    }
    return this.made;
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

function isStop(word: Word): boolean {
  return (wordFacts(word) & STOP_WORD) !== 0;
}

/** Which of 32 bits a stem sets in a profile's stemBits. */
function stemBit(stem: string): number {
  return bitOfHash(stemHash(stem));
}

function bitOfHash(hash: number): number {
  return (hash >>> 0) % 31;
}

/** FNV-1a of a stem's letters: its bit in stemBits, and its place in a StemFilter. */
export const stemHash: (stem: string) => number = fnv1a;

/**
 * Which stems a set of sentences may hold, in 8,192 bits set by two parts of each stem's hash: a stem with
 * either bit clear is surely not in the set, so a look-up in the set's maps can be skipped.
 */
export class StemFilter {
  private readonly bits = new Int32Array(256);

  constructor(stems: Iterable<string>) {
    for (const stem of stems) {
      const h = stemHash(stem);
      this.set(h & 8191);
      this.set((h >>> 13) & 8191);
    }
  }

  /** False: the stem with this hash is not in the set. True: it may be. */
  mayHave(hash: number): boolean {
    const a = hash & 8191;
    const b = (hash >>> 13) & 8191;
    return (this.bits[a >> 5]! & (1 << (a & 31))) !== 0 && (this.bits[b >> 5]! & (1 << (b & 31))) !== 0;
  }

  private set(i: number): void {
    this.bits[i >> 5]! |= 1 << (i & 31);
  }
}

/** Number of bits set. */
export function bitCount(n: number): number {
  n -= (n >>> 1) & 0x55555555;
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (Math.imul((n + (n >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

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
  const stems = new Map<string, number>();
  const heads = new Set<string>();
  let stemBits = 0;
  const stemMasks: number[] = [];
  const stemHashes: number[] = [];
  const headHashes: number[] = [];
  let plainLength = words.length > 0 ? -1 : 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const length = word.text.length;
    plainLength += length + 1;
    const facts = wordFacts(word);
    if ((facts & STOP_WORD) !== 0) continue;
    if (length < 2) continue;
    const s = word.stem;
    const seen = stems.get(s);
    stems.set(s, (seen ?? 0) + 1);
    if (seen !== undefined) continue;
    stemBits |= 1 << (facts & 0x1f);
    stemMasks.push(1 << (facts & 0x1f));
    stemHashes.push(stemHashById[word.id]!);
    // A head is added in the order its stem first appears, as the stems' keys give them.
    if ((facts & HAS_HEAD) !== 0) {
      const before = heads.size;
      heads.add(headById[word.id]!);
      if (heads.size !== before) headHashes.push(headHashById[word.id]!);
    }
  }
  return new MadeProfile(words, plainLength, stems, heads, stemBits, stemMasks, stemHashes, headHashes, gramsOf(words, isStop));
}

/** Stems that agree on this many first letters are taken as one word where loose matching is asked for. */
const HEAD = 6;

/** A stem's weight; `hash` (its stemHash), when given, lets a stem the set never had skip the look-up. */
export type Idf = (stem: string, hash?: number) => number;

/** Inverse document frequency over a set of sentences: a stem every option shares weighs little. */
export function makeIdf(profiles: readonly Profile[]): Idf {
  const df = new Map<string, number>();
  for (const p of profiles) for (const s of p.stems.keys()) df.set(s, (df.get(s) ?? 0) + 1);
  const n = profiles.length;
  const unseen = Math.log(1 + n);
  const weights = new Map<string, number>();
  for (const [s, d] of df) weights.set(s, Math.log(1 + n / d));
  const filter = new StemFilter(weights.keys());
  return (s, hash) => (hash !== undefined && !filter.mayHave(hash) ? unseen : weights.get(s) ?? unseen);
}

/** Cosine of the two trigram vectors. */
export function gramCosine(a: Profile, b: Profile): number {
  return a.grams.cosine(b.grams);
}

/** Typed (nearly) word for word: the same normalised text, or nearly all the same trigrams. */
export function verbatim(typed: Profile, option: Profile): boolean {
  if (typed.plainLength > 0 && typed.plainLength === option.plainLength && typed.plain === option.plain) return true;
  // Nearly the same text has nearly as many trigrams: a cheap test before the full comparison.
  const ratio = typed.grams.ids.length / Math.max(1, option.grams.ids.length);
  if (ratio < 0.8 || ratio > 1.25 || Math.abs(typed.stems.size - option.stems.size) > 2) return false;
  // Three stem bits of the one with fewer stems missing from the other: three of its stems are, too.
  const fewer = typed.stems.size <= option.stems.size ? typed : option;
  const more = fewer === typed ? option : typed;
  if (bitCount(fewer.stemBits & ~more.stemBits) > 2) return false;
  let shared = 0;
  for (const s of typed.stems.keys()) if (option.stems.has(s)) shared++;
  if (shared < Math.min(typed.stems.size, option.stems.size) - 2) return false;
  return gramCosine(typed, option) >= 0.9;
}

/**
 * The words that make one option or arrangement itself: stems in at least 40% of its wordings (text and
 * examples). `common` leaves out stems that too many sentences of the case share ("bellen", "zullen").
 */
export function keyStems(variants: readonly Profile[], common: (stem: string) => boolean = () => false): Set<string> {
  const count = new Map<string, number>();
  for (const v of variants) for (const s of v.stems.keys()) if (s.length >= 4 && !common(s)) count.set(s, (count.get(s) ?? 0) + 1);
  const needed = Math.max(variants.length > 1 ? 2 : 1, Math.ceil(variants.length * 0.4));
  return new Set([...count].filter(([, n]) => n >= needed).map(([s]) => s));
}

/**
 * Whether a typed sentence uses enough of an option's own words: one, or two when it has several.
 * `loose` also accepts a word that starts like a key ("fysiotherapeut" for "fysiotherapie"); pitfalls
 * are matched strictly, by their own words only.
 */
export function usesKey(typed: Profile, keys: ReadonlySet<string>, several = false, loose = false): boolean {
  const needed = several && keys.size >= 3 ? 2 : 1;
  let n = 0;
  if (!loose) {
    for (const s of typed.stems.keys()) if (keys.has(s) && ++n >= needed) return true;
    return false;
  }
  const { stems, heads, masks } = headsOf(keys);
  const bits = typed.stemBits;
  for (let i = 0; i < stems.length; i++) {
    const head = heads[i]!;
    // A key whose bit the sentence lacks is not among its stems: asked only of its first letters.
    if ((((masks[i]! & bits) !== 0 && typed.stems.has(stems[i]!)) || (head !== null && typed.heads.has(head))) && ++n >= needed) return true;
  }
  return false;
}

interface KeyHeads {
  readonly stems: readonly string[];
  /** Per key, its first letters (HEAD of them), or null for a shorter key. */
  readonly heads: readonly (string | null)[];
  /** Per key, its bit (see Profile.stemBits). */
  readonly masks: readonly number[];
}

const keyHeads = new WeakMap<ReadonlySet<string>, KeyHeads>();

/** Each key with its first letters, worked out once per set of keys. */
function headsOf(keys: ReadonlySet<string>): KeyHeads {
  let found = keyHeads.get(keys);
  if (!found) {
    const stems = [...keys];
    found = { stems, heads: stems.map((k) => (k.length >= HEAD ? k.slice(0, HEAD) : null)), masks: stems.map((k) => 1 << stemBit(k)) };
    keyHeads.set(keys, found);
  }
  return found;
}

/** Stems in more than `share` of the given sentences: too common in a case to tell its options apart. */
export function commonStems(profiles: readonly Profile[], share: number): (stem: string) => boolean {
  const df = new Map<string, number>();
  for (const p of profiles) for (const s of p.stems.keys()) df.set(s, (df.get(s) ?? 0) + 1);
  const limit = Math.max(3, profiles.length * share);
  return (stem) => (df.get(stem) ?? 0) > limit;
}

/**
 * Which of many key sets a typed sentence could use at all: an index from each key (and its first
 * letters) to the sets holding it, so a typed turn is compared only with options that share a word.
 */
export class KeyIndex {
  private readonly byStem = new Map<string, number[]>();
  private readonly byHead = new Map<string, number[]>();
  private readonly seen: Uint32Array;
  private stamp = 0;

  constructor(keySets: readonly ReadonlySet<string>[]) {
    keySets.forEach((keys, i) => {
      const { stems, heads } = headsOf(keys);
      stems.forEach((k, j) => {
        push(this.byStem, k, i);
        const head = heads[j]!;
        if (head !== null) push(this.byHead, head, i);
      });
    });
    this.seen = new Uint32Array(keySets.length);
    this.filter = new StemFilter(this.byStem.keys());
    this.headFilter = new StemFilter(this.byHead.keys());
  }

  private readonly filter: StemFilter;
  private readonly headFilter: StemFilter;

  /** Indices (ascending) of the key sets that share a word with the sentence, loosely. */
  candidates(typed: Profile): number[] {
    const stamp = ++this.stamp;
    const out: number[] = [];
    let j = 0;
    for (const stem of typed.stems.keys()) if (this.filter.mayHave(typed.stemHashes[j++]!)) this.addNew(this.byStem.get(stem), stamp, out);
    j = 0;
    for (const head of typed.heads) if (this.headFilter.mayHave(typed.headHashes[j++]!)) this.addNew(this.byHead.get(head), stamp, out);
    // Mostly short: an insertion sort, as Array sort copies the list first.
    if (out.length > 32) return out.sort((a, b) => a - b);
    for (let i = 1; i < out.length; i++) {
      const v = out[i]!;
      let j = i - 1;
      while (j >= 0 && out[j]! > v) {
        out[j + 1] = out[j]!;
        j--;
      }
      out[j + 1] = v;
    }
    return out;
  }

  private addNew(list: number[] | undefined, stamp: number, out: number[]): void {
    if (list === undefined) return;
    const seen = this.seen;
    for (let j = 0; j < list.length; j++) {
      const i = list[j]!;
      if (seen[i] !== stamp) {
        seen[i] = stamp;
        out.push(i);
      }
    }
  }
}

function push(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [i]);
  else if (list[list.length - 1] !== i) list.push(i);
}
