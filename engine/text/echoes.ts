import { casePoints, judgeOption } from '../case/judgement';
import type { Scenario } from '../case/schema';
import type { Move } from '../vocabulary';
import type { Form } from './form';
import { Clearest } from './clearest';
import { commonStems, KeyIndex, keysOf, keyStems, makeIdf, profile, usesKey, type Keys, type Profile } from './similarity';
import { sentencesOf } from './sentences';
import { weigh, weighedContainment, weighedSimilarity, type Weighed } from './weighed';


// What a typed turn that took no option still said: one of the case's sound options somewhere in the
// conversation, in the trainee's own words. The case's own judgement of that option (its points, the
// support it arranges) then counts for the turn, so typing is scored like clicking. Pitfalls are
// never echoed, and naming a provision the case does not offer counts for nothing.

/** Share of an option's content words (by rarity) the typed turn must contain… */
export const ECHO_CONTAINMENT = 0.4;
/** …or its similarity with the option's text or an example. */
export const ECHO_SIMILARITY = 0.3;

/** Forms that put something on the table; a question about support is not proposing it ("Wie zou u kunnen helpen?"). */
const PROPOSING: ReadonlySet<Form> = new Set(['advice_with_permission', 'advice_without_permission', 'information', 'closed_question']);
/** A proposal must say something: at least this many content words. */
const MIN_PROPOSAL_WORDS = 3;
const EXPLORING: ReadonlySet<Form> = new Set(['open_question', 'simple_reflection', 'complex_reflection', 'summary', 'affirmation']);
const SOLUTIONS: ReadonlySet<Move> = new Set(['algemene_voorziening', 'maatwerkvoorziening', 'afspraak', 'netwerk']);

interface Echoable {
  ref: string;
  move: Move;
  /** Said in the opening: only such options can be echoed there. */
  opening: boolean;
  /** Arranges support: only a whole turn can propose it, never one sentence of a turn that may take it back. */
  support: boolean;
  /** Its text and examples, weighed under the case's idf. */
  variants: Weighed[];
  /** The words that make this option itself: in at least 40% of its wordings. A typed turn must use one. */
  keys: Keys;
}



interface Catalogue {
  items: Echoable[];
  index: KeyIndex;
  idf: (stem: string) => number;
  common: (stem: string) => boolean;
}

const catalogues = new WeakMap<Scenario, Catalogue>();

/** A stem in more than this share of a case's sentences says nothing about which option was meant. */
const COMMON_SHARE = 0.1;

function catalogue(scenario: Scenario): Catalogue {
  let found = catalogues.get(scenario);
  if (!found) {
    const candidates: { ref: string; move: Move; opening: boolean; support: boolean; variants: Profile[] }[] = [];
    const all: Profile[] = [];
    for (const [pointId, point] of Object.entries(scenario.points)) {
      point.options.forEach((option, i) => {
        const variants = [option.text, ...option.examples].map(profile);
        all.push(...variants);
        if (judgeOption(option) === 'weak' || (!option.arranges && casePoints(option) <= 0)) return;
        candidates.push({ ref: `${pointId}#${i + 1}`, move: option.move, opening: point.phase === 'opening', support: option.arranges, variants });
      });
    }
    const common = commonStems(all, COMMON_SHARE);
    const idf = makeIdf(all);
    const items = candidates.map((c) => ({ ...c, variants: c.variants.map((v) => weigh(v, idf)), keys: keysOf(keyStems(c.variants, common)) }));
    found = { items, index: new KeyIndex(items.map((item) => item.keys.set)), idf, common };
    catalogues.set(scenario, found);
  }
  return found;
}

/**
 * Similarity at which the sentence is clearly this option in other words, even when the reader took
 * it for another move (a sentence does several things; the reader names one).
 */
export const ECHO_CLEAR = 0.5;

function fits(itemMove: Move, move: Move, form: Form, words: number, value: number): boolean {
  const sameMove = itemMove === move || value >= ECHO_CLEAR;
  // Summing up the plan is how a consultant closes (moves.md: afspraak "summarises the plan"): an agreement
  // said inside that summary is made, though the turn reads as a summary rather than as information.
  const proposing = PROPOSING.has(form) || (itemMove === 'afspraak' && form === 'summary');
  if (SOLUTIONS.has(itemMove) && itemMove !== 'netwerk') return (SOLUTIONS.has(move) || value >= ECHO_CLEAR) && proposing && words >= MIN_PROPOSAL_WORDS;
  return sameMove && (EXPLORING.has(form) || form === 'closed_question' || (PROPOSING.has(form) && words >= MIN_PROPOSAL_WORDS));
}

/** A turn says at most this many of the case's options: one for the whole turn, more from its sentences. */
const MAX_ECHOES = 3;

/**
 * Every sound option ("point#n") a typed turn says in other words, clearest first: the one the whole turn
 * says best, and the one each of its sentences says best (a consultant often does three things in one turn).
 * In the opening only the opening's own options count: naming cliëntondersteuning before the onderzoek is
 * not yet the closing agreement that also names it.
 */
export function echoesOf(scenario: Scenario, text: string, form: Form | null, move: Move, inOpening = false): string[] {
  if (form === null || form === 'small_talk') return [];
  const catalogued = catalogue(scenario);
  const whole = profile(text);
  if (whole.stemList.length === 0) return [];
  const parts = sentencesOf(text);
  const turn: EchoTurn = { catalogue: catalogued, move, form, inOpening, found: new Clearest() };
  bestEcho(turn, whole, null);
  // A sentence said twice is read twice: its second reading finds nothing better than its first.
  if (parts.length > 1) for (let i = 0; i < parts.length; i++) bestEcho(turn, profile(parts[i]!), parts[i]!);
  return turn.found.clearestFirst(MAX_ECHOES);
}

interface EchoTurn {
  catalogue: Catalogue;
  move: Move;
  form: Form;
  inOpening: boolean;
  /** The clearest value found per option so far. */
  found: Clearest;
}

/** The option one sentence of the turn (`part`), or the whole turn (null), says best, noted in turn.found. */
function bestEcho(turn: EchoTurn, typed: Profile, part: string | null): void {
  const { items, index, idf } = turn.catalogue;
  const { move, form } = turn;
  let bestRef = '';
  let bestValue = 0;
  let weighed: Weighed | undefined;
  // Whether this sentence takes something on, read once and only when a support option asks.
  let committed: boolean | undefined;
  for (const i of index.candidates(typed)) {
    const item = items[i]!;
    if (turn.inOpening && !item.opening) continue;
    // Not this option however clearly it is said (the move or form does not fit): no need to measure how clearly.
    if (!fits(item.move, move, form, typed.stemList.length, Infinity)) continue;
    if (item.support && part !== null && !(committed ??= commits(part))) continue;
    if (!usesKey(typed, item.keys, true, true)) continue;
    weighed ??= weigh(typed, idf);
    const value = saysOneOf(weighed, item.variants);
    if (value > bestValue && fits(item.move, move, form, typed.stemList.length, value)) {
      bestRef = item.ref;
      bestValue = value;
    }
  }
  if (bestValue > 0) turn.found.note(bestRef, bestValue);
}

/**
 * A sentence in which the consultant takes it on ("ik vraag … aan", "dat regel ik", "ik vind … nodig").
 * One sentence of a turn proposes support only so: "Er bestaat tijdelijk logeren" merely mentions it,
 * and the next sentence may take it back.
 */
const COMMITMENT = /\b(ik|we|wij)\b[^.?!;]*\b(regel|regelen|aanvragen|inzetten|aanmelden|inschakelen|stel voor|voorstellen)\b|\b(ik|we|wij)\b[^.?!;]*\b(vraag|vragen|zet|meld|schakel)\b[^.?!;]*\b(aan|in)\b|\bvind ik\b[^.?!;]*\bnodig\b|\bmag ik\b[^.?!;]*\b(vragen|bellen|regelen|aanvragen|inschakelen)\b|\b(regel|vraag|zet|meld|schakel) ik\b/i;

export function commits(sentence: string): boolean {
  return COMMITMENT.test(sentence);
}

/** How clearly a typed sentence says one of these wordings (0: not at all); all weighed under one idf. */
function saysOneOf(typed: Weighed, variants: readonly Weighed[]): number {
  let best = 0;
  for (const v of variants) {
    // A short variant ("Er is een buurtbus.") is contained in any mention: only fuller ones count that way.
    const c = v.profile.stemList.length >= 3 ? weighedContainment(typed.profile, v) : 0;
    const s = weighedSimilarity(typed, v);
    best = Math.max(best, c >= ECHO_CONTAINMENT ? c : 0, s >= ECHO_SIMILARITY ? s + 0.2 : 0);
  }
  return best;
}

const PROVISION_MOVE = { eigen_kracht: 'eigen_kracht', netwerk: 'netwerk', algemeen: 'algemene_voorziening', maatwerk: 'maatwerkvoorziening' } as const;

interface Arrangeable {
  id: string;
  move: Move;
  /** Its summary and examples, weighed under the case's idf. */
  variants: Weighed[];
  keys: Keys;
}

interface ArrangementCatalogue {
  items: Arrangeable[];
  index: KeyIndex;
  /** The case's idf (see Catalogue). */
  idf: (stem: string) => number;
}

const arrangementIndex = new WeakMap<Scenario, ArrangementCatalogue>();

function arrangementCatalogue(scenario: Scenario): ArrangementCatalogue {
  let found = arrangementIndex.get(scenario);
  if (!found) {
    const { common, idf } = catalogue(scenario);
    const items: Arrangeable[] = Object.entries(scenario.arrangements).map(([id, a]) => {
      const variants = [a.summary, ...a.examples].map(profile);
      return { id, move: PROVISION_MOVE[a.provision], variants: variants.map((v) => weigh(v, idf)), keys: keysOf(keyStems(variants, common)) };
    });
    found = { items, index: new KeyIndex(items.map((item) => item.keys.set)), idf };
    arrangementIndex.set(scenario, found);
  }
  return found;
}

/** Similarity at which one key word of an arrangement is enough. */
const ONE_KEY_ARRANGEMENT = 0.6;

/**
 * The case's arrangements (their ids, clearest first) a typed proposal arranges. Only proposals count,
 * never a question about them. A consultant often puts two things on the table in one turn ("Voor de
 * ochtenden de wijkverpleging. En op dinsdag …"), so each sentence is read on its own as well.
 */
export function arrangementsOf(scenario: Scenario, text: string, form: Form | null, move: Move): string[] {
  if (form === null || !PROPOSING.has(form) || !(SOLUTIONS.has(move) || move === 'eigen_kracht')) return [];
  const catalogued = arrangementCatalogue(scenario);
  if (catalogued.items.length === 0) return [];
  const found = new Clearest();
  bestArrangement(catalogued, profile(text), found);
  const parts = sentencesOf(text);
  if (parts.length > 1) for (let i = 0; i < parts.length; i++) bestArrangement(catalogued, profile(parts[i]!), found);
  return found.clearestFirst();
}

/** The arrangement one sentence of the turn, or the whole turn, says best, noted in `found`. */
function bestArrangement(catalogued: ArrangementCatalogue, typed: Profile, found: Clearest): void {
  if (typed.stemList.length < MIN_PROPOSAL_WORDS) return;
  const { items, index, idf } = catalogued;
  let bestId = '';
  let bestValue = 0;
  let weighed: Weighed | undefined;
  // Only arrangements that share a word with the sentence: one of its own words is enough for a short
  // proposal that clearly says it ("en een alarm om uw pols").
  for (const i of index.candidates(typed)) {
    const item = items[i]!;
    weighed ??= weigh(typed, idf);
    const value = saysOneOf(weighed, item.variants);
    if (value <= 0 || (value < ONE_KEY_ARRANGEMENT && !usesKey(typed, item.keys, true, true))) continue;
    if (value > bestValue) {
      bestId = item.id;
      bestValue = value;
    }
  }
  if (bestValue > 0) found.note(bestId, bestValue);
}
