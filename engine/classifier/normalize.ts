import { FNV_OFFSET, FNV_PRIME } from './fnv';
import { APOSTROPHE, foldTable, UNKNOWN } from './letter-fold';
import { stem } from './stem';

// Turns raw trainee text into lowercase ASCII tokens. Trainees type fast and informally,
// so accents, punctuation, chat abbreviations and conversational fillers are noise here.

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NON_ASCII = /[^\u0000-\u007f]/;
const APOSTROPHES = /['’‘`´]/g;
const HAS_APOSTROPHE = /['’‘`´]/;

/** Words that carry no move: hesitations and discourse particles. */
const FILLERS: ReadonlySet<string> = new Set([
  'eh', 'ehm', 'ehh', 'euh', 'uh', 'uhm', 'um', 'hm', 'hmm', 'hmmm', 'mm', 'mmm', 'mhm',
  'nou', 'tja', 'ja', 'jaja', 'jah', 'jawel', 'oke', 'ok', 'okay', 'okee', 'okey', 'oki',
  'he', 'hey', 'nouja', 'enfin', 'allright', 'alright',
]);

/** Chat spellings and frequent misspellings of domain words, mapped to the standard form. */
const VARIANTS: ReadonlyMap<string, string> = new Map([
  ['ff', 'even'], ['nie', 'niet'], ['ni', 'niet'], ['wa', 'wat'], ['k', 'ik'], ['t', 'het'],
  ['n', 'een'], ['m', 'hem'], ['zn', 'zijn'], ['da', 'dat'], ['mss', 'misschien'],
  ['misch', 'misschien'], ['idd', 'inderdaad'], ['evt', 'eventueel'], ['tis', 'het'],
  ['jij', 'je'], ['jou', 'je'], ['jouw', 'je'], ['ge', 'je'], ['uwe', 'uw'], ['dr', 'er'],
  ['scootmobile', 'scootmobiel'], ['scootmobil', 'scootmobiel'], ['scotmobiel', 'scootmobiel'],
  ['scootermobiel', 'scootmobiel'], ['scooter', 'scootmobiel'], ['scootmobielen', 'scootmobiel'],
  ['scootmobiels', 'scootmobiel'], ['hulpp', 'hulp'], ['huishoudelyke', 'huishoudelijke'],
  ['mantelzorgr', 'mantelzorger'], ['pgbtje', 'pgb'],
]);

export interface Normalized {
  /** Content tokens in order, fillers removed. */
  readonly tokens: readonly string[];
  /** Whether the raw text had a question mark: a weak hint, most trainees leave it out. */
  readonly questionMark: boolean;
}

/**
 * One distinct normalised word, looked up once per token: every reader of a sentence (move, topics,
 * similarity) finds its stem here, and keeps what else it knows of the word in arrays by `id`, so a
 * token costs one look-up by its spelling instead of one per reader.
 */
export interface Word {
  readonly id: number;
  readonly text: string;
  readonly stem: string;
}

/** A sentence read into words: what every reader starts from. */
export interface WordsRead {
  readonly words: readonly Word[];
  readonly questionMark: boolean;
}

/** Spelling as typed (lower case, no accents) → its word, or null for a filler. */
const lexicon = new Map<string, Word | null>();
const byText = new Map<string, Word>();
// Unbounded free text could grow the lexicon forever: past this size it starts over, under a new generation.
const MAX_WORDS = 50_000;
let generation = 0;

/** Changes whenever the lexicon starts over: arrays kept by word id must then be emptied. */
export function lexiconGeneration(): number {
  return generation;
}

function wordOf(part: string): Word | null {
  const known = lexicon.get(part);
  if (known !== undefined) return known;
  if (lexicon.size >= MAX_WORDS) {
    lexicon.clear();
    byText.clear();
    generation++;
  }
  let word: Word | null = null;
  if (!FILLERS.has(part)) {
    const text = VARIANTS.get(part) ?? part;
    word = byText.get(text) ?? null;
    if (word === null) {
      word = { id: byText.size, text, stem: stem(text) };
      byText.set(text, word);
    }
  }
  lexicon.set(part, word);
  return word;
}

export function readWords(text: string): WordsRead {
  const before = generation;
  const read = scanLatin(text) ?? scanWords(text);
  // The lexicon started over halfway: the first words carry ids of the old one. Read again, there is room now.
  return generation === before ? read : scanWords(text);
}

// Typed spellings already in the lexicon, in an open-addressing table keyed by an FNV-1a hash of their
// letters: a sentence of Latin letters finds its words while it is scanned, with no lowercased copy, no slice
// and no string hashed per word. It holds the same words as the lexicon and starts over with it.
let spellKeys: string[] = [];
let spellWords: (Word | null)[] = [];
/** Per slot its hash and the spelling's index, side by side (index -1: empty): a probe reads one line. */
let spellSlots = emptySlots(1024);
let spellGeneration = generation;

function emptySlots(count: number): Int32Array {
  const slots = new Int32Array(count * 2);
  for (let i = 1; i < slots.length; i += 2) slots[i] = -1;
  return slots;
}

function forgetSpellings(): void {
  spellKeys = [];
  spellWords = [];
  spellSlots = emptySlots(1024);
  spellGeneration = generation;
}

/** How scanWords reads a character (see letter-fold.ts). */
const FOLD = foldTable(HAS_APOSTROPHE, COMBINING_MARKS);

function foldOf(c: number): number {
  if (c < 256) return FOLD[c]!;
  return c === 0x2019 || c === 0x2018 ? APOSTROPHE : UNKNOWN;
}

/** Index of the spelling text[start, end) (read by foldOf: `len` letters and digits, and apostrophes) with hash h, or -1. */
function findSpelling(text: string, start: number, end: number, len: number, h: number): number {
  const slots = spellSlots;
  const mask = (slots.length >> 1) - 1;
  for (let slot = h & mask; ; slot = (slot + 1) & mask) {
    const k = slots[slot * 2 + 1]!;
    if (k < 0) return -1;
    if (slots[slot * 2] !== h) continue;
    const key = spellKeys[k]!;
    if (key.length !== len) continue;
    let j = 0;
    for (let i = start; i < end; i++) {
      const c = foldOf(text.charCodeAt(i));
      if (c === APOSTROPHE) continue;
      if (c !== key.charCodeAt(j)) break;
      j++;
    }
    if (j === len) return k;
  }
}

function addSpelling(key: string, h: number, word: Word | null): void {
  if (spellGeneration !== generation) forgetSpellings();
  if ((spellKeys.length + 1) * 2 > spellSlots.length >> 1) {
    const old = spellSlots;
    spellSlots = emptySlots(old.length);
    for (let i = 0; i < old.length; i += 2) if (old[i + 1]! >= 0) placeSpelling(old[i]!, old[i + 1]!);
  }
  spellKeys.push(key);
  spellWords.push(word);
  placeSpelling(h, spellKeys.length - 1);
}

function placeSpelling(h: number, k: number): void {
  const mask = (spellSlots.length >> 1) - 1;
  let slot = h & mask;
  while (spellSlots[slot * 2 + 1]! >= 0) slot = (slot + 1) & mask;
  spellSlots[slot * 2] = h;
  spellSlots[slot * 2 + 1] = k;
}

/**
 * scanWords for text whose characters foldOf knows (ASCII, Latin-1, the curly apostrophes), reading each as
 * scanWords would; null for any other text.
 */
function scanLatin(text: string): WordsRead | null {
  if (spellGeneration !== generation) forgetSpellings();
  const words: Word[] = [];
  let questionMark = false;
  let start = -1;
  // Letters and digits of the word being scanned: its apostrophes are dropped, as scanWords drops them.
  let letters = 0;
  let h = FNV_OFFSET;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const raw = i < n ? text.charCodeAt(i) : 32;
    const c = foldOf(raw);
    if (c >= 0) {
      if (start < 0) {
        start = i;
        letters = 0;
        h = FNV_OFFSET;
      }
      h = Math.imul(h ^ c, FNV_PRIME);
      letters++;
      continue;
    }
    if (c === APOSTROPHE) continue;
    if (c === UNKNOWN) return null;
    if (raw === 63) questionMark = true;
    if (start < 0) continue;
    let word: Word | null;
    const k = findSpelling(text, start, i, letters, h);
    if (k >= 0) word = spellWords[k]!;
    else {
      const part = foldedSpelling(text, start, i);
      word = wordOf(part);
      addSpelling(part, h, word);
    }
    start = -1;
    if (word !== null) words.push(word);
  }
  return { words, questionMark };
}

/** The spelling text[start, end) as foldOf reads it, apostrophes dropped. */
function foldedSpelling(text: string, start: number, end: number): string {
  let spelling = '';
  for (let i = start; i < end; i++) {
    const c = foldOf(text.charCodeAt(i));
    if (c >= 0) spelling += String.fromCharCode(c);
  }
  return spelling;
}

function scanWords(text: string): WordsRead {
  let lower = text.toLowerCase();
  if (NON_ASCII.test(lower)) lower = lower.normalize('NFD').replace(COMBINING_MARKS, '');
  if (HAS_APOSTROPHE.test(lower)) lower = lower.replace(APOSTROPHES, '');
  const words: Word[] = [];
  // Split on everything outside a-z and 0-9, by hand: this runs for every keystroke-sized
  // utterance and a regex split costs several times more.
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    const wordChar = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (wordChar) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    const word = wordOf(lower.slice(start, i));
    start = -1;
    if (word !== null) words.push(word);
  }
  return { words, questionMark: lower.includes('?') };
}

export function normalize(text: string): Normalized {
  const { words, questionMark } = readWords(text);
  return { tokens: words.map((w) => w.text), questionMark };
}
