// The real trainer in a real terminal: tmux runs `kanteltrainer play bakker`, this test plays the
// strong route as a trainee would (finding each option's text on screen, where a random seed put it,
// and pressing its number), quits halfway, resumes, and reads the debrief off the screen.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { optionOrder, runFileSchema, start, step, type RunState, type Turn } from '../../engine';
import { parseScript } from '../../cli/script';
import { loadFile, ROOT, SCENARIOS } from '../helpers/cases';
import { startFakeOpenAI } from '../model/fake-openai';
import { TEST_KEY } from '../model/helpers';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
if (!hasTmux) console.warn('test/tui/tmux-e2e: overgeslagen, tmux is niet geïnstalleerd (er wordt niets geïnstalleerd).');

const SOCKET = `kanteltrainer-e2e-${process.pid}`;
let session = '';
let launches = 0;
const out = mkdtempSync(join(tmpdir(), 'kanteltrainer-runs-'));

function tmux(...args: string[]): string {
  const result = spawnSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8' });
  return result.stdout ?? '';
}

/** A fresh tmux session per start (killing and restarting the server races with its shutdown). */
function launch(args: string, env = '') {
  if (session) tmux('kill-session', '-t', session);
  session = `e2e-${++launches}`;
  // CI=true as on a runner: the trainer must still draw on a real terminal.
  const command = `NO_COLOR=1 CI=true ${env} node ${join(ROOT, 'cli', 'bin.js')} ${args} --out ${out}; echo "KLAAR-$?"; sleep 60`;
  const started = spawnSync('tmux', ['-L', SOCKET, 'new-session', '-d', '-s', session, '-x', '100', '-y', '60', '-c', ROOT, command]);
  if (started.status !== 0) throw new Error(`tmux new-session: ${started.stderr}`);
}

const screen = () => tmux('capture-pane', '-p', '-t', session);

async function waitFor(text: string | RegExp, timeoutMs = 20_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const shown = screen();
    if (typeof text === 'string' ? shown.includes(text) : text.test(shown)) return shown;
    if (Date.now() > until) throw new Error(`"${text}" niet op het scherm binnen ${timeoutMs} ms:\n${shown}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const keys = (...k: string[]) => tmux('send-keys', '-t', session, ...k);

/**
 * The debrief from its top to its end, as a trainee reads it: page after page with the space bar.
 * Each line once: the title, then the body's lines by their number in "Regel a–b van n".
 */
async function readDebrief(): Promise<string> {
  const body = new Map<number, string>();
  let shown = await waitFor(/Regel \d+–\d+ van \d+/); // once the debrief has measured itself
  for (let page = 0; page < 40; page++) {
    const [, first, last, total] = shown.match(/Regel (\d+)–(\d+) van (\d+)/)!.map(Number) as [number, number, number, number];
    const lines = shown.split('\n');
    for (let n = first; n <= last; n++) body.set(n, lines[1 + n - first]!);
    if (last >= total) return [lines[0], ...[...body.keys()].sort((x, y) => x - y).map((n) => body.get(n))].join('\n');
    keys('Space');
    shown = await waitFor(new RegExp(`Regel (?!${first}–)\\d+–\\d+ van`));
  }
  throw new Error('the debrief did not reach its end');
}

const bakker = loadFile(join(SCENARIOS, 'bakker.yaml'), 'bakker.yaml');

/** The strong route's turns (option numbers in the case file, maybe a close), as in the transcript. */
const route: Turn[] = parseScript(readFileSync(join(ROOT, 'test', 'transcripts', 'bakker-sterk.txt'), 'utf8')).map((line) => {
  if (!('turn' in line)) throw new Error('bakker-sterk.txt holds only option numbers and /afronden');
  return line.turn;
});
/** The same route played in-process: where the run must end. */
function playedInProcess(): RunState {
  let state = start(bakker).state;
  for (const turn of route) if (state.status !== 'finished') state = step(bakker, state, turn).state;
  return state;
}

/** The numbered option lines under "Wat zeg je?": screen number and the start of the text. */
function optionsOnScreen(shown: string): { number: number; text: string; active: boolean }[] {
  const below = shown.slice(shown.lastIndexOf('Wat zeg je?'));
  return [...below.matchAll(/^ *(›)? +(\d)\. +(.+)$/gm)].map((m) => ({ number: Number(m[2]), text: m[3]!.trim(), active: m[1] === '›' }));
}

/**
 * Takes one turn of the route as a trainee would: finds the option's words on screen and presses
 * the number in front of them (the screen's order comes from the run's seed, not the case file).
 * Returns the state after the turn, tracked in-process.
 */
async function play(state: RunState, turn: Turn): Promise<RunState> {
  const shown = await waitFor('Wat zeg je?');
  if (turn.type === 'close') {
    // ↑ from no choice lands on the last entry; after an agreement the cursor is already there.
    if (!/› +Het gesprek afronden/.test(shown)) keys('Up');
    await waitFor(/› +Het gesprek afronden/);
    keys('Enter');
    await waitFor('Het gesprek afronden?'); // closing asks first
    keys('j');
    return step(bakker, state, turn).state;
  }
  if (turn.type !== 'option') throw new Error('only options and closing');
  const words = bakker.points[state.point!]!.options[turn.option - 1]!.text.slice(0, 40);
  const line = optionsOnScreen(shown).find((l) => l.text.startsWith(words));
  if (!line) throw new Error(`"${words}" niet bij de opties op het scherm:\n${shown}`);
  expect(line.active).toBe(false); // after a turn the cursor rests on nothing
  keys(String(line.number), 'Enter');
  return step(bakker, state, turn).state;
}

/** The screen shows this run's order: the option texts in optionOrder(seed, point). */
function expectOrder(shown: string, seed: number, state: RunState) {
  const point = bakker.points[state.point!]!;
  const order = optionOrder(seed, state.point!, point.options.length).map((n) => point.options[n - 1]!.text.slice(0, 40));
  expect(optionsOnScreen(shown).map((l) => l.text.slice(0, 40))).toEqual(order);
}

afterAll(() => {
  if (hasTmux) {
    tmux('kill-server');
    // tmux leaves the socket file of a killed server behind.
    rmSync(join(process.env.TMUX_TMPDIR ?? '/tmp', `tmux-${process.getuid?.() ?? 0}`, SOCKET), { force: true });
  }
  rmSync(out, { recursive: true, force: true });
});

describe.skipIf(!hasTmux)('kanteltrainer play in tmux', () => {
  it('plays bakker with keys, quits and resumes, shows the debrief and saves the run', { timeout: 180_000 }, async () => {
    launch('play bakker');
    const opening = await waitFor('Beurt 1 ·', 60_000); // the first start after a change builds the bundle
    expect(opening).not.toMatch(/^ *› +\d\./m); // no option chosen before the trainee chooses
    keys('Enter'); // Enter without a choice takes no turn
    await waitFor('Kies eerst een optie met ↑↓ of een cijfer.');
    expect(screen()).toContain('Beurt 1 ·');
    const half = 3;
    let state = start(bakker).state;
    for (let n = 0; n < half; n++) {
      state = await play(state, route[n]!);
      await waitFor(`Beurt ${n + 2} ·`);
    }
    const beforeQuit = screen();
    keys('q');
    await waitFor('Wil je stoppen?');
    keys('j');
    const quit = await waitFor('KLAAR-0');
    // On lines of their own, not glued to the last screen; the hint works after npm ci.
    expect(quit).toMatch(/^Je gesprek is bewaard in /m);
    expect(quit).toMatch(/^Verder spelen: npm run cli -- play --resume /m);
    const files = readdirSync(out);
    expect(files).toHaveLength(1);
    const file = join(out, files[0]!);
    const saved = runFileSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).state;
    expect(saved.turns.map((t) => t.option)).toEqual(route.slice(0, half).map((t) => (t.type === 'option' ? t.option : null)));
    expectOrder(beforeQuit, saved.seed, state); // the screen followed the run's own seed

    launch(`play --resume ${file}`);
    const resumed = await waitFor(`Beurt ${half + 1} ·`, 30_000);
    expectOrder(resumed, saved.seed, state); // the same order after --resume
    expect(optionsOnScreen(resumed).map((l) => l.text)).toEqual(optionsOnScreen(beforeQuit).map((l) => l.text));
    for (let n = half; n < route.length && state.status !== 'finished'; n++) {
      state = await play(state, route[n]!);
      await waitFor(state.status === 'finished' ? 'b: per beurt bekijken' : `Beurt ${n + 2} ·`);
    }
    await waitFor('b: per beurt bekijken'); // the debrief's last line
    const debrief = await readDebrief();
    expect(debrief).toContain(`Nabespreking · ${bakker.title}`);
    // The report the trainer saved with the run: the screen must show the same.
    const run = runFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    const { report } = run;
    expect(debrief).toContain(`Einde: ${report.endingTitle} (${report.endingQuality})`);
    expect(debrief).toContain(`Totaalscore: ${report.overall}/100`);
    expect(debrief.match(/[█░]{20}\s+\d+/g)).toHaveLength(6);
    expect(debrief).toContain('Gesprekstechniek (drempels naar MITI 4.2.1):');
    expect(debrief).toMatch(/Feiten gevonden: \d+ van \d+/);
    keys('b');
    await waitFor('b: beurten verbergen');
    const turns = await readDebrief();
    expect(turns).toContain('Per beurt:');
    expect(turns).toMatch(new RegExp(`^ +${report.turns.length}\\. ${report.turns.at(-1)!.verdict} · \\[`, 'm'));

    const expected = playedInProcess();
    expect(run.caseId).toBe('bakker');
    expect(run.state.status).toBe('finished');
    expect(run.state.seed).toBe(saved.seed);
    expect(run.state.turns.map((t) => t.option)).toEqual(expected.turns.map((t) => t.option));
    expect(run.state.ending).toBe(expected.ending);
    expect(report.ending).toBe(expected.ending);

    keys('q');
    const done = await waitFor('KLAAR-0');
    expect(done).toContain(`Je gesprek is bewaard in ${file}`);
  });

  it('keeps the name given with --naam in the run file of the terminal trainer', { timeout: 120_000 }, async () => {
    launch('play bakker --naam "Sanne de Vries"');
    await waitFor('Wat zeg je?', 60_000);
    keys('1', 'Enter');
    await waitFor('Beurt 2 ·');
    keys('q');
    await waitFor('Wil je stoppen?');
    keys('j');
    const done = await waitFor('KLAAR-0');
    const file = /^Je gesprek is bewaard in (\S+\.json)$/m.exec(done)?.[1];
    expect(file).toBeDefined();
    const run = runFileSchema.parse(JSON.parse(readFileSync(file!, 'utf8')));
    expect(run.alias).toBe('Sanne de Vries');
    expect(run.state.turns).toHaveLength(1);
  });

  it('plays with a language model (--model): the voiced reply, then a notice when the model fails', { timeout: 120_000 }, async () => {
    // Request 0 voices the first reply; every later request fails, so the second reply falls back.
    const server = await startFakeOpenAI((_, n) => (n === 0 ? { kind: 'stream', pieces: ['Ach, ', 'het huis ', 'is mijn ding niet.'] } : { kind: 'status', status: 500 }));
    try {
      launch('play bakker --model', `OPENAI_API_KEY=${TEST_KEY} OPENAI_BASE_URL=${server.baseURL} KANTELTRAINER_MODEL_RETRIES=0`);
      const first = await waitFor('Beurt 1 ·', 60_000);
      expect(first).toContain(`Taalmodel: `);
      let state = await play(start(bakker).state, route[0]!);
      await waitFor('Ach, het huis is mijn ding niet.');
      const voiced = await waitFor('Wat zeg je?'); // the options return once the reply is complete
      expect(voiced).toContain('Henk Bakker: Ach, het huis is mijn ding niet.');
      state = await play(state, route[1]!);
      expect(state.status).toBe('active');
      const fellBack = await waitFor('Het taalmodel reageerde niet');
      expect(fellBack).toContain('(serverfout)');
      expect(fellBack).toContain('Beurt 3 ·');
      keys('q');
      await waitFor('Wil je stoppen?');
      keys('j');
      const done = await waitFor('KLAAR-0');
      expect(done).not.toContain(TEST_KEY);
      expect(done).toContain('Je gesprek is bewaard in');
      const saved = readdirSync(out).map((f) => runFileSchema.parse(JSON.parse(readFileSync(join(out, f), 'utf8'))));
      expect(saved.filter((r) => r.mode === 'model')).toHaveLength(1); // this run is marked as played with a model
    } finally {
      await server.close();
    }
  });

  it('opens the menu, drawn once even when painted from the frame cache, and quits with q', { timeout: 120_000 }, async () => {
    for (let round = 0; round < 2; round++) {
      // The first start stores Ink's menu frame; the second paints it before Ink loads.
      launch('play');
      await waitFor('Kies een casus om te oefenen', 60_000);
      keys('Down');
      const moved = await waitFor(/› 2\. /);
      expect(moved.split('Kies een casus om te oefenen')).toHaveLength(2);
      expect(moved).toContain('Leerdoelen:');
      keys('q');
      const done = await waitFor('KLAAR-0');
      expect(done).toContain('Er is niets bewaard');
    }
  });
});
