import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SCENARIOS } from '../helpers/cases';
import { runCli } from '../helpers/run-cli';

// The walk-through in scenarios/README.md, followed literally: its case file, its commands, its promised output.
const guide = readFileSync(join(SCENARIOS, 'README.md'), 'utf8');
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

  it('step 4: graph draws the case', () => {
    const run = runCli(['graph', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('flowchart TD');
  });

  it('step 5: the strong script ends as the guide says, the loket route gets its flag', () => {
    const run = runCli(['play', file, '--script', script]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Samen naar de winkel');
    const loket = join(dir, 'loket.txt');
    writeFileSync(loket, '#2\n#2\n');
    const json = JSON.parse(runCli(['play', file, '--script', loket, '--json']).stdout);
    expect(json.flags.map((f: { code: string }) => f.code)).toContain('premature_maatwerkvoorziening');
    expect(json.overall).toBeLessThan(10);
  });
});
