// The trainer in a small terminal (60×20) and a very wide one, as a person would see it in tmux:
// the case list, the header, the phase and trust line, the client's words and the options stay on
// screen, and a keypress redraws in place instead of pushing a whole screen into the scrollback.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cases';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const SOCKET = `kanteltrainer-small-${process.pid}`;
const out = mkdtempSync(join(tmpdir(), 'kanteltrainer-small-'));
const tmux = (...args: string[]) => spawnSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8' }).stdout ?? '';

function launch(name: string, columns: number, rows: number) {
  const command = `NO_COLOR=1 node ${join(ROOT, 'cli', 'bin.js')} play --out ${out}; sleep 60`;
  const started = spawnSync('tmux', ['-L', SOCKET, 'new-session', '-d', '-s', name, '-x', String(columns), '-y', String(rows), '-c', ROOT, command]);
  if (started.status !== 0) throw new Error(`tmux new-session: ${started.stderr}`);
}
const screen = (name: string) => tmux('capture-pane', '-p', '-t', name);
/** Every line tmux holds: the screen and what scrolled off above it. */
const history = (name: string) => tmux('capture-pane', '-p', '-S', '-', '-t', name).replace(/\n+$/, '').split('\n').length;
const keys = (name: string, ...k: string[]) => tmux('send-keys', '-t', name, ...k);

async function waitFor(name: string, text: string | RegExp, timeoutMs = 60_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const shown = screen(name);
    if (typeof text === 'string' ? shown.includes(text) : text.test(shown)) return shown;
    if (Date.now() > until) throw new Error(`"${text}" niet op het scherm:\n${shown}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

afterAll(() => {
  if (hasTmux) tmux('kill-server');
  rmSync(out, { recursive: true, force: true });
});

describe.skipIf(!hasTmux)('small and wide terminals', () => {
  it('at 60×20 the menu keeps its case list, the conversation its header, client and options, without filling the scrollback', { timeout: 120_000 }, async () => {
    launch('klein', 60, 20);
    const menu = await waitFor('klein', 'Kies een casus om te oefenen');
    expect(menu).toMatch(/› 1\. /);
    expect(menu).toMatch(/ 8\. /);
    expect(menu).toContain('↑↓ of cijfer: kiezen');
    for (let i = 0; i < 5; i++) {
      keys('klein', 'Down');
      await waitFor('klein', new RegExp(`› ${i + 2}\\. `));
    }
    expect(history('klein')).toBeLessThanOrEqual(20); // redrawn in place
    expect(screen('klein')).toContain('Kies een casus om te oefenen');
    keys('klein', '3', 'Enter');
    const talk = await waitFor('klein', 'Wat zeg je?');
    const lines = talk.split('\n');
    expect(lines[0]).toMatch(/^Kanteltrainer · /);
    expect(talk).toContain('[verkennen] → oplossingen → afspraken');
    expect(talk).toMatch(/^Beurt 1 · vertrouwen \d+\/10$/m);
    expect(talk).toMatch(/^Ron Bos: /m);
    expect(talk).toMatch(/^ +1\. /m);
    expect(talk).toContain('Het gesprek afronden');
    // Continuation lines of the client's words start under the first, never a space further in.
    const continued = lines.filter((l, i) => i > 0 && /^ {9}\S/.test(l) === false && /^ {10,}\S/.test(l) && !/^\s+(\d\.|Het gesprek)/.test(l));
    expect(continued).toEqual([]);
    for (const key of ['Down', 'Down', 'Up', 'Down']) {
      keys('klein', key);
      await new Promise((r) => setTimeout(r, 300));
      expect(history('klein')).toBeLessThanOrEqual(20); // nothing pushed into the scrollback
    }
    expect(screen('klein').split('\n')[0]).toMatch(/^Kanteltrainer · /);
    // The option under the cursor is shown whole when it fits under the client's words (the others on one
    // line each); it never pushes the header off the screen.
    expect(screen('klein')).toMatch(/^› \d\. /m);
    expect(screen('klein').split('\n')[0]).toMatch(/^Kanteltrainer · /);
    keys('klein', 'Tab');
    await waitFor('klein', 'Zeg het in je eigen woorden');
    keys('klein', 'Tab');
    keys('klein', 'q');
    await waitFor('klein', 'Wil je stoppen?');
  });

  it('at 200 columns the lines stay at most 100 wide', { timeout: 120_000 }, async () => {
    launch('breed', 200, 50);
    await waitFor('breed', 'Kies een casus om te oefenen');
    keys('breed', 'Enter');
    const talk = await waitFor('breed', 'Wat zeg je?');
    const widest = Math.max(...talk.split('\n').map((l) => l.trimEnd().length));
    expect(widest).toBeLessThanOrEqual(100);
    expect(widest).toBeGreaterThan(60);
  });
});
