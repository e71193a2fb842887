import type { Scenario } from '../case/schema';
import type { Topic } from '../vocabulary';
import { profile } from './similarity';
import { own } from '../own';

// A typed question brings out the fact it asks about: the fact whose cues ("gegeten", "koken",
// "avondeten") it uses most, not the first fact in the file that its move could open.

/** A cue word's stem is said when the typed stem is the same, or one starts with the other and the shorter has this many letters (koken / kookt / kookte). */
const PREFIX_LENGTH = 4;

interface Cue {
  /** The fact's place in the file. */
  fact: number;
  /** The stems that must all be said. */
  stems: readonly string[];
}

interface CueIndex {
  facts: readonly string[];
  cues: readonly Cue[];
  /** Per cue stem, the cues (their numbers) that hold it: a typed turn looks only at the cues it touches. */
  byStem: ReadonlyMap<string, readonly number[]>;
  /** Every cue stem of the case. */
  stems: ReadonlySet<string>;
  /** Cue stems of four letters or more by their first four letters: a typed stem is compared only with these. */
  byHead: ReadonlyMap<number, readonly string[]>;
}

/** The first four letters of a stem as one number (stems hold only a–z and 0–9): no string made per typed word. */
function headCode(stem: string): number {
  let code = 0;
  for (let i = 0; i < PREFIX_LENGTH; i++) code = code * 64 + stem.charCodeAt(i) - 47;
  return code;
}

const cueIndex = new WeakMap<Scenario, CueIndex>();

function cuesOf(scenario: Scenario): CueIndex {
  let index = cueIndex.get(scenario);
  if (!index) {
    const facts = Object.keys(scenario.facts);
    const cues: Cue[] = [];
    const byStem = new Map<string, number[]>();
    const byHead = new Map<number, string[]>();
    facts.forEach((id, fact) => {
      for (const text of own(scenario.facts, id)?.cues ?? []) {
        const stems = [...profile(text).stems.keys()];
        if (stems.length === 0) continue;
        for (const s of new Set(stems)) {
          const holding = byStem.get(s);
          if (holding) holding.push(cues.length);
          else {
            byStem.set(s, [cues.length]);
            if (s.length >= PREFIX_LENGTH) addTo(byHead, headCode(s), s);
          }
        }
        cues.push({ fact, stems });
      }
    });
    index = { facts, cues, byStem, stems: new Set(byStem.keys()), byHead };
    cueIndex.set(scenario, index);
  }
  return index;
}

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The case's cue stems a typed sentence says: the same stem, or one that starts like it. */
function saidCueStems(index: CueIndex, typed: Iterable<string>): Set<string> {
  const said = new Set<string>();
  for (const t of typed) {
    if (index.stems.has(t)) said.add(t);
    if (t.length < PREFIX_LENGTH) continue;
    const near = index.byHead.get(headCode(t));
    if (near) for (const c of near) if (c !== t && (t.startsWith(c) || c.startsWith(t))) said.add(c);
  }
  return said;
}

export interface CueHit {
  fact: string;
  cues: number;
}

/** The hidden facts a typed turn asks about, best first. Facts already out are left out. */
export function factsAskedAbout(scenario: Scenario, text: string, topics: readonly Topic[], revealed: readonly string[]): CueHit[] {
  const index = cuesOf(scenario);
  const said = saidCueStems(index, profile(text).stems.keys());
  if (said.size === 0) return [];
  // Cues said in full, counted per fact; a cue is looked at once, however many of its stems were said.
  const counts = new Int32Array(index.facts.length);
  const seen = new Set<number>();
  for (const s of said) {
    for (const c of index.byStem.get(s) ?? []) {
      if (seen.has(c)) continue;
      seen.add(c);
      const cue = index.cues[c]!;
      if (cue.stems.every((x) => said.has(x))) counts[cue.fact]!++;
    }
  }
  const hits: (CueHit & { weight: number; order: number })[] = [];
  index.facts.forEach((id, i) => {
    const count = counts[i]!;
    if (count === 0 || revealed.includes(id)) return;
    const fact = own(scenario.facts, id);
    if (!fact) return;
    const topicOverlap = fact.topics.filter((t) => topics.includes(t)).length;
    hits.push({ fact: id, cues: count, weight: count + 0.25 * topicOverlap, order: i });
  });
  hits.sort((a, b) => b.weight - a.weight || a.order - b.order);
  return hits.map(({ fact, cues }) => ({ fact, cues }));
}
