import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runFileSchema } from '../../engine';
import { SCENARIOS } from '../helpers/cases';
import { runCli } from '../helpers/run-cli';

// What a newcomer types at the command line: help where help is asked, Dutch where something is wrong.

const strong = join(import.meta.dirname, '..', 'transcripts', 'bakker-sterk.txt');

describe('help and arguments', () => {
  it('schema --help shows help and leaves the schema file alone', () => {
    const file = join(SCENARIOS, 'case.schema.json');
    const before = statSync(file).mtimeMs;
    const run = runCli(['schema', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('kanteltrainer schema');
    expect(run.stdout).not.toContain('bijgewerkt');
    expect(statSync(file).mtimeMs).toBe(before);
  });

  it('start --help shows help, not the menu or the sample conversation', () => {
    const run = runCli(['start', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('kanteltrainer start');
    expect(run.stdout).not.toContain('Nabespreking');
  });

  it('help for an unknown command fails in Dutch and lists the commands', () => {
    const run = runCli(['help', 'bogus']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Er is geen opdracht "bogus"');
    expect(run.stderr).toContain('validate, lint');
    expect(runCli(['help', 'graph']).stdout).toContain('kanteltrainer graph <casus>');
  });

  it('classify reads the sentence given as argument, without waiting on stdin', () => {
    const run = runCli(['classify', 'Wie helpt u nu met de boodschappen?']);
    expect(run.code).toBe(0);
    const line = JSON.parse(run.stdout) as { text: string; form: string };
    expect(line.text).toBe('Wie helpt u nu met de boodschappen?');
    expect(line.form).toBe('open_question');
  });

  it.each([
    [['play', 'bakker', '--script', strong, '--bogus'], 'Onbekende optie --bogus'],
    [['play', 'bakker', '--script'], 'Na --script hoort een waarde'],
    [['compare', 'a.json', '--csv'], 'Na --csv hoort een waarde'],
    [['play', 'bakker', '--script', strong, '--json=ja'], '--json neemt geen waarde'],
    [['start', '--bogus'], 'Onbekende optie --bogus'],
    [['scorm', 'bakker', '--out'], 'Na --out hoort een waarde'],
  ])('argument errors are in Dutch: %j', (args, message) => {
    const run = runCli(args);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(/Unknown option|argument missing|does not take/);
  });

  it('lint on a missing folder gives the error only, no summary that reads as "0 fouten"', () => {
    const run = runCli(['lint', join(tmpdir(), 'bestaat-niet-kt')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('bestand of map niet gevonden');
    expect(run.stdout).not.toContain('nagelopen');
  });
});

describe('play --script --out and --naam', () => {
  it('saves the played run as a run file with the name, and compare shows that name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kt-out-'));
    const run = runCli(['play', 'bakker', '--script', strong, '--out', dir, '--naam', 'Sanne de Vries']);
    expect(run.code).toBe(0);
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files).toHaveLength(1);
    expect(run.stdout).toContain(`Gesprek bewaard in ${join(dir, files[0]!)}`);
    const saved = runFileSchema.parse(JSON.parse(readFileSync(join(dir, files[0]!), 'utf8')));
    expect(saved).toMatchObject({ caseId: 'bakker', alias: 'Sanne de Vries' });
    expect(saved.state.status).toBe('finished');
    const other = runCli(['play', 'bakker', '--script', join(import.meta.dirname, '..', 'transcripts', 'bakker-zwak.txt'), '--out', dir, '--naam', 'Ahmed']);
    expect(other.code).toBe(0);
    const compared = runCli(['compare', ...readdirSync(dir).map((f) => join(dir, f))]);
    expect(compared.code).toBe(0);
    expect(compared.stdout).toContain('Sanne de Vries');
    expect(compared.stdout).toContain('Ahmed');
  });

  it('with --json the report stays alone on stdout; the file is named on stderr', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kt-out-'));
    const run = runCli(['play', 'bakker', '--script', strong, '--json', '--out', dir]);
    expect(run.code).toBe(0);
    expect(() => JSON.parse(run.stdout)).not.toThrow();
    expect(run.stderr).toContain('Gesprek bewaard in');
    expect(readdirSync(dir)).toHaveLength(1);
  });

  it('refuses an empty or overlong name in Dutch, and strips control characters', () => {
    expect(runCli(['play', 'bakker', '--script', strong, '--naam', '  ']).stderr).toContain('Na --naam hoort een naam');
    expect(runCli(['play', 'bakker', '--script', strong, '--naam', 'x'.repeat(61)]).stderr).toContain('hoogstens 60 tekens');
    const dir = mkdtempSync(join(tmpdir(), 'kt-out-'));
    runCli(['play', 'bakker', '--script', strong, '--out', dir, '--naam', 'Sanne\u001b[31m']);
    const saved = JSON.parse(readFileSync(join(dir, readdirSync(dir)[0]!), 'utf8')) as { alias: string };
    expect(saved.alias).toBe('Sanne[31m');
  });
});
