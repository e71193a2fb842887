import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIMENSIONS, reportSchema } from '../../engine';
import { runCli } from '../helpers/run-cli';

function script(lines: string[]): string {
  const file = join(mkdtempSync(join(tmpdir(), 'kt-')), 'script.txt');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

const strong = join(import.meta.dirname, '..', 'transcripts', 'bakker-sterk.txt');

describe('play --script', () => {
  it('prints one JSON report with the promised fields, identical on every run', () => {
    const first = runCli(['play', 'bakker', '--script', strong, '--json']);
    const second = runCli(['play', 'bakker', '--script', strong, '--json']);
    expect(first.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    const report = reportSchema.parse(JSON.parse(first.stdout));
    expect(report).toMatchObject({ case: 'bakker', finished: true });
    expect(Object.keys(report.dimensions)).toEqual([...DIMENSIONS]);
    expect(report.turns[0]).toHaveProperty('point');
    expect(report.turns[0]).toHaveProperty('move');
    expect(report.turns[0]!.option).toBeTypeOf('number');
  });

  it('prints a readable Dutch debrief without --json', () => {
    const run = runCli(['play', 'bakker', '--script', strong]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Nabespreking:');
    expect(run.stdout).toMatch(/Totaalscore: \d+\/100/);
    expect(run.stdout).toContain('Vraagverheldering');
  });

  it('stops at the ending and reports unused lines on stderr', () => {
    const run = runCli(['play', 'bakker', '--script', script(['/afronden', '#1', '#2']), '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ finished: true, flags: expect.arrayContaining([expect.objectContaining({ code: 'empty_handed' })]) });
    expect(run.stderr).toContain('2 regels zijn niet gebruikt (vanaf regel 2)');
  });

  it('reports an unfinished run as not finished', () => {
    const run = runCli(['play', 'bakker', '--script', script(['#1']), '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ finished: false, ending: null });
  });

  it('names the script line of an option that does not exist', () => {
    const run = runCli(['play', 'bakker', '--script', script(['// begin', '#9']), '--json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/script\.txt:2: Optie 9 bestaat niet; kies 1 tot en met \d\./);
  });

  it('names an unknown case and lists the ones there are', () => {
    const run = runCli(['play', 'onbekend', '--script', strong]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Onbekende casus "onbekend"\. Beschikbaar: .*bakker/);
  });
});
