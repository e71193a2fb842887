import { cuesIn } from './cues';
import { provisionsIn, type ProvisionKind } from './provisions';
import { cueOpeners, provisionOpeners, readToken, type ReadToken } from './read-token';

// Feature extraction. Besides stems and stem bigrams (which the model learns from the
// data) we add features that encode what decides a move in a keukentafelgesprek and
// generalises beyond the training sentences: the sentence form (open question, yes/no
// question, statement), cue-word groups, and provision mentions in context. Conjunctions
// are explicit because a linear model cannot build them: "scootmobiel" in a wh-question
// is usually about the client's request (verhelderen), in "heeft u al aan ... gedacht"
// it is a proposal (maatwerk), next to "geen ... omdat" it is a motivated no (afspraak).

export type SentenceForm = 'open' | 'closed' | 'statement' | 'exclamation' | 'empty';

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
const KIND_CODE: Record<ProvisionKind, string> = { individueel: 'ind', algemeen: 'alg', particulier: 'own' };

export function sentenceForm(tokens: readonly string[]): SentenceForm {
  let i = 0;
  while (i < tokens.length - 1 && LEADING_CONNECTIVES.has(tokens[i] ?? '')) i++;
  const first = tokens[i];
  const second = tokens[i + 1] ?? '';
  if (first === undefined) return 'empty';
  if (first === 'wat' && (second === 'een' || second === 'mooi' || second === 'fijn' || second === 'leuk')) {
    return 'exclamation';
  }
  if (WH_WORDS.has(first)) return 'open';
  if (INVERTING_ADVERBS.has(first) || SUBJECT_PRONOUNS.has(first) || first === 'ik' || first === 'we') {
    return 'statement';
  }
  if (SUBJECT_PRONOUNS.has(second) || CLOSED_AFTER_VERB.has(second)) return 'closed';
  return 'statement';
}

/** A yes/no question after an opening clause: "u was boekhouder, mist u dat werk". */
function hasInnerQuestion(tokens: readonly string[]): boolean {
  for (let i = 2; i + 1 < tokens.length; i++) {
    const next = tokens[i + 1] ?? '';
    if (next !== 'u' && next !== 'je' && next !== 'jullie') continue;
    if (NOT_INVERTED_BEFORE_PRONOUN.has(tokens[i] ?? '') || SUBJECTS.has(tokens[i - 1] ?? '')) continue;
    return true;
  }
  return false;
}

function lengthBucket(n: number): string {
  if (n <= 1) return 'len:1';
  if (n <= 3) return 'len:2';
  if (n <= 7) return 'len:4';
  if (n <= 14) return 'len:8';
  return 'len:15';
}

/** Feature names for one utterance; each name at most once. */
export function extractFeatures(
  tokens: readonly string[],
  stems: readonly string[],
  questionMark: boolean,
  read: (token: string, tokenStem: string) => ReadToken = readToken,
): Set<string> {
  const features = new Set<string>();
  addWordFeatures(tokens, stems, features);
  addContextFeatures(tokens.map((t, i) => read(t, stems[i] ?? '')), tokens, questionMark, features);
  return features;
}

/** The words themselves: opening word(s), stems and stem bigrams. See WordRows for the fast twin. */
export function addWordFeatures(tokens: readonly string[], stems: readonly string[], features: Set<string>): void {
  const first = tokens[0];
  if (first !== undefined) {
    features.add(`first:${first}`);
    if (tokens.length > 1) features.add(`first2:${first}_${tokens[1]}`);
  }
  for (let i = 0; i < stems.length; i++) {
    features.add(`w:${stems[i]}`);
    if (i + 1 < stems.length) features.add(`b:${stems[i]}_${stems[i + 1]}`);
  }
}

/** What the words do: sentence form, length, cue groups and provisions in context. `read` holds the same tokens as `tokens`. */
export function addContextFeatures(
  read: readonly ReadToken[],
  tokens: readonly string[],
  questionMark: boolean,
  features: Set<string>,
): void {
  const form = sentenceForm(tokens);
  features.add(name('form', form));
  if (questionMark) features.add('form:qmark');
  const inner = form === 'statement' && hasInnerQuestion(tokens);
  if (inner) features.add('form:inner');
  features.add(lengthBucket(tokens.length));

  const cues = cuesIn(read, cueOpeners);
  const cueNames = new Set<string>();
  for (const hit of cues) cueNames.add(hit.value);
  for (const cue of cueNames) {
    features.add(name('cue', cue));
    features.add(name(name('cue', cue), form));
    if (inner) features.add(name(name('cue', cue), 'inner'));
  }

  const provisions = provisionsIn(read, provisionOpeners);
  if (provisions.length === 0) features.add('p:none');
  const kinds = new Set(provisions.map((hit) => KIND_CODE[hit.kind]));
  // Two kinds together decide differently than either alone: a maatwerk product plus
  // "uit eigen zak" is the client paying privately, plus a general one often a motivated no.
  if (kinds.size > 1) features.add(`p:mix:${[...kinds].sort().join('+')}`);
  for (const hit of provisions) {
    const kind = KIND_CODE[hit.kind];
    features.add(name('p', kind));
    features.add(name(name('p', kind), form));
    if (hit.start === 0) features.add(name(name('p', kind), 'first'));
    const before = tokens[hit.start - 1];
    if (before === 'een') features.add(name(name('p', kind), 'een'));
    else if (before !== undefined && DEFINITE.has(before)) features.add(name(name('p', kind), 'def'));
    if (isNegated(tokens, hit.start, hit.end)) {
      features.add(name(name('p', kind), 'neg'));
      if (cueNames.has('reason')) features.add(name(name(name('p', kind), 'neg'), 'reason'));
    }
    for (const cue of cueNames) features.add(name(name('p', kind), cue));
  }
}

// Context feature names are built from a few fixed parts. Composing them once and handing
// out the same string every time spares building and hashing a new string per utterance.
const NAMES = new Map<string, Map<string, string>>();

function name(prefix: string, part: string): string {
  let byPart = NAMES.get(prefix);
  if (byPart === undefined) {
    byPart = new Map();
    NAMES.set(prefix, byPart);
  }
  let full = byPart.get(part);
  if (full === undefined) {
    full = `${prefix}:${part}`;
    byPart.set(part, full);
  }
  return full;
}

/** Tokens either side of a provision searched for a negation: "X is in uw geval niet nodig". */
const NEGATION_WINDOW = 6;

function isNegated(tokens: readonly string[], start: number, end: number): boolean {
  for (let i = Math.max(0, start - NEGATION_WINDOW); i < start; i++) if (NEGATIONS.has(tokens[i] ?? '')) return true;
  const last = Math.min(tokens.length, end + NEGATION_WINDOW);
  for (let i = end; i < last; i++) if (NEGATIONS.has(tokens[i] ?? '')) return true;
  return false;
}
