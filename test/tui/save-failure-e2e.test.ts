// Issue 13, data loss: the real trainer in a real terminal (tmux), started with --out pointing at
// a file. It used to die on the first turn with a Node stack trace (exit 1, the turn lost). Now it
// says in Dutch what failed and where the conversation is kept instead, plays on, and says it again
// when it closes.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runFileSchema, start, step } from '../../engine';
import { parseScript } from '../../cli/script';
import { loadFile, ROOT, SCENARIOS } from '../helpers/cases';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
if (!hasTmux) console.warn('test/tui/save-failure-e2e: overgeslagen, tmux is niet geïnstalleerd (er wordt niets geïnstalleerd).');

const SOCKET = `kanteltrainer-save-${process.pid}`;
const SESSION = 'opslaan';
const work = mkdtempSync(join(tmpdir(), 'kt-save-'));
const tmux = (...args: string[]) => spawnSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8' }).stdout ?? '';
/** The screen with its lines joined by single spaces (the trainer wraps long lines). */
const screen = () => tmux('capture-pane', '-p', '-J', '-S', '-', '-t', SESSION).replace(/\s+/g, ' ');

async function waitFor(text: string, timeoutMs = 20_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const shown = screen();
    if (shown.includes(text)) return shown;
    if (Date.now() > until) throw new Error(`"${text}" niet op het scherm binnen ${timeoutMs} ms:\n${tmux('capture-pane', '-p', '-t', SESSION)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const bakker = loadFile(join(SCENARIOS, 'bakker.yaml'), 'bakker.yaml');
/** The first option of the strong route (it does not end the conversation). */
const firstOption = (() => {
  const line = parseScript(readFileSync(join(ROOT, 'test', 'transcripts', 'bakker-sterk.txt'), 'utf8')).find((l) => 'turn' in l);
  if (!line || !('turn' in line) || line.turn.type !== 'option') throw new Error('bakker-sterk.txt starts with an option');
  const state = start(bakker).state;
  expect(step(bakker, state, line.turn).state.status).toBe('active');
  return bakker.points[state.point!]!.options[line.turn.option - 1]!.text;
})();

afterAll(() => {
  if (hasTmux) {
    tmux('kill-server');
    rmSync(join(process.env.TMUX_TMPDIR ?? '/tmp', `tmux-${process.getuid?.() ?? 0}`, SOCKET), { force: true });
  }
  rmSync(work, { recursive: true, force: true });
});

describe.skipIf(!hasTmux)('kanteltrainer play --out <a file>, in tmux', () => {
  it('plays on after the save fails, says why and where the run went, and exits 0 with the run saved', { timeout: 120_000 }, async () => {
    const home = join(work, 'thuis');
    const temporary = join(work, 'tijdelijk');
    mkdirSync(home);
    mkdirSync(temporary);
    const notAFolder = join(work, 'runs.txt');
    writeFileSync(notAFolder, 'dit is een bestand\n');
    const command = `HOME=${home} TMPDIR=${temporary} NO_COLOR=1 CI=true node ${join(ROOT, 'cli', 'bin.js')} play bakker --out ${notAFolder}; echo "KLAAR-$?"; sleep 60`;
    const started = spawnSync('tmux', ['-L', SOCKET, 'new-session', '-d', '-s', SESSION, '-x', '200', '-y', '60', '-c', ROOT, command]);
    if (started.status !== 0) throw new Error(`tmux new-session: ${started.stderr}`);

    await waitFor('Beurt 1 ·', 60_000); // the first start after a change builds the bundle
    const lines = tmux('capture-pane', '-p', '-t', SESSION);
    const option = [...lines.slice(lines.lastIndexOf('Wat zeg je?')).matchAll(/^ *(?:›)? +(\d)\. +(.+)$/gm)].find((m) => firstOption.startsWith(m[2]!.trim().slice(0, 40)));
    if (!option) throw new Error(`"${firstOption}" niet bij de opties:\n${lines}`);
    tmux('send-keys', '-t', SESSION, option[1]!, 'Enter');

    const fallback = join(home, 'kanteltrainer-runs');
    const shown = await waitFor('lukte niet');
    expect(shown).toContain('Beurt 2 ·'); // played on
    expect(shown).toContain(`Opslaan in de map ${notAFolder} lukte niet (daar staat een bestand, geen map).`);
    expect(shown).toContain(`Je gesprek loopt gewoon door en wordt nu bewaard in ${fallback}/bakker-`);
    expect(shown).not.toMatch(/at .*\.mjs|ENOTDIR|EEXIST/); // no stack trace, no bare error code

    tmux('send-keys', '-t', SESSION, 'q');
    await waitFor('Wil je stoppen?');
    tmux('send-keys', '-t', SESSION, 'j');
    const done = await waitFor('KLAAR-');
    expect(done).toContain('KLAAR-0');
    const files = readdirSync(fallback);
    expect(files).toHaveLength(1);
    const file = join(fallback, files[0]!);
    expect(done).toContain(`Let op: opslaan in de map ${notAFolder} lukte niet (daar staat een bestand, geen map); daarom staat je gesprek ergens anders:`);
    expect(done).toContain(`Je gesprek is bewaard in ${file}`);
    expect(done).toContain(`Verder spelen: npm run cli -- play --resume ${file}`);
    const run = runFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    expect(run.state.turns).toHaveLength(1);
    expect(readFileSync(notAFolder, 'utf8')).toBe('dit is een bestand\n'); // the file given as --out is left alone
  });
});
