import type { Turn } from '../engine';

export type ScriptLine = { line: number; raw: string; turn: Turn } | { line: number; raw: string; freeText: string };

const OPTION = /^#\s*(\d+)\s*$/;
const CLOSE = /^\/(afronden|einde|stop)\s*$/i;

/**
 * A script is one turn per non-empty line: `#N` picks option N, `/afronden` closes the
 * conversation, `//` starts a comment, anything else is what the trainee says (free text).
 */
export function parseScript(text: string): ScriptLine[] {
  const lines: ScriptLine[] = [];
  text.split(/\r?\n/).forEach((rawLine, i) => {
    const raw = rawLine.trim();
    if (raw === '' || raw.startsWith('//')) return;
    const option = OPTION.exec(raw);
    if (option) lines.push({ line: i + 1, raw, turn: { type: 'option', option: Number(option[1]) } });
    else if (CLOSE.test(raw)) lines.push({ line: i + 1, raw, turn: { type: 'close' } });
    else lines.push({ line: i + 1, raw, freeText: raw });
  });
  return lines;
}
