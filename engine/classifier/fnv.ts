// FNV-1a over a word's letters: the one hash the readers' word tables and signature bits are built on.
// The scanners feed letters one at a time while they read (h = Math.imul(h ^ c, FNV_PRIME) from
// FNV_OFFSET), and land on the same number fnv1a gives for the whole word.

export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 16777619;

export function fnv1a(text: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}
