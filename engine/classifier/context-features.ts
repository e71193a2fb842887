import { cueMatcher } from './cues';
import { provisionsIn, type ProvisionKind } from './provisions';
import { provisionOpeners, cueOpeners, type ReadToken } from './read-token';

// What the words do (see features.ts for why): sentence form, length, cue groups and provisions in
// context. Every such feature has a fixed number, its index in CONTEXT_FEATURES. Training turns the
// numbers into names; the move reader turns them into model rows through a small array, so a typed
// turn builds no feature name and looks none up.

export const FORMS = ['open', 'closed', 'statement', 'exclamation', 'empty'] as const;
export type SentenceForm = (typeof FORMS)[number];
const OPEN = 0;
const CLOSED = 1;
const STATEMENT = 2;
const EXCLAMATION = 3;
const EMPTY = 4;

const WH_WORDS: ReadonlySet<string> = new Set([
  'wat', 'hoe', 'waar', 'wie', 'wanneer', 'welke', 'welk', 'waarom', 'waarvoor', 'waarmee',
  'waardoor', 'hoeveel', 'hoelang', 'waaraan', 'waarover', 'waarop', 'waarin', 'waarbij', 'hoezo',
]);
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['u', 'je', 'jullie', 'ze', 'hij', 'zij']);
const CLOSED_AFTER_VERB: ReadonlySet<string> = new Set(['er', 'het', 'uw', 'iemand', 'meneer', 'mevrouw']);
/** Sentence openers that are not part of the clause ("en", "maar"), skipped for the form. */
const LEADING_CONNECTIVES: ReadonlySet<string> = new Set(['en', 'maar', 'of', 'want', 'goh']);
/** Adverbs that cause inversion in a statement: "dan kunt u ..." is not a question. */
const INVERTING_ADVERBS: ReadonlySet<string> = new Set([
  'dan', 'nu', 'daar', 'toen', 'misschien', 'ook', 'wel', 'dus', 'verder', 'soms', 'eerst', 'straks',
  'hier', 'zo', 'bovendien', 'daarnaast', 'anders', 'samen', 'daarom', 'vandaag', 'morgen', 'straks',
  'natuurlijk', 'gelukkig', 'helaas', 'eigenlijk', 'zeker', 'binnenkort', 'vaak', 'meestal', 'in',
]);
/** Words that may stand right before "u"/"je" in a statement ("voor u", "ik bel u"). */
const NOT_INVERTED_BEFORE_PRONOUN: ReadonlySet<string> = new Set([
  ...WH_WORDS, ...INVERTING_ADVERBS, 'ik', 'we', 'wij', 'dat', 'als', 'of', 'omdat', 'want', 'die', 'en',
  'voor', 'met', 'aan', 'van', 'bij', 'naar', 'op', 'om', 'tegen', 'over', 'door', 'zodat', 'tot', 'maar',
  'terwijl', 'hoewel', 'wanneer', 'waar', 'zoals', 'dus', 'nou', 'ja', 'nee', 'uit', 'onder',
]);
const SUBJECTS: ReadonlySet<string> = new Set(['ik', 'we', 'wij', 'hij', 'zij', 'ze']);
const NEGATIONS: ReadonlySet<string> = new Set(['geen', 'niet', 'nooit', 'nee', 'niks', 'niets']);
const DEFINITE: ReadonlySet<string> = new Set(['die', 'deze', 'dat', 'de', 'het', 'uw', 'je', 'zon', 'jullie']);
/** Tokens either side of a provision searched for a negation: "X is in uw geval niet nodig". */
const NEGATION_WINDOW = 6;

const LENGTHS = ['len:1', 'len:2', 'len:4', 'len:8', 'len:15'] as const;
const KINDS: readonly ProvisionKind[] = ['individueel', 'algemeen', 'particulier'];
const KIND_CODE: Record<ProvisionKind, string> = { individueel: 'ind', algemeen: 'alg', particulier: 'own' };

// The numbering: each name is listed once, here, in the order these lines make them.
const names: string[] = [];
const numbered = (name: string): number => names.push(name) - 1;
const FORM_FEATURES = FORMS.map((form) => numbered(`form:${form}`));
const QMARK = numbered('form:qmark');
const INNER = numbered('form:inner');
const LENGTH_FEATURES = LENGTHS.map(numbered);
/** By cue, in the order of cueMatcher.values (the cue indices firstHits gives). */
const CUE_FEATURES = cueMatcher.values.map((cue) => ({
  cue: numbered(`cue:${cue}`),
  byForm: FORMS.map((form) => numbered(`cue:${cue}:${form}`)),
  inner: numbered(`cue:${cue}:inner`),
}));
const REASON = cueMatcher.values.indexOf('reason');
const NO_PROVISION = numbered('p:none');
/** By the bits (1 << index in KINDS) of the kinds a turn names; two or more kinds make a mix. */
const MIX_FEATURES = Array.from({ length: 1 << KINDS.length }, (_, mask) => {
  const codes = KINDS.filter((_, k) => (mask & (1 << k)) !== 0).map((kind) => KIND_CODE[kind]);
  return codes.length > 1 ? numbered(`p:mix:${codes.sort().join('+')}`) : -1;
});
/** By kind, in KINDS order. */
const KIND_FEATURES = KINDS.map((kind) => {
  const p = `p:${KIND_CODE[kind]}`;
  return {
    kind: numbered(p),
    byForm: FORMS.map((form) => numbered(`${p}:${form}`)),
    first: numbered(`${p}:first`),
    een: numbered(`${p}:een`),
    definite: numbered(`${p}:def`),
    negated: numbered(`${p}:neg`),
    negatedReason: numbered(`${p}:neg:reason`),
    byCue: cueMatcher.values.map((cue) => numbered(`${p}:${cue}`)),
  };
});

/** Every context feature's name, by its number. */
export const CONTEXT_FEATURES: readonly string[] = names;

/**
 * The numbers of a turn's context features, in the order training adds their names (a number may come
 * twice: the first counts). `read` is the turn's tokens.
 */
export function contextFeatures(read: readonly ReadToken[], questionMark: boolean, out: number[]): void {
  const form = formOf(read);
  out.push(FORM_FEATURES[form]!);
  if (questionMark) out.push(QMARK);
  const inner = form === STATEMENT && hasInnerQuestion(read);
  if (inner) out.push(INNER);
  out.push(LENGTH_FEATURES[lengthBucket(read.length)]!);

  const cues: number[] = [];
  cueMatcher.firstHits(read, cues, cueOpeners);
  for (const cue of cues) {
    const features = CUE_FEATURES[cue]!;
    out.push(features.cue, features.byForm[form]!);
    if (inner) out.push(features.inner);
  }

  const provisions = provisionsIn(read, provisionOpeners);
  if (provisions.length === 0) {
    out.push(NO_PROVISION);
    return;
  }
  // Two kinds together decide differently than either alone: a maatwerk product plus
  // "uit eigen zak" is the client paying privately, plus a general one often a motivated no.
  let kinds = 0;
  for (const hit of provisions) kinds |= 1 << KINDS.indexOf(hit.kind);
  const mix = MIX_FEATURES[kinds]!;
  if (mix >= 0) out.push(mix);
  for (const hit of provisions) {
    const features = KIND_FEATURES[KINDS.indexOf(hit.kind)]!;
    out.push(features.kind, features.byForm[form]!);
    if (hit.start === 0) out.push(features.first);
    const before = read[hit.start - 1]?.token;
    if (before === 'een') out.push(features.een);
    else if (before !== undefined && DEFINITE.has(before)) out.push(features.definite);
    if (isNegated(read, hit.start, hit.end)) {
      out.push(features.negated);
      if (cues.includes(REASON)) out.push(features.negatedReason);
    }
    for (const cue of cues) out.push(features.byCue[cue]!);
  }
}

/** The sentence form, an index in FORMS. */
function formOf(read: readonly ReadToken[]): number {
  let i = 0;
  while (i < read.length - 1 && LEADING_CONNECTIVES.has(read[i]!.token)) i++;
  const first = read[i]?.token;
  const second = read[i + 1]?.token ?? '';
  if (first === undefined) return EMPTY;
  if (first === 'wat' && (second === 'een' || second === 'mooi' || second === 'fijn' || second === 'leuk')) {
    return EXCLAMATION;
  }
  if (WH_WORDS.has(first)) return OPEN;
  if (INVERTING_ADVERBS.has(first) || SUBJECT_PRONOUNS.has(first) || first === 'ik' || first === 'we') {
    return STATEMENT;
  }
  if (SUBJECT_PRONOUNS.has(second) || CLOSED_AFTER_VERB.has(second)) return CLOSED;
  return STATEMENT;
}

/** A yes/no question after an opening clause: "u was boekhouder, mist u dat werk". */
function hasInnerQuestion(read: readonly ReadToken[]): boolean {
  for (let i = 2; i + 1 < read.length; i++) {
    const next = read[i + 1]!.token;
    if (next !== 'u' && next !== 'je' && next !== 'jullie') continue;
    if (NOT_INVERTED_BEFORE_PRONOUN.has(read[i]!.token) || SUBJECTS.has(read[i - 1]!.token)) continue;
    return true;
  }
  return false;
}

/** An index in LENGTHS. */
function lengthBucket(n: number): number {
  if (n <= 1) return 0;
  if (n <= 3) return 1;
  if (n <= 7) return 2;
  if (n <= 14) return 3;
  return 4;
}

function isNegated(read: readonly ReadToken[], start: number, end: number): boolean {
  for (let i = Math.max(0, start - NEGATION_WINDOW); i < start; i++) if (NEGATIONS.has(read[i]!.token)) return true;
  const last = Math.min(read.length, end + NEGATION_WINDOW);
  for (let i = end; i < last; i++) if (NEGATIONS.has(read[i]!.token)) return true;
  return false;
}
