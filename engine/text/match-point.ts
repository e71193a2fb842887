import type { Option, Point, Scenario } from '../case/schema';
import { isCritical, judgeOption } from '../case/judgement';
import type { Move, Topic } from '../vocabulary';
import { bitCount, keyStems, makeIdf, profile, StemFilter, verbatim, type Profile } from './similarity';
import { weigh, weighedSimilarity, type Weighed } from './weighed';

// A typed sentence is taken as an option only when it says what the option says. An option the case
// judges weak needs a clear match with its own wording: a good consultant must never be handed a
// pitfall because the move fitted.

/** Similarity a sound option needs. */
export const MATCH_THRESHOLD = 0.3;
/** Similarity a pitfall option needs, with its own text or examples. */
export const PITFALL_THRESHOLD = 0.5;
/** …and a knock-out option (a legal error): said in other words but unmistakably with its own key words. */
export const CRITICAL_THRESHOLD = 0.4;

interface PointIndex {
  /** Per option, its text and examples, weighed under the point's idf. */
  readonly variants: readonly (readonly Weighed[])[];
  /** Per key stem (the words that make an option itself), the options it belongs to: a match by meaning must use one. */
  readonly byKey: ReadonlyMap<string, readonly number[]>;
  /** Which stems may be keys, without a look-up. */
  readonly keyFilter: StemFilter;
  /** Per wording (text and examples of each option, in order): its option and profile… */
  readonly wordingOption: Int32Array;
  readonly wordingProfile: readonly Profile[];
  /** …and, side by side for a quick verbatim pre-test (see verbatim), its trigram count, stem count, plain length and stem bits. */
  readonly wordingGrams: Int32Array;
  readonly wordingStems: Int32Array;
  readonly wordingPlain: Int32Array;
  readonly wordingBits: Int32Array;
  readonly idf: (stem: string) => number;
  readonly weak: readonly boolean[];
  readonly critical: readonly boolean[];
  /**
   * Per option, the turn (a stamp) that last used its key words, and its best similarity for the turn being
   * matched: reused by every turn, which is matched to the end before the next starts.
   */
  readonly keyed: Uint32Array;
  readonly scores: Float64Array;
  stamp: number;
}

const indexes = new WeakMap<Point, PointIndex>();

function indexOf(point: Point): PointIndex {
  let index = indexes.get(point);
  if (!index) {
    const profiles = point.options.map((o) => [o.text, ...o.examples].map(profile));
    const idf = makeIdf(profiles.flat());
    const byKey = new Map<string, number[]>();
    profiles.forEach((v, i) => {
      for (const k of keyStems(v)) {
        const list = byKey.get(k);
        if (list) list.push(i);
        else byKey.set(k, [i]);
      }
    });
    index = {
      variants: profiles.map((v) => v.map((p) => weigh(p, idf))),
      byKey,
      keyFilter: new StemFilter(byKey.keys()),
      wordingOption: Int32Array.from(profiles.flatMap((v, option) => v.map(() => option))),
      wordingProfile: profiles.flat(),
      wordingGrams: Int32Array.from(profiles.flat().map((p) => p.grams.ids.length)),
      wordingStems: Int32Array.from(profiles.flat().map((p) => p.stemList.length)),
      wordingPlain: Int32Array.from(profiles.flat().map((p) => p.plainLength)),
      wordingBits: Int32Array.from(profiles.flat().map((p) => p.stemBits)),
      idf,
      weak: point.options.map((o) => judgeOption(o) === 'weak'),
      critical: point.options.map((o) => isCritical(o)),
      keyed: new Uint32Array(point.options.length),
      scores: new Float64Array(point.options.length),
      stamp: 0,
    };
    indexes.set(point, index);
  }
  return index;
}

/** The first option with a wording typed (nearly) word for word, or -1. */
function verbatimOption(index: PointIndex, typed: Profile): number {
  // The typed turn's trigrams are counted when first asked for: only for a wording its stems already resemble.
  let grams: number | undefined;
  const stems = typed.stemList.length;
  const plain = typed.plainLength;
  const bits = typed.stemBits;
  const count = index.wordingGrams.length;
  for (let w = 0; w < count; w++) {
    // verbatim() refuses these at once; an identical text has the same counts, so it is never among them.
    const theirStems = index.wordingStems[w]!;
    if (Math.abs(stems - theirStems) > 2) continue;
    // Not the same text (another length), and three stems of one surely missing from the other: refused too.
    if (plain === 0 || plain !== index.wordingPlain[w]) {
      const theirBits = index.wordingBits[w]!;
      if (stems <= theirStems ? bitCount(bits & ~theirBits) > 2 : bitCount(theirBits & ~bits) > 2) continue;
    }
    grams ??= typed.grams.ids.length;
    const ratio = grams / Math.max(1, index.wordingGrams[w]!);
    if (ratio < 0.8 || ratio > 1.25) continue;
    if (verbatim(typed, index.wordingProfile[w]!)) return index.wordingOption[w]!;
  }
  return -1;
}

export interface PointMatch {
  /** 1-based option number in the file, or undefined when no option was meant. */
  option: number | undefined;
  kind: 'verbatim' | 'meaning' | 'none';
  /** Best similarity per option, in file order (for the debrief and for tuning). */
  similarity: number[];
}

export interface TypedReading {
  text: string;
  move: Move;
  topics: readonly Topic[];
}

export function matchPoint(point: Point, reading: TypedReading): PointMatch {
  const index = indexOf(point);
  const typed = profile(reading.text);
  // Typing an option's text, or one of its examples, word for word always takes it.
  const verbatimAt = verbatimOption(index, typed);
  const keyed = keyedOptions(index, typed);
  const scores = index.scores;
  const similarity: number[] = [];
  let weighed: Weighed | undefined;
  for (let i = 0; i < index.variants.length; i++) {
    let best = 0;
    if (keyed[i] === index.stamp || verbatimAt === i) {
      weighed ??= weigh(typed, index.idf);
      for (const v of index.variants[i]!) best = Math.max(best, weighedSimilarity(weighed, v));
    }
    scores[i] = best;
    similarity.push(round(best));
  }
  if (verbatimAt >= 0) return { option: verbatimAt + 1, kind: 'verbatim', similarity };
  let best: number | undefined;
  let bestScore = -Infinity;
  for (let i = 0; i < point.options.length; i++) {
    const raw = scores[i]!;
    if (keyed[i] !== index.stamp) continue;
    const needed = index.critical[i] ? CRITICAL_THRESHOLD : index.weak[i] ? PITFALL_THRESHOLD : MATCH_THRESHOLD;
    if (raw < needed) continue;
    const value = raw + bonus(point.options[i]!, reading);
    if (value > bestScore) {
      best = i + 1;
      bestScore = value;
    }
  }
  return { option: best, kind: best === undefined ? 'none' : 'meaning', similarity };
}

/**
 * Marks (index.stamp) the options whose own words the trainee used: only those can be meant, the others are
 * not compared at all.
 */
function keyedOptions(index: PointIndex, typed: Profile): Uint32Array {
  const keyed = index.keyed;
  index.stamp++;
  if (index.stamp === 0xffffffff) {
    keyed.fill(0);
    index.stamp = 1;
  }
  for (let j = 0; j < typed.stemList.length; j++) {
    if (!index.keyFilter.mayHave(typed.stemHashes[j]!)) continue;
    const options = index.byKey.get(typed.stemList[j]!);
    if (options !== undefined) for (let k = 0; k < options.length; k++) keyed[options[k]!] = index.stamp;
  }
  return keyed;
}

/** Move and topics break near-ties; they never make a match on their own. */
function bonus(option: Option, reading: TypedReading): number {
  let topics = 0;
  for (const t of option.topics) if (reading.topics.includes(t)) topics++;
  return (option.move === reading.move ? 0.05 : 0) + Math.min(2, topics) * 0.02;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/**
 * An option of the case, at any point, that a typed sentence clearly says: word for word, or at `needed`
 * similarity with the option's own key words. A typed conversation runs ahead of or behind the points,
 * so the rules that look for a knock-out or a pitfall in the trainee's words look everywhere.
 */
export function saidAtAnyPoint(
  scenario: Scenario, reading: TypedReading, wanted: (option: Option) => boolean, needed: number,
): { point: string; number: number; option: Option } | null {
  for (const [pointId, point] of Object.entries(scenario.points)) {
    if (!point.options.some(wanted)) continue;
    const found = matchPoint(point, reading);
    if (found.option === undefined) continue;
    const option = point.options[found.option - 1]!;
    if (!wanted(option)) continue;
    if (found.kind === 'verbatim' || (found.similarity[found.option - 1] ?? 0) >= needed) return { point: pointId, number: found.option, option };
  }
  return null;
}
