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
  /** The stems that must all be said, by their numbers. */
  stems: readonly number[];
}

/** A cue stem of four letters or more, found by its first four letters. */
interface HeadStem {
  stem: string;
  number: number;
}

interface CueIndex {
  facts: readonly string[];
  cues: readonly Cue[];
  /** Every cue stem of the case, numbered: a turn marks the stems it says in an array, with no set made… */
  numbers: ReadonlyMap<string, number>;
  /** …and which stems may be among them, without a look-up. */
  filter: StemFilter;
  /** Per stem number, the cues (their numbers) that hold it: a typed turn looks only at the cues it touches. */
  holding: readonly (readonly number[])[];
  /** Cue stems of four letters or more by their first four letters: a typed stem is compared only with these. */
  byHead: ReadonlyMap<number, readonly HeadStem[]>;
  /**
   * Marks of the turn being read (see nextStamp): per stem whether the turn said it, per cue whether it was
   * looked at. Reused by every turn, with no set made; a turn is read to the end before the next starts.
   */
  stemSaid: Uint32Array;
  cueSeen: Uint32Array;
  stamp: number;
  /** Per fact, its cues said in full by the turn being read: zero again when the turn is done. */
  counts: Int32Array;
}

/** A new mark for the stems a turn says and the cues it looks at. */
function nextStamp(index: CueIndex): number {
  index.stamp++;
  if (index.stamp === 0xffffffff) {
    index.stemSaid.fill(0);
    index.cueSeen.fill(0);
    index.stamp = 1;
  }
  return index.stamp;
}

function allSaid(stems: readonly number[], said: Uint32Array, stamp: number): boolean {
  for (let i = 0; i < stems.length; i++) if (said[stems[i]!] !== stamp) return false;
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
    const numbers = new Map<string, number>();
    const holding: number[][] = [];
    const byHead = new Map<number, HeadStem[]>();
    facts.forEach((id, fact) => {
      for (const text of own(scenario.facts, id)?.cues ?? []) {
        const stems = profile(text).stemList;
        if (stems.length === 0) continue;
        for (const s of new Set(stems)) {
          const number = numbers.get(s);
          if (number !== undefined) holding[number]!.push(cues.length);
          else {
            numbers.set(s, holding.length);
            if (s.length >= PREFIX_LENGTH) addTo(byHead, headCode(s), { stem: s, number: holding.length });
            holding.push([cues.length]);
          }
        }
        cues.push({ fact, stems: stems.map((s) => numbers.get(s)!) });
      }
    });
    index = {
      facts, cues, numbers, filter: new StemFilter(numbers.keys()), holding, byHead,
      stemSaid: new Uint32Array(holding.length), cueSeen: new Uint32Array(cues.length), stamp: 0, counts: new Int32Array(facts.length),
    };
    cueIndex.set(scenario, index);
  }
  return index;
}

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The case's cue stems (their numbers) a typed sentence says, each once: the same stem, or one that starts like it. */
function saidCueStems(index: CueIndex, typed: Profile, stamp: number): number[] {
  const said: number[] = [];
  for (let j = 0; j < typed.stemList.length; j++) {
    const t = typed.stemList[j]!;
    if (index.filter.mayHave(typed.stemHashes[j]!)) {
      const number = index.numbers.get(t);
      if (number !== undefined) say(index, said, number, stamp);
    }
    if (t.length < PREFIX_LENGTH) continue;
    const near = index.byHead.get(headCode(t));
    if (near) for (const c of near) if (c.stem !== t && (t.startsWith(c.stem) || c.stem.startsWith(t))) say(index, said, c.number, stamp);
  }
  return said;
}

function say(index: CueIndex, said: number[], number: number, stamp: number): void {
  if (index.stemSaid[number] === stamp) return;
  index.stemSaid[number] = stamp;
  said.push(number);
}

export interface CueHit {
  fact: string;
  cues: number;
}

/** The hidden facts a typed turn asks about, best first. Facts already out are left out. */
export function factsAskedAbout(scenario: Scenario, text: string, topics: readonly Topic[], revealed: readonly string[]): CueHit[] {
  const index = cuesOf(scenario);
  const stamp = nextStamp(index);
  const said = saidCueStems(index, profile(text), stamp);
  if (said.length === 0) return [];
  // Cues said in full, counted per fact; a cue is looked at once, however many of its stems were said.
  const counts = index.counts;
  for (let s = 0; s < said.length; s++) {
    const holding = index.holding[said[s]!]!;
    for (let h = 0; h < holding.length; h++) {
      const c = holding[h]!;
      if (index.cueSeen[c] === stamp) continue;
      index.cueSeen[c] = stamp;
      const cue = index.cues[c]!;
      if (allSaid(cue.stems, index.stemSaid, stamp)) counts[cue.fact]!++;
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
  counts.fill(0);
  hits.sort((a, b) => b.weight - a.weight || a.order - b.order);
  return hits.map(({ fact, cues }) => ({ fact, cues }));
}
