import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../engine/case/yaml-source';
import { SCENARIOS } from '../helpers/cases';

// A trainer's slip reported where it is: texts full of Dutch elisions ('s nachts, m'n, zo'n, 'u')
// must not look like quotes, and one mis-indented line gives one message, on that line.

const guide = readFileSync(join(SCENARIOS, 'README.md'), 'utf8');
const open = guide.indexOf('```yaml\n', guide.indexOf('**1. Maak het bestand.**'));
/** The walk-through's case, its texts made as Dutch as a trainer writes them. */
const elided = guide
  .slice(open + 8, guide.indexOf('```', open + 8))
  .replace('aan mijn knie', "aan m'n knie, 's nachts vooral,")
  .replace('De buurvrouw gaat elke vrijdag', "Zo'n lieve buurvrouw; ze zegt 'u' tegen me en gaat elke vrijdag")
  .replace('Verder spreek ik soms dagen niemand.', "'s Zondags spreek ik niemand, en 's avonds ook niet.")
  .replace('Woont alleen in een benedenwoning,', "Woont alleen ('t is een benedenwoning),")
  .replace("persona: \"Vriendelijk", "persona: \"Zegt 'u' en 'mevrouw'. Vriendelijk");
const bakker = readFileSync(join(SCENARIOS, 'bakker.yaml'), 'utf8');

/** Every line whose quoted value closes at its end: drop that closing quote. */
function unclosedVariants(text: string): { line: number; text: string }[] {
  const lines = text.split('\n');
  return lines.flatMap((line, i) =>
    /(:\s*|- )".*"\s*$/.test(line) ? [{ line: i + 1, text: [...lines.slice(0, i), line.replace(/"\s*$/, ''), ...lines.slice(i + 1)].join('\n') }] : []);
}

describe('where a YAML slip is reported', () => {
  it('the elided texts are valid YAML to begin with', () => {
    expect(elided).toContain("'s nachts");
    expect(parseYaml(elided, 'de-boer.yaml').issues).toEqual([]);
  });

  it.each([
    // bakker.yaml is long: every seventh of its quoted lines, and line 183 (reported at 22:41 before, a line with 'u').
    ['the walk-through with elisions', elided, () => true],
    ['bakker.yaml', bakker, (line: number, i: number) => i % 7 === 0 || line === 183],
  ])('a missing closing quote in %s is reported once, at its own line', { timeout: 120_000 }, (_name, text, pick) => {
    const variants = unclosedVariants(text).filter((v, i) => pick(v.line, i));
    expect(variants.length).toBeGreaterThan(50);
    const wrong = variants.flatMap((v) => {
      const issues = parseYaml(v.text, 'x.yaml').issues;
      return issues.length === 1 && issues[0]!.line === v.line ? [] : [`regel ${v.line}: ${issues.map((i) => i.line).join(', ')}`];
    });
    expect(wrong).toEqual([]);
  });

  it('one line indented a space too far or too little gives one message, at that line', { timeout: 120_000 }, () => {
    const lines = elided.split('\n');
    const wrong: string[] = [];
    let checked = 0;
    lines.forEach((line, i) => {
      if (!/^ +\S/.test(line)) return;
      for (const shifted of [` ${line}`, line.slice(1)]) {
        const issues = parseYaml([...lines.slice(0, i), shifted, ...lines.slice(i + 1)].join('\n'), 'x.yaml').issues;
        if (issues.length === 0) continue; // still valid YAML: the schema check will speak
        checked++;
        if (issues.length !== 1 || issues[0]!.line !== i + 1) wrong.push(`regel ${i + 1}: ${issues.map((x) => x.line).join(', ')}`);
      }
    });
    expect(checked).toBeGreaterThan(100);
    expect(wrong).toEqual([]);
  });

  it('says how far the line is indented and how far its neighbours are', () => {
    const lines = elided.split('\n');
    const at = lines.findIndex((l) => l.startsWith('    summary: "De supermarkt'));
    lines[at] = ` ${lines[at]}`;
    const issues = parseYaml(lines.join('\n'), 'x.yaml').issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line: at + 1, column: 6 });
    expect(issues[0]!.message).toContain('deze regel begint met 5 spaties, de andere regels op dit niveau met 4');
  });
});
