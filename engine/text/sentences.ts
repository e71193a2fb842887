// The sentences of a typed turn (a semicolon separates two proposals as well as a full stop does): split at
// white space after . ? ! or ;. Scanned by hand: a look-behind regex cost more than the rest of the look-up.

export function sentences(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 1; i < text.length; i++) {
    if (!endsSentence(text.charCodeAt(i - 1)) || !isSpace(text.charCodeAt(i))) continue;
    let end = i;
    while (end < text.length && isSpace(text.charCodeAt(end))) end++;
    keepTrimmed(out, text.slice(from, i));
    from = end;
    i = end;
  }
  keepTrimmed(out, text.slice(from));
  return out;
}

function keepTrimmed(out: string[], part: string): void {
  const trimmed = part.trim();
  if (trimmed.length > 0) out.push(trimmed);
}

// A turn's echoes and its arrangements are read one after the other from the same text: it is split once.
// Sharing the last split is safe: it depends on the text alone, and no reader changes the list.
let splitText: string | undefined;
let splitParts: readonly string[] = [];

/** sentences(text), for a text read by several readers in turn. */
export function sentencesOf(text: string): readonly string[] {
  if (text !== splitText) {
    splitParts = sentences(text);
    splitText = text;
  }
  return splitParts;
}

function endsSentence(c: number): boolean {
  return c === 46 || c === 63 || c === 33 || c === 59;
}

/** The characters of a regex \s. */
function isSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
