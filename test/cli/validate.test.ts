import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cases';
import { runCli } from '../helpers/run-cli';

describe('validate', () => {
  it('accepts every case in scenarios/ and says how many it checked', () => {
    const run = runCli(['validate']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\d+ casussen gecontroleerd: geen fouten\.\n$/);
  });

  it('points at the exact line of a broken case and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kt-'));
    const text = readFileSync(join(ROOT, 'test', 'fixtures', 'mini.yaml'), 'utf8').replace('next: netwerk', 'next: netwerken');
    writeFileSync(join(dir, 'mini.yaml'), text);
    const run = runCli(['validate', 'mini.yaml'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      'mini.yaml:40:15  points.begin.options[0].next  Onbekend beslismoment "netwerken". Bedoelde je "netwerk"?\n1 fout in 1 van 1 bestand.\n',
    );
  });

  it('checks a folder, and names a file whose id does not match its name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kt-'));
    writeFileSync(join(dir, 'anders.yaml'), readFileSync(join(ROOT, 'test', 'fixtures', 'mini.yaml'), 'utf8'));
    const run = runCli(['validate', dir]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('anders.yaml:2:1  id  De id "mini" hoort gelijk te zijn aan de bestandsnaam ("anders").');
  });

  it('names a path that does not exist', () => {
    const run = runCli(['validate', 'bestaat-niet.yaml']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('bestaat-niet.yaml: bestand of map niet gevonden.');
  });
});
