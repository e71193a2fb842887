import { copyFileSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseStore } from '../../web/server/case-store';
import { SCENARIOS } from '../helpers/cases';

// The web server reads a case once, not on every voiced reply, and still notices an edit.

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kt-cases-'));
  copyFileSync(join(SCENARIOS, 'bakker.yaml'), join(dir, 'bakker.yaml'));
  copyFileSync(join(SCENARIOS, 'lokaal.yaml'), join(dir, 'lokaal.yaml'));
  return dir;
}

describe('the server\'s cases', () => {
  it('are read once and kept: the same case comes back without reading the file again', () => {
    const cases = caseStore(folder());
    const first = cases.find('bakker');
    expect(first?.id).toBe('bakker');
    expect(cases.find('bakker')).toBe(first);
  });

  it('are read again when the file (or lokaal.yaml beside it) changes, and forgotten when it goes', () => {
    const dir = folder();
    const cases = caseStore(dir);
    const first = cases.find('bakker')!;
    const file = join(dir, 'bakker.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: Bewerkte titel'));
    utimesSync(file, new Date(), new Date(Date.now() + 5_000));
    const edited = cases.find('bakker')!;
    expect(edited).not.toBe(first);
    expect(edited.title).toBe('Bewerkte titel');
    const local = join(dir, 'lokaal.yaml');
    writeFileSync(local, `${readFileSync(local, 'utf8')}\n`);
    utimesSync(local, new Date(), new Date(Date.now() + 10_000));
    expect(cases.find('bakker')).not.toBe(edited);
    rmSync(file);
    expect(cases.find('bakker')).toBeUndefined();
  });

  it('take ids, never paths or the local-values file', () => {
    const cases = caseStore(folder());
    for (const id of ['../bakker', 'bakker.yaml', 'lokaal', 'Bakker', '', 'constructor', '__proto__']) expect(cases.find(id), id).toBeUndefined();
  });
});
