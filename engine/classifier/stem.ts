import { newStemmer } from 'snowball-stemmers';

// Snowball is slow relative to our budget (tens of µs per word), and trainee vocabulary
// is small and repetitive, so every stem is computed once and remembered.
const dutch = newStemmer('dutch');
const cache = new Map<string, string>();
// Unbounded free text could grow the cache forever; past this size we start over.
const MAX_CACHE = 50_000;

export function stem(word: string): string {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const result = dutch.stem(word);
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(word, result);
  return result;
}

const VOWELS = /[aeiouyáéíóúàèëïöü]+/g;

/** How a stem's vowel is written: doubled (long, "vaak"), single in an open syllable ("straten", "dagen"), single and closed ("vak"), or a diphthong. */
export type StemVowel = `${string}/${'double' | 'open' | 'closed' | 'other'}`;

/**
 * The vowel the stem turns on, as Dutch spelling writes it. Snowball undoubles vowels, so "vaak"
 * and "vak" share the stem "vak"; see sameWord for when two such words are one.
 */
const vowelCache = new Map<string, StemVowel>();

export function stemVowel(word: string, wordStem: string): StemVowel {
  const hit = vowelCache.get(word);
  if (hit !== undefined) return hit;
  const found = readStemVowel(word, wordStem);
  if (vowelCache.size >= MAX_CACHE) vowelCache.clear();
  vowelCache.set(word, found);
  return found;
}

function readStemVowel(word: string, wordStem: string): StemVowel {
  let last: RegExpExecArray | undefined;
  for (const m of word.matchAll(VOWELS)) {
    if (m.index >= Math.max(1, wordStem.length)) break;
    last = m;
  }
  if (!last) return '/other';
  const group = last[0];
  if (group.length > 1) return group[0] === group[1] && group.length === 2 ? `${group[0]}/double` : `${group}/other`;
  const after = word.slice(last.index + 1);
  const open = /^[^aeiouyáéíóúàèëïöü]?[aeiouyáéíóúàèëïöü]/.test(after) && !/^(ch|ng)/.test(after);
  return `${group}/${open ? 'open' : 'closed'}`;
}

/**
 * Two words with one stem are one word when their vowels can be: a doubled vowel is long, and so is a
 * single vowel in an open syllable (straat, straten); a single closed vowel is short, and a few short
 * words lengthen in the plural (dag, dagen). Long written double and short never meet: vaak is no vak.
 */
export function sameWord(a: StemVowel, b: StemVowel): boolean {
  if (a === b) return true;
  const [va, ka] = a.split('/');
  const [vb, kb] = b.split('/');
  if (va !== vb) return false;
  return ka === 'open' || kb === 'open';
}
