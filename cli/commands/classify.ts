import { createInterface } from 'node:readline';
import { classify } from '../../engine/classifier';
import type { CommandResult } from './result';

export const CLASSIFY_HELP = `kanteltrainer classify

Leest één uitspraak per regel van stdin en schrijft per uitspraak één JSON-regel:
  {"text": "…", "move": "…", "confidence": 0.87, "topics": ["…"]}
Lege regels worden overgeslagen. Voorbeeld:
  echo "heeft u al aan huishoudelijke hulp gedacht?" | npm run --silent cli -- classify`;

/** One output line for one input line, or undefined for a blank line. */
export function classifyLine(line: string): string | undefined {
  const text = line.trim();
  if (text === '') return undefined;
  const { move, confidence, topics } = classify(text);
  return JSON.stringify({ text, move, confidence, topics });
}

/**
 * Classifies every line of `input` and writes each result as soon as it is known, so the
 * command also works interactively (type a line, see its move).
 */
export async function runClassify(
  input: AsyncIterable<string>,
  write: (line: string) => void,
): Promise<CommandResult> {
  for await (const line of input) {
    const out = classifyLine(line);
    if (out !== undefined) write(out);
  }
  return { code: 0, stdout: [], stderr: [] };
}

/** The command as main.ts runs it: stdin in, stdout out. */
export function classifyStdin(): Promise<CommandResult> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  return runClassify(lines, (line) => process.stdout.write(`${line}\n`));
}
