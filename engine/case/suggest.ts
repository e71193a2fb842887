/** The closest known name, so a typo like "optoins" gets a "bedoelde je" hint. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  const limit = Math.max(2, Math.floor(word.length / 3));
  return bestDistance <= limit ? best : undefined;
}

export function didYouMean(word: string, candidates: Iterable<string>): string {
  const hit = closest(word, candidates);
  return hit === undefined ? '' : ` Bedoelde je "${hit}"?`;
}

/** Words a case writer uses for "the conversation ends here", where an option wants close: true. */
const CLOSING = /^(af(ge)?rond\w*|afsluit\w*|afsluiting|einde?|eind\w*|klaar|stop(pen)?|sluiten|slot|close|end|finish)$/i;

/**
 * Why a point name is unknown, and what to write instead: the closest point, or for a word like
 * "afronden" on an option, close: true; without a close match, the points there are.
 */
export function unknownPoint(name: string, pointIds: readonly string[], onOption: boolean): string {
  const head = `Onbekend beslismoment "${name}".`;
  const hint = didYouMean(name, pointIds);
  const closing = onOption && CLOSING.test(name) ? ` Moet het gesprek na deze optie eindigen? Schrijf dan close: true in plaats van next: ${name}.` : '';
  if (hint && !closing) return head + hint;
  const shown = pointIds.slice(0, 30).join(', ') + (pointIds.length > 30 ? ', …' : '');
  return `${head}${closing}${hint}${pointIds.length > 0 ? ` De beslismomenten in deze casus: ${shown}.` : ''}`;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}
