import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue, loadCase, loadLocal } from '../../engine';
import { terminalSafe } from '../../engine/text/control';
import { ROOT } from '../helpers/cases';
import { runCli } from '../helpers/run-cli';

// A case file with a bidi override or a control character is refused at the character, with file,
// line and column; text from files reaches the terminal without escape sequences (issue 13).

const mini = readFileSync(join(ROOT, 'test', 'fixtures', 'mini.yaml'), 'utf8');

function issues(text: string): string[] {
  const result = loadCase(text, 'mini.yaml');
  return result.ok ? [] : result.issues.map(formatIssue);
}

describe('a case file with hidden characters', () => {
  it.each([
    ['a right-to-left override', '\u202e', 'U+202E', 'leesrichting'],
    ['a bidi isolate', '\u2067', 'U+2067', 'leesrichting'],
    ['a NUL', '\u0000', 'U+0000', 'nulteken'],
    ['an escape', '\u001b', 'U+001B', 'stuurteken'],
    ['a C1 control', '\u009b', 'U+009B', 'stuurteken'],
  ])('refuses %s where it stands', (_name, char, code, word) => {
    const text = mini.replace('name: Mevrouw Jansen', `name: Mevrouw ${char}Jansen`);
    expect(issues(text)).toEqual([expect.stringMatching(new RegExp(`^mini\\.yaml:9:17  \\(tekst\\)  .*${word}.*\\(${code.replace('+', '\\+')}\\)`))]);
  });

  it('keeps tabs inside text, Windows line ends and Dutch accents', () => {
    expect(issues(mini.replace(/\n/g, '\r\n').replace('Woont alleen.', 'Woont alleen in Zoetermeer, café ’s avonds.'))).toEqual([]);
  });

  it('refuses the same in lokaal.yaml', () => {
    const result = loadLocal('buurtbus: De \u202ebuurtbus\n', 'lokaal.yaml');
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([expect.stringMatching(/^lokaal\.yaml:1:14  \(tekst\)  .*U\+202E/)]);
  });
});

describe('text on its way to a terminal', () => {
  it.each([
    ['a screen clear', 'a\u001b[2Jb', 'ab'],
    ['a window title (OSC, BEL)', 'a\u001b]0;gehackt\u0007b', 'ab'],
    ['a clipboard write (OSC 52, ST)', 'a\u001b]52;c;aGFjaw==\u001b\\b', 'ab'],
    ['a colour', '\u001b[31mrood\u001b[0m', 'rood'],
    ['C1 CSI', 'a\u009b2Jb', 'ab'],
    ['a carriage return and backspace', 'echt\r\bnep', 'echtnep'],
    ['a bidi override', 'abc\u202edef', 'abcdef'],
  ])('loses %s', (_name, text, safe) => {
    expect(terminalSafe(text)).toBe(safe);
  });

  it('keeps newlines, tabs and every letter', () => {
    expect(terminalSafe('Één\tregel\nnog één: café, ’s nachts 😊')).toBe('Één\tregel\nnog één: café, ’s nachts 😊');
  });

  it('validate names the character and prints no control code of the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kt-stuur-'));
    writeFileSync(join(dir, 'mini.yaml'), mini.replace('title: Proefcasus', 'title: Proef\u001b]0;gehackt\u0007casus'));
    const run = runCli(['validate', 'mini.yaml'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^mini\.yaml:3:13  \(tekst\)  Hier staat een onzichtbaar stuurteken \(U\+001B\)/);
    expect(run.stdout + run.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it('lint prints a file name from the command line without its escape codes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kt-stuur-'));
    const name = 'mini\u001b[2J.yaml';
    writeFileSync(join(dir, name), mini);
    const run = runCli(['lint', name], { cwd: dir });
    expect(run.stdout + run.stderr).toContain('hoort gelijk te zijn aan de bestandsnaam');
    expect(run.stdout + run.stderr).not.toMatch(/\u001b/);
  });
});
