import { gramCosine, type Idf, type Profile } from './similarity';

// A sentence weighed once under the idf of the set it is compared in: each stem's weight, the length of
// its stem vector and the sum of its weights. A case's wordings are weighed when the case is first read,
// a typed turn once per set, instead of both once per comparison.

export interface Weighed {
  readonly profile: Profile;
  /** The profile's stems, in its order, with their counts and idf weights. */
  readonly stems: readonly string[];
  readonly counts: readonly number[];
  readonly weights: readonly number[];
  /** Each stem's bit (see Profile.stemBits). */
  readonly masks: readonly number[];
  /** Σ (count · weight)². */
  readonly norm: number;
  /** Σ weight. */
  readonly total: number;
}

export function weigh(profile: Profile, idf: Idf): Weighed {
  const weights: number[] = [];
  let norm = 0;
  let total = 0;
  const { stemList, stemCounts, stemHashes } = profile;
  for (let j = 0; j < stemList.length; j++) {
    const v = stemCounts[j]!;
    const w = idf(stemList[j]!, stemHashes[j]);
    weights.push(w);
    norm += (v * w) ** 2;
    total += w;
  }
  return { profile, stems: stemList, counts: stemCounts, weights, masks: profile.stemMasks, norm, total };
}

/** 0–1: how alike two sentences are in their content words and spelling, for a one-off comparison. */
export function similarity(a: Profile, b: Profile, idf: Idf): number {
  return weighedSimilarity(weigh(a, idf), weigh(b, idf));
}

/** similarity() of two sentences already weighed under one idf. */
export function weighedSimilarity(typed: Weighed, other: Weighed): number {
  const stems = stemCosine(typed, other);
  // Without shared content words the spelling alone cannot make a match worth having; skip the costly part.
  return stems < 0.1 ? 0.6 * stems : 0.6 * stems + 0.4 * gramCosine(typed.profile, other.profile);
}

function stemCosine(a: Weighed, b: Weighed): number {
  const theirs = b.profile.stems;
  const bits = b.profile.stemBits;
  let dot = 0;
  for (let i = 0; i < a.stems.length; i++) {
    // A stem whose bit the other lacks is not among its stems: no look-up, and no term, as before.
    if ((a.masks[i]! & bits) === 0) continue;
    const o = theirs.get(a.stems[i]!);
    if (o === undefined) continue;
    const v = a.counts[i]!;
    const w = a.weights[i]!;
    dot += v * o * w * w;
  }
  return a.norm === 0 || b.norm === 0 ? 0 : dot / Math.sqrt(a.norm * b.norm);
}

/** 0–1: how much of `part`'s content (weighted by rarity) a longer sentence contains. */
export function weighedContainment(whole: Profile, part: Weighed): number {
  let have = 0;
  const bits = whole.stemBits;
  for (let i = 0; i < part.stems.length; i++) if (whole.hasStem(part.stems[i]!, part.masks[i]!)) have += part.weights[i]!;
  return part.total === 0 ? 0 : have / part.total;
}
