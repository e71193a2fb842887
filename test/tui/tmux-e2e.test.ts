// The real trainer in a real terminal: tmux runs `kanteltrainer play bakker`, this test types
// the strong route's option numbers, quits halfway, resumes, and reads the debrief off the screen.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runFileSchema } from '../../engine';
import { parseScript } from '../../cli/script';
import { ROOT } from '../helpers/cases';
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

/** Option numbers of the strong route, as in the golden transcript. */
const route = parseScript(readFileSync(join(ROOT, 'test', 'transcripts', 'bakker-sterk.txt'), 'utf8')).map((line) => {
  if (!('turn' in line) || line.turn.type !== 'option') throw new Error('bakker-sterk.txt holds only option numbers');
  return String(line.turn.option);
});
const golden = JSON.parse(readFileSync(join(ROOT, 'test', 'transcripts', 'bakker-sterk.report.json'), 'utf8')) as { ending: string; turns: unknown[] };

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
    await waitFor('Beurt 1 ·', 60_000); // the first start after a change builds the bundle
    const half = 3;
    for (let n = 0; n < half; n++) {
      keys(route[n]!, 'Enter');
      await waitFor(`Beurt ${n + 2} ·`);
    }
    keys('q');
    await waitFor('Wil je stoppen?');
    keys('j');
    const quit = await waitFor('KLAAR-0');
    expect(quit).toContain('Je gesprek is bewaard in');
    const files = readdirSync(out);
    expect(files).toHaveLength(1);
    const file = join(out, files[0]!);
    expect(runFileSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).state.turns).toHaveLength(half);

    launch(`play --resume ${file}`);
    await waitFor(`Beurt ${half + 1} ·`, 30_000);
    for (let n = half; n < route.length; n++) {
      keys(route[n]!, 'Enter');
      await waitFor(new RegExp(`Beurt ${n + 2} ·|Nabespreking`));
      if (screen().includes('Nabespreking')) break;
    }
    const debrief = await waitFor('Nabespreking');
    expect(debrief).toMatch(/Einde: .+ \(sterk\)/);
    expect(debrief).toMatch(/Totaalscore: \d+\/100/);
    expect(debrief.match(/[█░]{20}\s+\d+/g)).toHaveLength(6);
    expect(debrief).toMatch(/Feiten gevonden: \d+ van \d+/);

    const run = runFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    expect(run.caseId).toBe('bakker');
    expect(run.state.status).toBe('finished');
    expect(run.report.ending).toBe(golden.ending);
    expect(run.state.turns).toHaveLength(golden.turns.length);

    keys('q');
    const done = await waitFor('KLAAR-0');
    expect(done).toContain(`Je gesprek is bewaard in ${file}`);
  });

  it('plays with a language model (--model): the voiced reply, then a notice when the model fails', { timeout: 120_000 }, async () => {
    // Request 0 voices the first reply; every later request fails, so the second reply falls back.
    const server = await startFakeOpenAI((_, n) => (n === 0 ? { kind: 'stream', pieces: ['Ach, ', 'het huis ', 'is mijn ding niet.'] } : { kind: 'status', status: 500 }));
    try {
      launch('play bakker --model', `OPENAI_API_KEY=${TEST_KEY} OPENAI_BASE_URL=${server.baseURL} KANTELTRAINER_MODEL_RETRIES=0`);
      const first = await waitFor('Beurt 1 ·', 60_000);
      expect(first).toContain(`Taalmodel: `);
      keys(route[0]!, 'Enter');
      await waitFor('Ach, het huis is mijn ding niet.');
      const voiced = await waitFor('Wat zeg je?'); // the options return once the reply is complete
      expect(voiced).toContain('Henk Bakker: Ach, het huis is mijn ding niet.');
      keys(route[1]!, 'Enter');
      const fellBack = await waitFor('Het taalmodel reageerde niet');
      expect(fellBack).toContain('(serverfout)');
      expect(fellBack).toContain('Beurt 3 ·');
      keys('q');
      await waitFor('Wil je stoppen?');
      keys('j');
      const done = await waitFor('KLAAR-0');
      expect(done).not.toContain(TEST_KEY);
      expect(done).toContain('Je gesprek is bewaard in');
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
