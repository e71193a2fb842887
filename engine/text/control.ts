// Text from a file is shown in terminals and pages that did not write it. Escape sequences can
// clear a screen, retitle a window or write the clipboard (OSC 52); bidi overrides make a line
// read differently from what it says. A terminal gets the text without them; a case file with
// them is refused where they stand.

/** ESC sequences whole (CSI, OSC up to BEL or ST, and two-character ones), then any single control left. */
const ESCAPE_SEQUENCE = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[PX^_][^\u001b]*(?:\u001b\\)?|[@-Z\\-_])|\u009b[0-?]*[ -/]*[@-~]|\u009d[^\u0007\u009c]*[\u0007\u009c]?/g;
/** C0 except tab and newline, DEL, C1, and the bidi embeddings, overrides and isolates. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** The text as a terminal may print it: tabs and newlines kept, every other control character and escape sequence gone. */
export function terminalSafe(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '');
}

/** Every string in a value made terminal-safe, the shape kept (for a run read from a file). */
export function terminalSafeDeep<T>(value: T): T {
  if (typeof value === 'string') return terminalSafe(value) as T;
  if (Array.isArray(value)) return value.map((v) => terminalSafeDeep(v)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, terminalSafeDeep(v)])) as T;
  }
  return value;
}

/** Characters a case file may not hold: NUL and other controls (tab, newline and carriage return aside), and bidi overrides. */
const FORBIDDEN_IN_CASE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

export interface ForbiddenCharacter {
  line: number;
  column: number;
  /** The character's code point as U+XXXX. */
  code: string;
  message: string;
}

/** The first character a case file may not hold, with its line and column (both from 1), or undefined. */
export function forbiddenCharacter(text: string): ForbiddenCharacter | undefined {
  const match = FORBIDDEN_IN_CASE.exec(text);
  if (!match) return undefined;
  const before = text.slice(0, match.index);
  const line = before.split('\n').length;
  const column = match.index - before.lastIndexOf('\n');
  const char = match[0].charCodeAt(0);
  const code = `U+${char.toString(16).toUpperCase().padStart(4, '0')}`;
  const bidi = (char >= 0x202a && char <= 0x202e) || (char >= 0x2066 && char <= 0x2069);
  const message = bidi
    ? `Hier staat een onzichtbaar teken dat de leesrichting omdraait (${code}). Haal het weg: de tekst toont dan anders dan hij is.`
    : char === 0
      ? `Hier staat een nulteken (${code}); het bestand is beschadigd of geen tekst. Haal het teken weg.`
      : `Hier staat een onzichtbaar stuurteken (${code}). Haal het weg; gebruik gewone tekst.`;
  return { line, column, code, message };
}
