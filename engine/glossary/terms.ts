import type { Glossary } from './glossary';

// Finding glossary terms in a text, for both faces: no YAML here, so the browser can load it.

/** A term found in a text: which entry, and where. */
export interface TermHit {
  id: string;
  start: number;
  end: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** All capitals ("LSD", "CAK") must match as written; other words match in any case. */
const exact = (form: string) => form.length > 1 && form === form.toLocaleUpperCase('nl') && /\p{L}/u.test(form);

const patterns = new WeakMap<Glossary, { id: string; re: RegExp }[]>();

function patternsOf(glossary: Glossary): { id: string; re: RegExp }[] {
  let made = patterns.get(glossary);
  if (!made) {
    made = Object.entries(glossary).flatMap(([id, entry]) =>
      [...new Set([entry.term, ...entry.forms])].map((form) => ({
        id,
        re: new RegExp(`(?<![\\p{L}\\p{N}])${escape(form)}(?![\\p{L}\\p{N}])`, exact(form) ? 'gu' : 'giu'),
      })),
    );
    patterns.set(glossary, made);
  }
  return made;
}

/** Every term of the glossary in a text, in order; where two overlap, the longer wins. */
export function termsIn(text: string, glossary: Glossary): TermHit[] {
  const hits: TermHit[] = [];
  for (const { id, re } of patternsOf(glossary)) {
    for (const m of text.matchAll(re)) hits.push({ id, start: m.index, end: m.index + m[0].length });
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TermHit[] = [];
  for (const h of hits) if (out.length === 0 || h.start >= out.at(-1)!.end) out.push(h);
  return out;
}

/** A text in pieces: plain text, and the first appearance of each term not yet in `seen` (which it adds to). */
export function markTerms(text: string, glossary: Glossary, seen: Set<string>): { text: string; term?: string }[] {
  const pieces: { text: string; term?: string }[] = [];
  let at = 0;
  for (const hit of termsIn(text, glossary)) {
    if (seen.has(hit.id)) continue;
    seen.add(hit.id);
    if (hit.start > at) pieces.push({ text: text.slice(at, hit.start) });
    pieces.push({ text: text.slice(hit.start, hit.end), term: hit.id });
    at = hit.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at) });
  return pieces;
}
