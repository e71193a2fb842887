import type { Key } from './keys';

// Reading a view taller than the terminal a page at a time (the debrief, the glossary): the screen
// measures itself after layout (PagedBody) and update() moves its first line with these keys.

/** A view's measure of itself: its lines and the lines the terminal has room for. */
export interface Fit {
  lines: number;
  page: number;
}

/** Lines a key scrolls by: one with an arrow, a page (less one line, to keep the thread) with space or PgDn. */
export function scrollBy(key: Key, page: number): number | undefined {
  const leap = Math.max(1, page - 1);
  if (key.type === 'down') return 1;
  if (key.type === 'up') return -1;
  if (key.type === 'pageDown' || (key.type === 'char' && key.char === ' ')) return leap;
  if (key.type === 'pageUp') return -leap;
  if (key.type === 'home') return Number.NEGATIVE_INFINITY;
  if (key.type === 'end') return Number.POSITIVE_INFINITY;
  return undefined;
}

export const lastTop = (fit: Fit) => Math.max(0, fit.lines - fit.page);
const clamp = (n: number, low: number, high: number) => Math.min(high, Math.max(low, n));

/** The first line after this key, never past the last page; undefined when the key does not scroll or the view fits. */
export function scrolled(top: number, fit: Fit | null, key: Key): number | undefined {
  const lines = fit ? scrollBy(key, fit.page) : undefined;
  return fit && lines !== undefined ? clamp(top + lines, 0, lastTop(fit)) : undefined;
}

/** A new measure: scrolling is possible only while the view is taller than its room. Null when nothing changed. */
export function refit(before: Fit | null, top: number, measured: Fit): { fit: Fit | null; top: number } | null {
  const fit = measured.lines > measured.page ? { lines: measured.lines, page: measured.page } : null;
  const same = fit === null ? before === null : before?.lines === fit.lines && before.page === fit.page;
  if (same) return null;
  return { fit, top: fit ? Math.min(top, lastTop(fit)) : 0 };
}
