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
