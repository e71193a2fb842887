import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cases';
import { runCli } from '../helpers/run-cli';

// A trainer makes an example run with a verslag: play --script --verslag, then compare shows it.

const STRONG = join(ROOT, 'test', 'transcripts', 'bakker-sterk.txt');
const WEAK = join(ROOT, 'test', 'transcripts', 'bakker-zwak.txt');

function file(dir: string, name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('play --script --verslag', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kt-verslag-'));
  const verslag = file(dir, 'verslag.yaml', [
    'hulpvraag: "Hij wil weer goed eten en naar de club."',
    'netwerk: "Dochter Marloes kookt op zondag mee; Gerrit haalt hem op voor de wedstrijd."',
    'zrm:',
    '  sociaal_netwerk: 4',
    '  financien: 2',
    '',
  ].join('\n'));

  it('shows the verslag beside the model, with this run\'s checklist and the ZRM scores', () => {
    const run = runCli(['play', 'bakker', '--script', STRONG, '--verslag', verslag]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Verslag: jouw tekst naast het voorbeeld');
    expect(run.stdout).toMatch(/Jij: {7}Dochter Marloes kookt op zondag mee/);
    expect(run.stdout).toContain('Voorbeeld: Dochter Marloes woont een kwartier verderop');
    expect(run.stdout).toMatch(/\[x\] Gevonden: Dochter Marloes \(48\)/);
    expect(run.stdout).toMatch(/\[ \] Gevonden: Hij heeft een ruim pensioen/);
    expect(run.stdout).toContain('Financiën: jij: 2, ervaren consulent: 5 (volledig zelfredzaam), 3 lager');
  });

  it('a weak run has a shorter checklist: nothing it did not find', () => {
    const run = runCli(['play', 'bakker', '--script', WEAK, '--verslag', verslag]);
    expect(run.stdout).not.toContain('Gevonden: Dochter Marloes');
    expect(run.stdout).toContain('Niet gevonden in jouw gesprek: Dochter Marloes');
  });

  it('names the line of a mistake in the verslag file and plays nothing', () => {
    const bad = file(dir, 'fout.yaml', 'hulpvraag: "Goed eten."\nnetwerkk: "Marloes."\nzrm:\n  sociaal_netwerk: 7\n');
    const run = runCli(['play', 'bakker', '--script', STRONG, '--verslag', bad]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`${bad}:2:1  netwerkk  Onbekend veld "netwerkk". Bedoelde je "netwerk"?`);
    expect(run.stderr).toMatch(/fout\.yaml:4:20 {2}zrm\.sociaal_netwerk {2}Dit getal mag hoogstens 5 zijn\./);
  });

  it('keeps the verslag in the run file, and compare shows it beside the model and a run without one', () => {
    const out = join(dir, 'runs');
    expect(runCli(['play', 'bakker', '--script', STRONG, '--verslag', verslag, '--out', out, '--naam', 'Anna', '--json']).code).toBe(0);
    expect(runCli(['play', 'bakker', '--script', WEAK, '--out', out, '--naam', 'Bert', '--json']).code).toBe(0);
    const files = readdirSync(out).map((f) => join(out, f));
    const saved = files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as { alias: string; verslag?: { fields: Record<string, string>; zrm: Record<string, number> } });
    expect(saved.find((r) => r.alias === 'Anna')!.verslag).toEqual({ fields: { hulpvraag: 'Hij wil weer goed eten en naar de club.', netwerk: 'Dochter Marloes kookt op zondag mee; Gerrit haalt hem op voor de wedstrijd.' }, zrm: { sociaal_netwerk: 4, financien: 2 } });
    expect(saved.find((r) => r.alias === 'Bert')!.verslag).toBeUndefined();
    const compared = runCli(['compare', ...files]);
    expect(compared.code).toBe(0);
    expect(compared.stdout).toContain('Verslagen (1 van de 2 deelnemers schreef er een)');
    expect(compared.stdout).toContain('Anna: Hij wil weer goed eten en naar de club.');
    expect(compared.stdout).toContain('Financiën: ervaren consulent 5; Anna 2');
  });
});
