import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SCENARIOS } from '../helpers/cases';
import { runCli } from '../helpers/run-cli';

// The walk-through in scenarios/README.md, followed literally: its case file, its commands, its promised output.
const guide = readFileSync(join(SCENARIOS, 'README.md'), 'utf8');
/** The guide's prose with its line breaks as spaces, to find a sentence wherever it wraps. */
const prose = guide.replace(/\s+/g, ' ');
const block = (after: string, lang: string): string => {
  const start = guide.indexOf(after);
  const open = guide.indexOf(`\`\`\`${lang}\n`, start);
  return guide.slice(open + lang.length + 4, guide.indexOf('```', open + lang.length + 4));
};

describe('the walk-through in scenarios/README.md', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kt-gids-'));
  const file = join(dir, 'de-boer.yaml');
  const script = join(dir, 'de-boer-sterk.txt');

  beforeAll(() => {
    writeFileSync(file, block('**1. Maak het bestand.**', 'yaml'));
    writeFileSync(script, block('**5. Speel het.**', 'text'));
    copyFileSync(join(SCENARIOS, 'lokaal.yaml'), join(dir, 'lokaal.yaml'));
    copyFileSync(join(SCENARIOS, 'case.schema.json'), join(dir, 'case.schema.json'));
  });

  it('step 2: the case validates', () => {
    const run = runCli(['validate', file]);
    expect(run.stdout).toContain('1 casus gecontroleerd: geen fouten.');
    expect(run.code).toBe(0);
  });

  it('step 2: the example mistake gives the message the guide shows', () => {
    const shown = guide.match(/scenarios\/de-boer\.yaml:(\d+):(\d+) {2}(\S+) {2}(.+)/)!;
    const lines = readFileSync(file, 'utf8').split('\n');
    const line = Number(shown[1]);
    lines[line - 1] = lines[line - 1]!.replace('points: 50', 'points: 60');
    const broken = join(dir, 'kapot', 'de-boer.yaml');
    mkdirSync(join(dir, 'kapot'), { recursive: true });
    copyFileSync(join(SCENARIOS, 'lokaal.yaml'), join(dir, 'kapot', 'lokaal.yaml'));
    writeFileSync(broken, lines.join('\n'));
    const run = runCli(['validate', broken]);
    expect(run.stdout).toContain(`de-boer.yaml:${shown[1]}:${shown[2]}  ${shown[3]}  ${shown[4]}`);
  });

  it('step 3: lint finds nothing, as the guide says', () => {
    const run = runCli(['lint', file]);
    expect(run.stdout).toContain('1 casus nagelopen: 0 fouten, 0 waarschuwingen.');
    expect(run.code).toBe(0);
  });

  it('step 3: without the cues of the fact knie, lint warns about them, as the guide says', () => {
    expect(prose).toContain('Haal voor de proef de regel met `cues` bij het feit `knie` weg: dan meldt `lint` een waarschuwing bij `facts.knie.cues`.');
    const lines = readFileSync(file, 'utf8').split('\n');
    const knie = lines.findIndex((l) => l === '  knie:');
    const cues = lines.findIndex((l, i) => i > knie && l.trimStart().startsWith('cues:'));
    expect(knie).toBeGreaterThan(0);
    expect(cues).toBeGreaterThan(knie);
    const dirWithout = join(dir, 'zonder-cues');
    mkdirSync(dirWithout, { recursive: true });
    copyFileSync(join(SCENARIOS, 'lokaal.yaml'), join(dirWithout, 'lokaal.yaml'));
    const without = join(dirWithout, 'de-boer.yaml');
    writeFileSync(without, lines.filter((_, i) => i !== cues).join('\n'));
    const run = runCli(['lint', without]);
    expect(run.stdout).toMatch(/de-boer\.yaml:\d+:\d+ {2}waarschuwing {2}facts\.knie\.cues {2}/);
    expect(run.stdout).toContain('1 casus nagelopen: 0 fouten, 1 waarschuwing');
  });

  it('step 4: graph draws the case', () => {
    const run = runCli(['graph', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('flowchart TD');
  });

  it('step 5: the strong script ends as the guide says, the loket route gets its flag', () => {
    const run = runCli(['play', file, '--script', script]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Einde: Samen naar de winkel (sterk)');
    expect(run.stdout).toContain('Gesprekstechniek');
    const strong = JSON.parse(runCli(['play', file, '--script', script, '--json']).stdout);
    expect(strong.overall).toBeGreaterThanOrEqual(65);

    const route = prose.match(/loketroute \(`(#\d)` en dan `(#\d)`\)/)!;
    const loket = join(dir, 'loket.txt');
    writeFileSync(loket, `${route[1]}\n${route[2]}\n`);
    const json = JSON.parse(runCli(['play', file, '--script', loket, '--json']).stdout);
    expect(json.flags.map((f: { code: string }) => f.code)).toContain('premature_maatwerkvoorziening');
    expect(json.overall).toBeLessThan(10);
    expect(json.endingQuality).toBe('zwak');
    expect(prose).toContain(`eindigt met "${json.endingTitle}"`);

    const hasty = join(dir, 'kwiek.txt');
    writeFileSync(hasty, `${prose.match(/Wie meteen `(#\d)` kiest/)![1]}\n`);
    const alone = JSON.parse(runCli(['play', file, '--script', hasty, '--json']).stdout);
    expect(alone.critical.map((f: { code: string }) => f.code)).toEqual(['empty_handed']);
    expect(alone.endingTitle).toBe('Met lege handen');
  });

  it('step 5: the script in your own words reaches the same ending, once you close it with /afronden', () => {
    const typed = block('`de-boer-eigen-woorden.txt`', 'text');
    const lines = typed.trimEnd().split('\n');
    expect(lines.at(-1)).toBe('/afronden');
    const own = join(dir, 'de-boer-eigen-woorden.txt');
    writeFileSync(own, typed);
    const run = runCli(['play', file, '--script', own]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Einde: Samen naar de winkel (sterk)');
    // every typed line is shown with the option it was taken as
    expect(run.stdout.match(/Opgevat als de optie/g)).toHaveLength(lines.length - 1);

    // without /afronden the conversation stays open, and the command says so
    const open = join(dir, 'zonder-afronden.txt');
    writeFileSync(open, `${lines.slice(0, -1).join('\n')}\n`);
    const unfinished = runCli(['play', file, '--script', open]);
    expect(unfinished.code).toBe(0);
    expect(unfinished.stdout).toContain('Het gesprek is niet afgerond.');
    expect(unfinished.stderr).toContain('Zet /afronden op de laatste regel.');
  });
});
