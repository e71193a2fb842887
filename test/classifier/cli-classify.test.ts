import { describe, expect, it } from 'vitest';
import { classify } from '../../engine/classifier';
import { readForm } from '../../engine/text/form';
import { MOVES } from '../../engine/vocabulary';
import { classifyLine, CLASSIFY_HELP, runClassify } from '../../cli/commands/classify';
import { runCli } from '../helpers/run-cli';

async function* lines(...items: string[]): AsyncIterable<string> {
  yield* items;
}

describe('classify command', () => {
  it('writes one JSON line per non-empty stdin line with form, move and the likely moves (real process)', () => {
    const input =
      'Heeft u al aan huishoudelijke hulp gedacht?\n\n   \nnou eh kent u de scootmobielpool\r\nGoedemorgen!\nHet klinkt alsof u er erg tegenop ziet.';
    const run = runCli(['classify'], { input });
    expect(run.code).toBe(0);
    const out = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out.map((l) => l.text)).toEqual([
      'Heeft u al aan huishoudelijke hulp gedacht?',
      'nou eh kent u de scootmobielpool',
      'Goedemorgen!',
      'Het klinkt alsof u er erg tegenop ziet.',
    ]);
    expect(out.map((l) => l.move)).toEqual(['maatwerkvoorziening', 'algemene_voorziening', 'overig', 'verhelderen']);
    // the form is read apart from the move: a question, small talk and a reflection
    expect(out.map((l) => l.form)).toEqual(['closed_question', 'closed_question', 'small_talk', 'complex_reflection']);
    for (const line of out) {
      const text = line.text as string;
      expect(Object.keys(line)).toEqual(['text', 'form', 'move', 'confidence', 'topics', 'likely']);
      expect(line.form).toBe(readForm(text).form);
      const { move, confidence, topics, likely } = classify(text);
      expect(line).toEqual({ text, form: readForm(text).form, move, confidence, topics, likely });
      // the likely moves: three different moves, most likely first, the winner on top
      const shown = line.likely as { move: string; probability: number }[];
      expect(shown).toHaveLength(3);
      expect(new Set(shown.map((l) => l.move)).size).toBe(3);
      for (const l of shown) expect(MOVES).toContain(l.move);
      expect(shown[0]!.move).toBe(line.move);
      expect(shown.map((l) => l.probability)).toEqual([...shown.map((l) => l.probability)].sort((a, b) => b - a));
    }
  });

  it('skips blank lines and writes nothing for empty input', async () => {
    const written: string[] = [];
    const result = await runClassify(lines('', '  ', '\t'), (l) => written.push(l));
    expect(result.code).toBe(0);
    expect(written).toEqual([]);
    const text = 'zullen we over twee weken bellen';
    const { move, confidence, topics, likely } = classify(text);
    expect(classifyLine(`  ${text}  `)).toBe(JSON.stringify({ text, form: readForm(text).form, move, confidence, topics, likely }));
    expect(JSON.parse(classifyLine(`  ${text}  `)!)).toMatchObject({ move: 'afspraak', likely: [{ move: 'afspraak' }, {}, {}] });
  });

  it('explains every field it writes in its help', () => {
    for (const field of ['text', 'form', 'move', 'confidence', 'topics', 'likely']) expect(CLASSIFY_HELP).toContain(`"${field}"`);
    for (const form of ['open_question', 'closed_question', 'complex_reflection', 'summary', 'advice_with_permission']) expect(CLASSIFY_HELP).toContain(form);
    const help = runCli(['help', 'classify']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('likely');
  });
});
