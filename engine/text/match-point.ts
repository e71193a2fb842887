import type { Option, Point } from '../case/schema';
import { isCritical, judgeOption } from '../case/judgement';
import type { Move, Topic } from '../vocabulary';
import { keyStems, makeIdf, profile, similarity, usesKey, verbatim, type Idf, type Profile } from './similarity';
import { own } from '../own';

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
  readonly variants: readonly (readonly Profile[])[];
  /** Per option, the words that make it itself; a match by meaning must use one. */
  readonly keys: readonly Set<string>[];
  readonly texts: readonly Profile[];
  readonly idf: Idf;
  readonly weak: readonly boolean[];
  readonly critical: readonly boolean[];
}

const indexes = new WeakMap<Point, PointIndex>();

function indexOf(point: Point): PointIndex {
  let index = indexes.get(point);
  if (!index) {
    const variants = point.options.map((o) => [o.text, ...o.examples].map(profile));
    index = {
      variants, keys: variants.map((v) => keyStems(v)), texts: variants.map((v) => v[0]!), idf: makeIdf(variants.flat()),
      weak: point.options.map((o) => judgeOption(o) === 'weak'),
      critical: point.options.map((o) => isCritical(o)),
    };
    indexes.set(point, index);
  }
  return index;
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
  const verbatimAt = index.variants.findIndex((vs) => vs.some((p) => verbatim(typed, p)));
  // Only an option whose own words the trainee used can be meant: the others are not compared at all.
  const keyed = index.keys.map((keys) => usesKey(typed, keys));
  const scores = index.variants.map((vs, i) => {
    if (!keyed[i] && verbatimAt !== i) return 0;
    let best = 0;
    for (const v of vs) best = Math.max(best, similarity(typed, v, index.idf));
    return best;
  });
  if (verbatimAt >= 0) return { option: verbatimAt + 1, kind: 'verbatim', similarity: scores.map(round) };
  let best: number | undefined;
  let bestScore = -Infinity;
  point.options.forEach((option, i) => {
    const raw = scores[i] ?? 0;
    if (!keyed[i]) return;
    const needed = index.critical[i] ? CRITICAL_THRESHOLD : index.weak[i] ? PITFALL_THRESHOLD : MATCH_THRESHOLD;
    if (raw < needed) return;
    const value = raw + bonus(option, reading);
    if (value > bestScore) {
      best = i + 1;
      bestScore = value;
    }
  });
  return { option: best, kind: best === undefined ? 'none' : 'meaning', similarity: scores.map(round) };
}

/** Move and topics break near-ties; they never make a match on their own. */
function bonus(option: Option, reading: TypedReading): number {
  const topics = option.topics.filter((t) => reading.topics.includes(t)).length;
  return (option.move === reading.move ? 0.05 : 0) + Math.min(2, topics) * 0.02;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** Similarity an option further on in the conversation needs: the trainee got there ahead of the case. */
export const AHEAD_THRESHOLD = 0.4;
/** …or, for a solution or agreement that the reader also read as one, this. */
export const AHEAD_SOLUTION_THRESHOLD = 0.3;
const SOLUTIONS = new Set(['algemene_voorziening', 'maatwerkvoorziening', 'afspraak']);

const reachableCache = new WeakMap<Record<string, Point>, Map<string, string[]>>();

/** Points the conversation can still reach from `from` (options' next and the points' own next), nearest first. */
export function pointsAhead(points: Record<string, Point>, from: string): string[] {
  let byPoint = reachableCache.get(points);
  if (!byPoint) {
    byPoint = new Map();
    reachableCache.set(points, byPoint);
  }
  const hit = byPoint.get(from);
  if (hit) return hit;
  const seen = new Set([from]);
  const order: string[] = [];
  const queue = [from];
  while (queue.length > 0) {
    const id = queue.shift()!;
    const point = Object.hasOwn(points, id) ? points[id]! : undefined;
    if (!point) continue;
    const exits = [...point.options.map((o) => o.next), point.next];
    for (const next of exits) {
      if (next === undefined || seen.has(next) || !Object.hasOwn(points, next)) continue;
      seen.add(next);
      order.push(next);
      queue.push(next);
    }
  }
  byPoint.set(from, order);
  return order;
}

const stemIndexCache = new WeakMap<Record<string, Point>, Map<string, Set<string>>>();

/** Which points have an option with this key word: a cheap first sieve before comparing sentences. */
function pointsWithStem(points: Record<string, Point>): Map<string, Set<string>> {
  let index = stemIndexCache.get(points);
  if (!index) {
    index = new Map();
    for (const [id, point] of Object.entries(points)) {
      for (const keys of indexOf(point).keys) {
        for (const s of keys) {
          let set = index.get(s);
          if (!set) index.set(s, (set = new Set()));
          set.add(id);
        }
      }
    }
    stemIndexCache.set(points, index);
  }
  return index;
}

/**
 * A typed sentence that none of this point's options says may say a sound option further on: a
 * consultant who brings up the buurtbus early is taken there. Pitfalls further on are never taken.
 */
export function matchAhead(points: Record<string, Point>, from: string, reading: TypedReading): { point: string; option: number } | undefined {
  const ahead = pointsAhead(points, from);
  if (ahead.length === 0) return undefined;
  const byStem = pointsWithStem(points);
  const candidates = new Map<string, number>();
  for (const s of profile(reading.text).stems.keys()) {
    for (const id of byStem.get(s) ?? []) candidates.set(id, (candidates.get(id) ?? 0) + 1);
  }
  let best: { point: string; option: number; value: number } | undefined;
  for (const id of ahead) {
    // An option's own key word at least: without one no option there can be meant.
    if ((candidates.get(id) ?? 0) < 1) continue;
    const point = own(points, id);
    if (!point) continue;
    const found = matchPoint(point, reading);
    if (found.option === undefined) continue;
    const option = point.options[found.option - 1]!;
    if (judgeOption(option) === 'weak') continue;
    const value = found.kind === 'verbatim' ? 2 : (found.similarity[found.option - 1] ?? 0);
    const solution = SOLUTIONS.has(option.move) && SOLUTIONS.has(reading.move);
    if (value < (solution ? AHEAD_SOLUTION_THRESHOLD : AHEAD_THRESHOLD)) continue;
    if (!best || value > best.value) best = { point: id, option: found.option, value };
  }
  return best && { point: best.point, option: best.option };
}
