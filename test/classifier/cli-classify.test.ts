import { describe, expect, it } from 'vitest';
import { classify } from '../../engine/classifier';
import { classifyLine, runClassify } from '../../cli/commands/classify';
import { runCli } from '../helpers/run-cli';

async function* lines(...items: string[]): AsyncIterable<string> {
  yield* items;
}

describe('classify command', () => {
  it('writes one JSON line per non-empty stdin line (real process)', () => {
    const input = 'Heeft u al aan huishoudelijke hulp gedacht?\n\n   \nnou eh kent u de scootmobielpool\r\nGoedemorgen!';
    const run = runCli(['classify'], { input });
    expect(run.code).toBe(0);
    const out = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out.map((l) => l.text)).toEqual([
      'Heeft u al aan huishoudelijke hulp gedacht?',
      'nou eh kent u de scootmobielpool',
      'Goedemorgen!',
    ]);
    expect(out.map((l) => l.move)).toEqual(['maatwerkvoorziening', 'algemene_voorziening', 'overig']);
    for (const line of out) {
      expect(Object.keys(line)).toEqual(['text', 'move', 'confidence', 'topics']);
      expect(line).toMatchObject(classify(line.text as string));
    }
  });

  it('skips blank lines and writes nothing for empty input', async () => {
    const written: string[] = [];
    const result = await runClassify(lines('', '  ', '\t'), (l) => written.push(l));
    expect(result.code).toBe(0);
    expect(written).toEqual([]);
    expect(classifyLine('  zullen we over twee weken bellen  ')).toBe(
      JSON.stringify({ text: 'zullen we over twee weken bellen', ...classify('zullen we over twee weken bellen') }),
    );
  });
});
