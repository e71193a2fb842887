import type { Scenario } from '../case/schema';
import type { Topic } from '../vocabulary';
import { profile, StemFilter, type Profile } from './similarity';
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
  /** Every cue stem of the case… */
  stems: ReadonlySet<string>;
  /** …and which stems may be among them, without a look-up. */
  filter: StemFilter;
  /** Cue stems of four letters or more by their first four letters: a typed stem is compared only with these. */
  byHead: ReadonlyMap<number, readonly string[]>;
  /** Per cue, the turn that last looked at it (see nextStamp): a cue is looked at once per turn, with no set made. */
  seen: Uint32Array;
  stamp: number;
}

/** A new mark for the cues a turn looks at. */
function nextStamp(index: CueIndex): number {
  index.stamp++;
  if (index.stamp === 0xffffffff) {
    index.seen.fill(0);
    index.stamp = 1;
  }
  return index.stamp;
}

function allSaid(stems: readonly string[], said: ReadonlySet<string>): boolean {
  for (let i = 0; i < stems.length; i++) if (!said.has(stems[i]!)) return false;
  return true;
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
    index = { facts, cues, byStem, stems: new Set(byStem.keys()), filter: new StemFilter(byStem.keys()), byHead, seen: new Uint32Array(cues.length), stamp: 0 };
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
function saidCueStems(index: CueIndex, typed: Profile): Set<string> {
  const said = new Set<string>();
  let j = 0;
  for (const t of typed.stems.keys()) {
    if (index.filter.mayHave(typed.stemHashes[j++]!) && index.stems.has(t)) said.add(t);
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
  const said = saidCueStems(index, profile(text));
  if (said.size === 0) return [];
  // Cues said in full, counted per fact; a cue is looked at once, however many of its stems were said.
  const counts = new Int32Array(index.facts.length);
  const stamp = nextStamp(index);
  for (const s of said) {
    const holding = index.byStem.get(s);
    if (holding === undefined) continue;
    for (let h = 0; h < holding.length; h++) {
      const c = holding[h]!;
      if (index.seen[c] === stamp) continue;
      index.seen[c] = stamp;
      const cue = index.cues[c]!;
      if (allSaid(cue.stems, said)) counts[cue.fact]!++;
    }
  }
  const hits: (CueHit & { weight: number; order: number })[] = [];
  for (let i = 0; i < index.facts.length; i++) {
    const count = counts[i]!;
    const id = index.facts[i]!;
    if (count === 0 || revealed.includes(id)) continue;
    const fact = own(scenario.facts, id);
    if (!fact) continue;
    let topicOverlap = 0;
    for (const t of fact.topics) if (topics.includes(t)) topicOverlap++;
    hits.push({ fact: id, cues: count, weight: count + 0.25 * topicOverlap, order: i });
  }
  hits.sort((a, b) => b.weight - a.weight || a.order - b.order);
  return hits.map(({ fact, cues }) => ({ fact, cues }));
}
