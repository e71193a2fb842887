// No English in the terminal face: the trainer's message catalogue, every command's help, what
// play --script --out and compare print, and the CSV compare writes. The words are the web face's:
// gesprek (not run), gespreksbestand (not runbestand), gespreksstap (not move).
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NL } from '../../cli/tui/messages';
import { runCli } from '../helpers/run-cli';
import { TRANSCRIPTS } from '../helpers/transcripts';

/** English words newcomers met in the Dutch terminal, and their kin. */
const ENGLISH = /\b(runs?|run\w*bestand\w*|\w*moves?|debrief\w*|replay|flags?)\b/i;

/**
 * Names that are no prose: commands to type (npm run cli, kanteltrainer …, --resume), the folder
 * runs/ and kanteltrainer-runs, and the JSON keys classify writes.
 */
function prose(text: string): string {
  return text
    .split('\n')
    .filter((line) => !/^\s*kanteltrainer \w+/.test(line)) // a command's synopsis
    .map((line) => line.replace(/^\s{2}(form|move|confidence|topics|likely)\s{2,}/, ''))
    .join('\n')
    .replace(/npm run( --silent)? (cli|build)/g, '')
    .replace(/\{"[^\n]*|\s*"likely": [^\n]*/g, '')
    .replace(/(kanteltrainer-)?runs\//g, '')
    .replace(/kanteltrainer-runs/g, '')
    .replace(/--\w+/g, '');
}

/** Every text the catalogue can produce: strings as they are, functions called with sample values. */
function texts(catalogue: Record<string, unknown>): [string, string][] {
  const out: [string, string][] = [];
  for (const [key, value] of Object.entries(catalogue)) {
    if (typeof value === 'string') out.push([key, value]);
    else if (Array.isArray(value)) value.forEach((v, i) => typeof v === 'string' && out.push([`${key}[${i}]`, v]));
    else if (typeof value === 'function') {
      for (const args of [['runs/bakker.json', 'bakker', 'lokaal'], [3, 7, 40], [true], [false]]) {
        const text = (value as (...a: unknown[]) => unknown)(...args);
        if (typeof text === 'string') out.push([key, text]);
      }
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) if (typeof v === 'string') out.push([`${key}.${k}`, v]);
    }
  }
  return out;
}

describe('the Dutch terminal', () => {
  it('has no English words in the trainer’s messages', () => {
    const found = texts(NL as unknown as Record<string, unknown>).filter(([, text]) => ENGLISH.test(prose(text)));
    expect(found).toEqual([]);
    expect(NL.pickMoveFirst).toContain('gespreksstap');
    expect(NL.resumeInvalid('x.json')).toBe('"x.json" is geen geldig gespreksbestand van Kanteltrainer.');
  });

  it.each(['', 'play', 'compare', 'classify', 'lint', 'graph', 'validate', 'schema', 'scorm', 'start'])('has no English words in the help of "%s"', (command) => {
    const run = runCli(['help', ...(command ? [command] : [])]);
    expect(run.code).toBe(0);
    const english = prose(run.stdout).split('\n').filter((line) => ENGLISH.test(line));
    expect(english).toEqual([]);
  });

  it('says "gesprek" when play --script saves, and compare prints and writes its CSV in Dutch', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kt-nl-'));
    const played = runCli(['play', 'bakker', '--script', join(TRANSCRIPTS, 'bakker-sterk.txt'), '--out', dir, '--naam', 'Sanne']);
    expect(played.code).toBe(0);
    expect(played.stdout).toMatch(/^Gesprek bewaard in .+\.json$/m);
    runCli(['play', 'bakker', '--script', join(TRANSCRIPTS, 'bakker-zwak.txt'), '--out', dir, '--naam', 'Ahmed']);
    const csv = join(dir, 'groep.csv');
    const compared = runCli(['compare', ...readdirSync(dir).map((f) => join(dir, f)), '--csv', csv]);
    expect(compared.code).toBe(0);
    expect(prose(compared.stdout).split('\n').filter((line) => ENGLISH.test(line))).toEqual([]);
    const header = readFileSync(csv, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/)[0]!;
    expect(header.split(/[;,]/).slice(0, 6)).toEqual(['deelnemer', 'beslismoment', 'beurt', 'optie', 'gespreksstap', 'tekst']);
    // Every column, the verslag's and the ZRM's included (ids joined by _ read as words).
    expect(header.split(',').filter((column) => ENGLISH.test(column.replace(/_/g, ' ')) || /checklist|written|filled|score|self|diff/i.test(column))).toEqual([]);
    const none = runCli(['compare', join(dir, 'groep.csv')]);
    expect(none.stderr).toContain('Geen van deze bestanden is een gespreksbestand van Kanteltrainer.');
  });
});
