import { profile } from '../text/similarity';

// Whether a trainee's verslag seems to name something: the content words of what it should name
// (a fact's summary and cues, an arrangement's summary), found in the text by stem, by a shared
// beginning of five letters or more (buurvrouw / buurvrouwen, vrijwilliger / vrijwilligers), or as
// the last part of a compound (club / voetbalclub). A reading aid for the trainee's own check,
// never a score: the checklist says "herkend", not "goed".

const PREFIX = 5;

function stemsOf(text: string): string[] {
  return [...profile(text).stems.keys()];
}

function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  // Dutch compounds name their kind last: a voetbalclub is a club, a buurtbus a bus.
  if ((a.length >= 4 && b.endsWith(a)) || (b.length >= 4 && a.endsWith(b))) return true;
  if (a.length < PREFIX || b.length < PREFIX) return false;
  return a.startsWith(b) || b.startsWith(a) || a.slice(0, PREFIX + 1) === b.slice(0, PREFIX + 1);
}

/** The distinct words of `reference` that `written` contains. */
export function sharedWords(written: string, reference: readonly string[]): number {
  const have = stemsOf(written);
  if (have.length === 0) return 0;
  const wanted = new Set(reference.flatMap(stemsOf));
  let shared = 0;
  for (const w of wanted) if (have.some((h) => sameWord(h, w))) shared++;
  return shared;
}

/** Named when two of its words are there, or its only word when it has just one. */
export function seemsNamed(written: string, reference: readonly string[]): boolean {
  const wanted = new Set(reference.flatMap(stemsOf)).size;
  if (wanted === 0) return false;
  return sharedWords(written, reference) >= Math.min(2, wanted);
}
