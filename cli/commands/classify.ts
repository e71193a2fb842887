import { createInterface } from 'node:readline';
import { classify } from '../../engine/classifier';
import { readForm } from '../../engine/text/form';
import type { CommandResult } from './result';

export const CLASSIFY_HELP = `kanteltrainer classify ["tekst"]

Leest de tekst na de opdracht als één uitspraak, of zonder tekst één uitspraak per regel van
stdin, en schrijft per uitspraak één JSON-regel:
  {"text": "…", "form": "open_question", "move": "…", "confidence": 0.87, "topics": ["…"],
   "likely": [{"move": "…", "probability": 0.87}, …]}
  form        de vorm van de zin (naar MITI 4.2.1): open_question, closed_question,
              simple_reflection, complex_reflection, summary, information,
              advice_without_permission, advice_with_permission, affirmation, small_talk
  move        de gespreksstap die de zin het meest waarschijnlijk zet
  confidence  hoe zeker die gespreksstap is (0–1); bij zinnen van minder dan vier woorden lager
              dan zijn kans in likely, omdat één woord dan de doorslag geeft
  topics      de onderwerpen die de zin raakt
  likely      de drie waarschijnlijkste gespreksstappen, de waarschijnlijkste eerst, met hun kans
Lege regels worden overgeslagen. Voorbeelden:
  npm run --silent cli -- classify "heeft u al aan huishoudelijke hulp gedacht?"
  echo "wie helpt u nu?" | npm run --silent cli -- classify`;

/** One output line for one input line, or undefined for a blank line. */
export function classifyLine(line: string): string | undefined {
  const text = line.trim();
  if (text === '') return undefined;
  const { move, confidence, topics, likely } = classify(text);
  const { form } = readForm(text);
  return JSON.stringify({ text, form, move, confidence, topics, likely });
}

/**
 * Classifies every line of `input` and writes each result as soon as it is known, so the
 * command also works interactively (type a line, see its form and move).
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

/** `classify "tekst"`: the words after the command as one utterance, without waiting on stdin. */
export function classifyText(text: string): CommandResult {
  const out = classifyLine(text);
  if (out === undefined) return { code: 1, stdout: [], stderr: ['Geef een zin om te lezen, bijvoorbeeld: classify "Hoe gaat het nu met koken?"'] };
  return { code: 0, stdout: [out], stderr: [] };
}
