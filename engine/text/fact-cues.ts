import type { Scenario } from '../case/schema';
import type { Topic } from '../vocabulary';
import { profile, type Profile } from './similarity';
import { own } from '../own';

// A typed question brings out the fact it asks about: the fact whose cues ("gegeten", "koken",
// "avondeten") it uses most, not the first fact in the file that its move could open.

/** A cue word's stem and its prefixes of four letters or more (shorter forms a trainee may type). */
interface CueStem {
  stem: string;
  prefixes: readonly string[];
}
type CueStems = readonly (readonly CueStem[])[];

function cueStem(stem: string): CueStem {
  const prefixes: string[] = [];
  for (let n = 4; n < stem.length; n++) prefixes.push(stem.slice(0, n));
  return { stem, prefixes };
}

interface CueIndex {
  byFact: ReadonlyMap<string, CueStems>;
  /** Every cue stem of the case: a typed turn that shares none (nor a prefix) asks about no fact. */
  stems: ReadonlySet<string>;
  prefixes: ReadonlySet<string>;
}

const cueIndex = new WeakMap<Scenario, CueIndex>();

function cuesOf(scenario: Scenario): CueIndex {
  let index = cueIndex.get(scenario);
  if (!index) {
    const byFact = new Map<string, CueStems>();
    const stems = new Set<string>();
    const prefixes = new Set<string>();
    for (const [id, fact] of Object.entries(scenario.facts)) {
      const cues = fact.cues.map((cue) => [...profile(cue).stems.keys()].map(cueStem)).filter((c) => c.length > 0);
      byFact.set(id, cues);
      for (const cue of cues) for (const c of cue) {
        stems.add(c.stem);
        for (const p of c.prefixes) prefixes.add(p);
      }
    }
    index = { byFact, stems, prefixes };
    cueIndex.set(scenario, index);
  }
  return index;
}

function mayAskAboutFacts(index: CueIndex, typed: readonly string[], typedPrefixes: ReadonlySet<string>): boolean {
  for (const t of typed) if (index.stems.has(t) || index.prefixes.has(t)) return true;
  for (const p of typedPrefixes) if (index.stems.has(p)) return true;
  return false;
}

/** A cue word counts when the typed word has its stem, or one starts with the other (koken / kookt / kookte). */
function present(cue: CueStem, typed: ReadonlySet<string>, prefixes: ReadonlySet<string>): boolean {
  if (typed.has(cue.stem)) return true;
  if (cue.stem.length < 4) return false;
  if (prefixes.has(cue.stem)) return true;
  for (const p of cue.prefixes) if (typed.has(p)) return true;
  return false;
}

function prefixesOf(stems: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const s of stems) for (let n = 4; n < s.length; n++) out.add(s.slice(0, n));
  return out;
}

export interface CueHit {
  fact: string;
  cues: number;
}

/** A typed sentence's stems and their prefixes, worked out once per sentence (its profile). */
const typedStems = new WeakMap<Profile, { stems: string[]; typed: Set<string>; prefixes: Set<string> }>();

function stemsOf(said: Profile): { stems: string[]; typed: Set<string>; prefixes: Set<string> } {
  let found = typedStems.get(said);
  if (!found) {
    const stems = [...said.stems.keys()];
    found = { stems, typed: new Set(stems), prefixes: prefixesOf(stems) };
    typedStems.set(said, found);
  }
  return found;
}

/** The hidden facts a typed turn asks about, best first. Facts already out are left out. */
export function factsAskedAbout(scenario: Scenario, text: string, topics: readonly Topic[], revealed: readonly string[]): CueHit[] {
  const { stems, typed, prefixes } = stemsOf(profile(text));
  const index = cuesOf(scenario);
  if (!mayAskAboutFacts(index, stems, prefixes)) return [];
  const hits: (CueHit & { weight: number; order: number })[] = [];
  let order = 0;
  for (const [id, cues] of index.byFact) {
    order++;
    if (revealed.includes(id)) continue;
    let count = 0;
    for (const cue of cues) if (cue.every((s) => present(s, typed, prefixes))) count++;
    if (count === 0) continue;
    const fact = own(scenario.facts, id);
    if (!fact) continue;
    const topicOverlap = fact.topics.filter((t) => topics.includes(t)).length;
    hits.push({ fact: id, cues: count, weight: count + 0.25 * topicOverlap, order });
  }
  hits.sort((a, b) => b.weight - a.weight || a.order - b.order);
  return hits.map(({ fact, cues }) => ({ fact, cues }));
}
