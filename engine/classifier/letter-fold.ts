// What scanWords (normalize.ts) makes of each character below U+0100, worked out once by doing just what it
// does to a sentence: lower case, canonical decomposition (NFD), combining marks dropped, apostrophes dropped.
// With it the fast scanner reads accented Latin letters ("één", "café", "Übung") as it reads ASCII; before,
// one such letter sent the whole sentence down the slow path. Per character is the same as per sentence here:
// lower case depends on no neighbour below U+0100, and a combining mark that could reorder with a letter's own
// mark is above U+0100, where the fast scanner gives up.

/** A character between words. */
export const SEPARATOR = -1;
/** An apostrophe: dropped, and the word it stands in goes on ("zo'n" reads "zon"). */
export const APOSTROPHE = -2;
/** A character the fast scanner leaves to scanWords. */
export const UNKNOWN = -3;

/**
 * By character code below U+0100: the letter or digit (a–z, 0–9) it reads as, or SEPARATOR, APOSTROPHE or
 * UNKNOWN. `apostrophe` tests for an apostrophe; `marks` matches combining marks (global).
 */
export function foldTable(apostrophe: RegExp, marks: RegExp): Int16Array {
  const table = new Int16Array(256);
  for (let c = 0; c < 256; c++) {
    const char = String.fromCharCode(c);
    const folded = char.toLowerCase().normalize('NFD').replace(marks, '');
    const code = folded.charCodeAt(0);
    if (apostrophe.test(char)) table[c] = APOSTROPHE;
    else if (folded.length !== 1) table[c] = UNKNOWN;
    else table[c] = (code >= 97 && code <= 122) || (code >= 48 && code <= 57) ? code : SEPARATOR;
  }
  return table;
}
