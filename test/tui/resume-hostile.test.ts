// Run files made to break the terminal trainer, resumed in a real terminal (tmux): a finished run
// that lists the fact `constructor` as revealed (once it hung at 100% CPU, deaf to q and Ctrl-C),
// and a run whose texts carry escape sequences (a window title, a screen clear, OSC 52). The first is
// refused in Dutch at once; the second opens with the codes gone, and q and Ctrl-C still work.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { start, step, toRunFile, type Turn } from '../../engine';
import { parseScript } from '../../cli/script';
import { loadFile, ROOT, SCENARIOS } from '../helpers/cases';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const SOCKET = `kanteltrainer-hostile-${process.pid}`;
const dir = mkdtempSync(join(tmpdir(), 'kanteltrainer-hostile-'));
let session = '';
let launches = 0;

const tmux = (...args: string[]) => spawnSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8' }).stdout ?? '';
const screen = () => tmux('capture-pane', '-p', '-J', '-t', session);
const keys = (...k: string[]) => tmux('send-keys', '-t', session, ...k);

function launch(args: string) {
  if (session) tmux('kill-session', '-t', session);
  session = `h-${++launches}`;
  const command = `NO_COLOR=1 node ${join(ROOT, 'cli', 'bin.js')} ${args} --out ${dir}; echo "KLAAR-$?"; sleep 60`;
  const started = spawnSync('tmux', ['-L', SOCKET, 'new-session', '-d', '-s', session, '-x', '100', '-y', '40', '-c', ROOT, command]);
  if (started.status !== 0) throw new Error(`tmux new-session: ${started.stderr}`);
}

async function waitFor(text: string | RegExp, timeoutMs = 20_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const shown = screen();
    if (typeof text === 'string' ? shown.includes(text) : text.test(shown)) return shown;
    if (Date.now() > until) throw new Error(`"${text}" niet op het scherm binnen ${timeoutMs} ms:\n${shown}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const bakker = loadFile(join(SCENARIOS, 'bakker.yaml'), 'bakker.yaml');
const route: Turn[] = parseScript(readFileSync(join(ROOT, 'test', 'transcripts', 'bakker-sterk.txt'), 'utf8')).flatMap((l) => ('turn' in l ? [l.turn] : []));

function finishedRun() {
  let state = start(bakker).state;
  for (const turn of route) if (state.status !== 'finished') state = step(bakker, state, turn).state;
  return toRunFile(bakker, state);
}

function write(name: string, run: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(run, null, 2));
  return path;
}

afterAll(() => {
  if (hasTmux) {
    tmux('kill-server');
    rmSync(join(process.env.TMUX_TMPDIR ?? '/tmp', `tmux-${process.getuid?.() ?? 0}`, SOCKET), { force: true });
  }
  rmSync(dir, { recursive: true, force: true });
});

const ESCAPES = '\u001b]0;gehackt\u0007\u001b[2J\u001b]52;c;aGFjaw==\u0007';

describe.skipIf(!hasTmux)('resuming hostile run files in tmux', () => {
  it('refuses a finished run that lists the fact "constructor", in Dutch and at once', { timeout: 90_000 }, async () => {
    const run = finishedRun();
    run.state.revealed.push('constructor');
    run.state.turns[0]!.revealed.push('constructor');
    const file = write('constructor.json', run);
    launch(`play --resume ${file}`);
    const shown = await waitFor('KLAAR-1', 60_000); // the first start after a change builds the bundle
    expect(shown).toContain('bevat een gesprek dat deze casus niet kan opleveren');
    expect(shown).toContain('beurt 1: feit "constructor" bestaat niet in deze casus.');
  });

  it('shows a run with escape codes in its texts without them; q leaves the debrief', { timeout: 60_000 }, async () => {
    const run = finishedRun();
    run.state.turns[0]!.text = `Goedemiddag${ESCAPES} meneer Bakker`;
    run.state.turns[0]!.reply = `Dag${ESCAPES} mevrouw`;
    const file = write('codes.json', run);
    tmux('start-server');
    launch(`play --resume ${file}`);
    await waitFor('b: per beurt bekijken');
    keys('b');
    await waitFor('b: beurten verbergen');
    const all = tmux('capture-pane', '-p', '-S', '-', '-t', session);
    expect(all).toContain('Goedemiddag meneer Bakker');
    expect(all).not.toContain('52;c;');
    expect(tmux('display-message', '-p', '-t', session, '#{pane_title}')).not.toContain('gehackt');
    keys('q');
    await waitFor('KLAAR-0');
  });

  it('Ctrl-C leaves a resumed conversation', { timeout: 60_000 }, async () => {
    let state = start(bakker).state;
    state = step(bakker, state, route[0]!).state;
    state = { ...state, turns: state.turns.map((t) => ({ ...t, text: `${t.text}${ESCAPES}` })) };
    const file = write('bezig.json', toRunFile(bakker, state));
    launch(`play --resume ${file}`);
    await waitFor('Beurt 2 ·');
    keys('C-c');
    const done = await waitFor(/KLAAR-\d/);
    expect(done).toContain('Je gesprek is bewaard in');
  });
});
