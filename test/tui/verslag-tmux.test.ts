// The verslag in a real terminal (tmux): from the debrief of a finished run, v opens the fields,
// typing writes in a step, a digit scores a ZRM domain, Tab lays it beside the model with this run's
// checklist, Esc goes back; every change lands in the run file, and a resumed run shows it again.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRunFile, start, step, toRunFile, type Turn } from '../../engine';
import { parseScript } from '../../cli/script';
import { loadFile, ROOT, SCENARIOS } from '../helpers/cases';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const SOCKET = `kanteltrainer-verslag-${process.pid}`;
const dir = mkdtempSync(join(tmpdir(), 'kanteltrainer-verslag-'));
let session = '';
let launches = 0;

const tmux = (...args: string[]) => spawnSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8' }).stdout ?? '';
const screen = () => tmux('capture-pane', '-p', '-J', '-t', session);
const keys = (...k: string[]) => tmux('send-keys', '-t', session, ...k);
const type = (text: string) => tmux('send-keys', '-t', session, '-l', text);

function launch(args: string) {
  if (session) tmux('kill-session', '-t', session);
  session = `v-${++launches}`;
  const command = `NO_COLOR=1 node ${join(ROOT, 'cli', 'bin.js')} ${args}; echo "KLAAR-$?"; sleep 60`;
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

function finishedRunFile(): string {
  let state = start(bakker).state;
  for (const turn of route) if (state.status !== 'finished') state = step(bakker, state, turn).state;
  const path = join(dir, 'bakker-klaar.json');
  writeFileSync(path, JSON.stringify(toRunFile(bakker, state), null, 2));
  return path;
}

const saved = (path: string) => {
  const read = readRunFile(readFileSync(path, 'utf8'));
  return read.ok ? read.run.verslag : undefined;
};

afterAll(() => {
  if (hasTmux) {
    tmux('kill-server');
    rmSync(join(process.env.TMUX_TMPDIR ?? '/tmp', `tmux-${process.getuid?.() ?? 0}`, SOCKET), { force: true });
  }
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!hasTmux)('the verslag in tmux', () => {
  it('is written from the debrief, laid beside the model, kept in the run file and shown again on resume', { timeout: 120_000 }, async () => {
    const path = finishedRunFile();
    launch(`play --resume ${path}`);
    await waitFor('v: verslag schrijven');
    keys('v');
    await waitFor('› Hulpvraag: (nog leeg)');
    type('Hij wil weer naar de club en goed eten.');
    await waitFor('› Hulpvraag: Hij wil weer naar de club en goed eten.');
    keys('Down', 'Down', 'Down');
    type('Dochter Marloes kookt mee op zondag.');
    await waitFor('› Netwerk: Dochter Marloes kookt mee op zondag.');
    // Down to the last ZRM domain of the case (Financiën), and score it.
    keys('Down', 'Down', 'Down', 'Down', 'Down', 'Down', 'Down', 'Down');
    await waitFor('› ZRM Financiën: (nog leeg)');
    keys('2');
    await waitFor('› ZRM Financiën: 2 (niet zelfredzaam)');
    await expect.poll(() => saved(path), { timeout: 5_000 }).toEqual({
      fields: { hulpvraag: 'Hij wil weer naar de club en goed eten.', netwerk: 'Dochter Marloes kookt mee op zondag.' },
      zrm: { financien: 2 },
    });

    keys('Tab');
    const review = await waitFor('Verslag: jouw tekst naast het voorbeeld');
    expect(review).toContain('Jij:       Hij wil weer naar de club en goed eten.');
    expect(review).toContain('Voorbeeld: Meneer Bakker meldde zich voor huishoudelijke hulp.');
    expect(review).toMatch(/\[x\] Gevonden: Hij heeft nooit leren koken/);
    keys('Space', 'Space', 'Space', 'Space', 'Space', 'Space', 'Space', 'Space', 'Space', 'Space');
    await waitFor(/Financiën: jij: 2, ervaren consulent: 5 \(volledig zelfredzaam\), 3 lager/);
    keys('Escape');
    await waitFor('› ZRM Financiën: 2 (niet zelfredzaam)');
    keys('Escape');
    await waitFor('v: verslag schrijven');
    keys('q');
    await waitFor('KLAAR-0');

    launch(`play --resume ${path}`);
    await waitFor('v: verslag schrijven');
    keys('v');
    await waitFor('  Netwerk: Dochter Marloes kookt mee op zondag.');
    keys('Escape');
    keys('q');
    await waitFor('KLAAR-0');
  });
});
