// The trainer in a small terminal (60×20) and a very wide one, as a person would see it in tmux:
// the case list, the header, the phase and trust line, the client's words and the options stay on
// screen, and a keypress redraws in place instead of pushing a whole screen into the scrollback.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cases';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const SOCKET = `kanteltrainer-small-${process.pid}`;
const out = mkdtempSync(join(tmpdir(), 'kanteltrainer-small-'));
const tmux = (...args: string[]) => spawnSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8' }).stdout ?? '';

function launch(name: string, columns: number, rows: number, args = '') {
  const command = `NO_COLOR=1 node ${join(ROOT, 'cli', 'bin.js')} play ${args} --out ${out}; sleep 60`;
  const started = spawnSync('tmux', ['-L', SOCKET, 'new-session', '-d', '-s', name, '-x', String(columns), '-y', String(rows), '-c', ROOT, command]);
  if (started.status !== 0) throw new Error(`tmux new-session: ${started.stderr}`);
}
const screen = (name: string) => tmux('capture-pane', '-p', '-t', name);
/** Every line tmux holds: the screen and what scrolled off above it. */
const history = (name: string) => tmux('capture-pane', '-p', '-S', '-', '-t', name).replace(/\n+$/, '').split('\n').length;
const keys = (name: string, ...k: string[]) => tmux('send-keys', '-t', name, ...k);

async function waitFor(name: string, text: string | RegExp | ((shown: string) => boolean), timeoutMs = 60_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const shown = screen(name);
    if (typeof text === 'string' ? shown.includes(text) : text instanceof RegExp ? text.test(shown) : text(shown)) return shown;
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
    // The menu lists the cases by file name; new cases move Ron Bos's case down the list.
    const ronBos = readdirSync(join(ROOT, 'scenarios')).filter((f) => f.endsWith('.yaml') && !f.startsWith('lokaal')).sort().indexOf('gemotiveerd-nee.yaml') + 1;
    keys('klein', String(ronBos), 'Enter');
    const talk = await waitFor('klein', 'Wat zeg je?');
    const lines = talk.split('\n');
    expect(lines[0]).toMatch(/^Kanteltrainer · /);
    expect(talk).toContain('[verkennen] → oplossingen → afspraken');
    expect(talk).toMatch(/^Beurt 1 · vertrouwen \d+\/10$/m);
    expect(talk).toMatch(/^[A-Z][\p{L} .'-]+: \S/mu); // the client's words (whichever case is third in the menu)
    expect(talk).toMatch(/^ +1\. /m);
    expect(talk).toContain('Het gesprek afronden');
    // Continuation lines of the client's words start under the first, never a space further in.
    const continued: string[] = [];
    let column = -1;
    for (const line of lines.slice(0, lines.findIndex((l) => l.startsWith('Wat zeg je?')))) {
      const speaker = /^[^\s:][^:]*: /.exec(line);
      if (speaker) column = speaker[0].length;
      else if (column > 0 && /^\s+\S/.test(line) && line.length - line.trimStart().length !== column) continued.push(line);
    }
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

  /** A run saved as the trainer saves it (play --script --out), finished or after its first `turns` turns. */
  function savedRun(caseId = 'bakker', script = 'bakker-sterk.txt', turns = Number.POSITIVE_INFINITY): string {
    const folder = mkdtempSync(join(out, 'run-'));
    const lines = readFileSync(join(ROOT, 'test', 'transcripts', script), 'utf8').split('\n').filter((l) => /^#\d+|^\/afronden/.test(l.trim())).slice(0, turns);
    const file = join(folder, 'script.txt');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const made = spawnSync('node', [join(ROOT, 'cli', 'bin.js'), 'play', caseId, '--script', file, '--out', folder], { cwd: ROOT, encoding: 'utf8' });
    if (made.status !== 0) throw new Error(`play --script: ${made.stderr}`);
    return join(folder, readdirSync(folder).find((f) => f.endsWith('.json'))!);
  }

  it('at 100×40 a turn with long words and long options keeps the header, the phase and trust line and the options on screen', { timeout: 120_000 }, async () => {
    // Twelve turns into kwetsbaar's strong route the last eight lines and the options took 52 rows.
    launch('lang', 100, 40, `--resume ${savedRun('kwetsbaar', 'kwetsbaar-sterk.txt', 12)}`);
    const talk = await waitFor('lang', 'Wat zeg je?');
    const lines = talk.split('\n');
    expect(lines[0]).toMatch(/^Kanteltrainer · /);
    expect(lines[1]).toMatch(/^verkennen → .*Beurt 13 · vertrouwen \d+\/10$/);
    expect(talk).toContain('Het gesprek afronden');
    expect(talk).toContain('↑↓ of cijfer: kiezen');
    expect(history('lang')).toBeLessThanOrEqual(40);
    // The last thing the client said is still there, right above the options.
    expect(talk.slice(0, talk.indexOf('Wat zeg je?'))).toMatch(/^Truus van Dam: /m);
    keys('lang', 'Up', 'Enter');
    const asked = await waitFor('lang', 'Het gesprek afronden?');
    expect(asked.split('\n')[0]).toMatch(/^Kanteltrainer · /);
    expect(history('lang')).toBeLessThanOrEqual(40);
  });

  /** Pages through the debrief with the space bar; every page must fit the screen under the title. */
  async function readToTheEnd(name: string, rows: number): Promise<string[]> {
    const pages: string[] = [];
    for (let page = 1; page < 40; page++) {
      const shown = await waitFor(name, /Regel (\d+)–(\d+) van (\d+)/);
      const lines = shown.replace(/\n+$/, '').split('\n');
      expect(lines[0]).toMatch(/^Nabespreking · /);
      expect(lines.length).toBeLessThan(rows);
      expect(history(name)).toBeLessThanOrEqual(rows); // nothing pushed into the scrollback
      pages.push(shown);
      if (shown.includes('dit is het einde')) return pages;
      const at = shown.match(/Regel (\d+)–/)![1]!;
      keys(name, 'Space');
      await waitFor(name, (text: string) => text.match(/Regel (\d+)–/)?.[1] !== at);
    }
    throw new Error('het einde van de nabespreking kwam niet in beeld');
  }

  it.each([
    [100, 40],
    [60, 20],
  ])('at %i×%i the debrief opens at its top and is read a page at a time, in both views', { timeout: 120_000 }, async (columns, rows) => {
    const name = `nabespreking-${columns}`;
    launch(name, columns, rows, `--resume ${savedRun()}`);
    const first = await waitFor(name, 'Nabespreking · ');
    const lines = first.split('\n');
    expect(lines[0]).toMatch(/^Nabespreking · Sinds Ria er niet meer is/);
    expect(lines[1]).toMatch(/^Einde: Weer langs de lijn \(sterk\)/);
    expect(first).toMatch(/Regel 1–\d+ van \d+ · spatie of ↓: verder/);
    const summary = (await readToTheEnd(name, rows)).join('\n');
    for (const part of ['Totaalscore: ', 'Aandachtspunten:', 'Gesprekstechniek', 'schoonmaakwerk is geen probleem']) expect(summary).toContain(part);
    expect(summary).toMatch(/Feiten gevonden: \d+ van \d+/);
    // Wrapped story lines start at the edge, wrapped skill lines under their first word: never a space off.
    expect(summary.split('\n').filter((l) => /^ \S/.test(l))).toEqual([]);
    keys(name, 'Up');
    await waitFor(name, /Regel \d+–\d+ van \d+ · spatie of ↓: verder/);
    keys(name, 'b');
    const turns = await waitFor(name, 'Per beurt:');
    expect(turns.split('\n')[0]).toMatch(/^Nabespreking · /);
    expect(turns).toMatch(/Regel 1–\d+ van \d+/);
    expect(turns).toMatch(/^ +1\. sterk · /m);
    const all = (await readToTheEnd(name, rows)).join('\n');
    expect(all).toMatch(/Je sprak een vervolgmoment af/); // the last turn's last point
    // The turn's number has a column of its own: its continuation lines (dim ones too) start at one place.
    expect(all.split('\n').filter((l) => /^ {7}\S/.test(l))).toEqual([]);
    keys(name, 'q');
    // The closing line starts a line of its own under the last page, not glued to it.
    expect(await waitFor(name, 'Je gesprek is bewaard in')).toMatch(/^Je gesprek is bewaard in /m);
  });
});
