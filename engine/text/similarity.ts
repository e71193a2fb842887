import { HEAD, stemBit, stemHash, type Profile } from './profile';

// Meaning, as far as an offline reader can see it: the content-word stems two sentences share
// (weighted by how rare they are among the sentences compared) and their character trigrams
// (which survive typos and Dutch inflection that the stemmer misses). A sentence is read into a
// Profile (profile.ts); here profiles are compared.

export { forgetProfiles, profile, stemHash, type Profile } from './profile';

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

/** A stem's weight; `hash` (its stemHash), when given, lets a stem the set never had skip the look-up. */
export type Idf = (stem: string, hash?: number) => number;

/** Inverse document frequency over a set of sentences: a stem every option shares weighs little. */
export function makeIdf(profiles: readonly Profile[]): Idf {
  const df = new Map<string, number>();
  for (const p of profiles) for (const s of p.stemList) df.set(s, (df.get(s) ?? 0) + 1);
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
  const stems = typed.stemList.length;
  const theirs = option.stemList.length;
  if (Math.abs(stems - theirs) > 2) return false;
  // Three stem bits of the one with fewer stems missing from the other: three of its stems are, too.
  const fewer = stems <= theirs ? typed : option;
  const more = fewer === typed ? option : typed;
  if (bitCount(fewer.stemBits & ~more.stemBits) > 2) return false;
  let shared = 0;
  for (let i = 0; i < stems; i++) if (option.hasStem(typed.stemList[i]!, typed.stemMasks[i]!)) shared++;
  if (shared < Math.min(stems, theirs) - 2) return false;
  // Nearly the same text has nearly as many trigrams: asked last, as the trigrams are counted when first asked for.
  const ratio = typed.grams.ids.length / Math.max(1, option.grams.ids.length);
  if (ratio < 0.8 || ratio > 1.25) return false;
  return gramCosine(typed, option) >= 0.9;
}

/**
 * The words that make one option or arrangement itself: stems in at least 40% of its wordings (text and
 * examples). `common` leaves out stems that too many sentences of the case share ("bellen", "zullen").
 */
export function keyStems(variants: readonly Profile[], common: (stem: string) => boolean = () => false): Set<string> {
  const count = new Map<string, number>();
  for (const v of variants) for (const s of v.stemList) if (s.length >= 4 && !common(s)) count.set(s, (count.get(s) ?? 0) + 1);
  const needed = Math.max(variants.length > 1 ? 2 : 1, Math.ceil(variants.length * 0.4));
  return new Set([...count].filter(([, n]) => n >= needed).map(([s]) => s));
}

/**
 * Whether a typed sentence uses enough of an option's own words: one, or two when it has several.
 * `loose` also accepts a word that starts like a key ("fysiotherapeut" for "fysiotherapie"); pitfalls
 * are matched strictly, by their own words only.
 */
export function usesKey(typed: Profile, keys: Keys, several = false, loose = false): boolean {
  const { stems, heads, masks } = keys;
  const needed = several && stems.length >= 3 ? 2 : 1;
  let n = 0;
  if (!loose) {
    for (const s of typed.stemList) if (keys.set.has(s) && ++n >= needed) return true;
    return false;
  }
  for (let i = 0; i < stems.length; i++) {
    const head = heads[i]!;
    if ((typed.hasStem(stems[i]!, masks[i]!) || (head !== null && typed.hasHead(head))) && ++n >= needed) return true;
  }
  return false;
}

/** A set of key stems with what loose matching asks of each key: worked out once per set (keysOf). */
export interface Keys {
  readonly set: ReadonlySet<string>;
  /** The keys, in the set's order… */
  readonly stems: readonly string[];
  /** …each one's first letters (HEAD of them), or null for a shorter key… */
  readonly heads: readonly (string | null)[];
  /** …and each one's bit (see Profile.stemBits). */
  readonly masks: readonly number[];
}

const keysBySet = new WeakMap<ReadonlySet<string>, Keys>();

/** Each key of the set with its first letters and its bit. */
export function keysOf(set: ReadonlySet<string>): Keys {
  let found = keysBySet.get(set);
  if (!found) {
    const stems = [...set];
    found = { set, stems, heads: stems.map((k) => (k.length >= HEAD ? k.slice(0, HEAD) : null)), masks: stems.map((k) => 1 << stemBit(k)) };
    keysBySet.set(set, found);
  }
  return found;
}

/** Stems in more than `share` of the given sentences: too common in a case to tell its options apart. */
export function commonStems(profiles: readonly Profile[], share: number): (stem: string) => boolean {
  const df = new Map<string, number>();
  for (const p of profiles) for (const s of p.stemList) df.set(s, (df.get(s) ?? 0) + 1);
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
      const { stems, heads } = keysOf(keys);
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
    const { stemList, stemHashes, headList, headHashes } = typed;
    for (let j = 0; j < stemList.length; j++) if (this.filter.mayHave(stemHashes[j]!)) this.addNew(this.byStem.get(stemList[j]!), stamp, out);
    for (let j = 0; j < headList.length; j++) if (this.headFilter.mayHave(headHashes[j]!)) this.addNew(this.byHead.get(headList[j]!), stamp, out);
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
