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

export function normalize(text: string): Normalized {
  let lower = text.toLowerCase();
  if (NON_ASCII.test(lower)) lower = lower.normalize('NFD').replace(COMBINING_MARKS, '');
  if (HAS_APOSTROPHE.test(lower)) lower = lower.replace(APOSTROPHES, '');
  const tokens: string[] = [];
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
    const part = lower.slice(start, i);
    start = -1;
    if (!FILLERS.has(part)) tokens.push(VARIANTS.get(part) ?? part);
  }
  return { tokens, questionMark: lower.includes('?') };
}
