// Issue 13, data loss in the terminal trainer: run files of two trainers started in the same second,
// a save that fails (a file where the runs folder should be, no folder at all that works), and
// temporary files left behind by a save that was cut off.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { runFileSchema, start, step } from '../../engine';
import { parseScript } from '../../cli/script';
import { ROOT } from '../helpers/cases';
import { runCli } from '../helpers/run-cli';
import { prepareSession, type SaveTrouble, type Session, type SessionOptions } from '../../cli/tui/session';
import { removeStaleTemporaries, saveFailureReason } from '../../cli/tui/run-store';
import { bakker, cases, optionLines, press, strip, tick, watch } from './helpers';

afterEach(() => cleanup());

const now = new Date('2026-12-02T21:39:03Z');
const scratch = () => mkdtempSync(join(tmpdir(), 'kt-'));

function session(options: Partial<SessionOptions> & { outDir: string }): Session {
  const prepared = prepareSession({ id: 'bakker', resume: undefined, now, saved: new Map(), cases, model: null, ...options });
  if (!('model' in prepared)) throw new Error(prepared.stderr.join('\n'));
  return prepared;
}

/** The trainer of a session on screen; `frame()` is the last frame with its lines joined by single spaces. */
function show(s: Session) {
  const t = render(<s.App initial={s.model} deps={s.deps} effects={s.effects} />);
  watch(t.stdin, t.lastFrame);
  return { ...t, frame: () => strip(t.lastFrame() ?? '').replace(/\s+/g, ' ') };
}

/** The texts of the strong route's options (bakker-sterk.txt): none of its first turns ends the conversation. */
const ROUTE = (() => {
  let state = start(bakker).state;
  return parseScript(readFileSync(join(ROOT, 'test', 'transcripts', 'bakker-sterk.txt'), 'utf8')).flatMap((line) => {
    if (!('turn' in line) || line.turn.type !== 'option') return [];
    const text = bakker.points[state.point!]!.options[line.turn.option - 1]!.text;
    state = step(bakker, state, line.turn).state;
    return [text];
  });
})();

/** Takes turn `turn` of the strong route (found by its text: the order on screen is the run's own) and waits for the next turn. */
async function takeTurn(t: ReturnType<typeof show>, turn: number): Promise<void> {
  const line = optionLines(strip(t.lastFrame() ?? '')).find((l) => l.text.startsWith(ROUTE[turn - 1]!.slice(0, 30)));
  if (!line) throw new Error(`option of turn ${turn} not on screen:\n${t.lastFrame()}`);
  await press(t.stdin, String(line.number), '\r');
  for (let i = 0; i < 50 && !t.frame().includes(`Beurt ${turn + 1} ·`); i++) await tick(20);
  expect(t.frame()).toContain(`Beurt ${turn + 1} ·`);
}

const runsIn = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
const turnsIn = (path: string) => runFileSchema.parse(JSON.parse(readFileSync(path, 'utf8'))).state.turns;

describe('two trainers started in the same second', () => {
  it('get a run file each, each with its own turns', async () => {
    const dir = scratch();
    const a = session({ outDir: dir });
    const b = session({ outDir: dir });
    expect(a.model.runPath).toBe(b.model.runPath); // the same clock, no file yet: the same name offered
    const first = show(a);
    const second = show(b);
    await takeTurn(first, 1);
    await takeTurn(second, 1);
    await takeTurn(second, 2);
    await takeTurn(first, 2);
    await takeTurn(first, 3);
    expect(runsIn(dir)).toEqual(['bakker-20261202-213903-2.json', 'bakker-20261202-213903.json']);
    expect(turnsIn(join(dir, 'bakker-20261202-213903.json'))).toHaveLength(3); // the first trainer's
    expect(turnsIn(join(dir, 'bakker-20261202-213903-2.json'))).toHaveLength(2); // the second's
  });
});

describe('a save that fails', () => {
  it('keeps playing, says in Dutch which folder failed and why, and saves in the fallback folder', async () => {
    const base = scratch();
    const notAFolder = join(base, 'runs');
    writeFileSync(notAFolder, 'een bestand, geen map\n');
    const fallback = join(base, 'reserve');
    const saved = new Map<string, boolean>();
    const trouble = new Map<string, SaveTrouble>();
    const t = show(session({ outDir: notAFolder, fallbacks: [fallback], saved, trouble }));
    await takeTurn(t, 1);
    const moved = join(fallback, 'bakker-20261202-213903.json');
    expect(t.frame()).toContain(`Opslaan in de map ${notAFolder} lukte niet (daar staat een bestand, geen map).`);
    expect(t.frame()).toContain(`Je gesprek loopt gewoon door en wordt nu bewaard in ${moved}`);
    expect(turnsIn(moved)).toHaveLength(1);
    await takeTurn(t, 2); // the next turn goes to the same file, without a new notice
    expect(t.frame()).not.toContain('lukte niet');
    expect(turnsIn(moved)).toHaveLength(2);
    expect(readdirSync(fallback)).toEqual(['bakker-20261202-213903.json']);
    expect([...saved.keys()]).toEqual([moved]);
    expect(trouble.get(moved)).toEqual({ folder: notAFolder, why: 'daar staat een bestand, geen map', lost: false });
    await press(t.stdin, 'q');
    expect(t.frame()).toContain(`Je gesprek tot nu toe staat in ${moved}`);
  });

  it('keeps the run in memory when no folder works, says so, and saves once a folder works again', async () => {
    const base = scratch();
    const notAFolder = join(base, 'runs');
    writeFileSync(notAFolder, 'x');
    const alsoNot = join(base, 'reserve');
    writeFileSync(alsoNot, 'x');
    const trouble = new Map<string, SaveTrouble>();
    const t = show(session({ outDir: notAFolder, fallbacks: [alsoNot], trouble }));
    await takeTurn(t, 1);
    expect(t.frame()).toContain(`Opslaan lukte niet, in de map ${notAFolder} (daar staat een bestand, geen map) en ook niet in een andere map.`);
    expect(t.frame()).toContain('Als je nu stopt, gaan je beurten verloren.');
    expect([...trouble.values()]).toEqual([{ folder: notAFolder, why: 'daar staat een bestand, geen map', lost: true }]);
    await takeTurn(t, 2); // still playing
    // The folder is made a folder: the next turn saves all turns, taken while nothing could be saved.
    const { rmSync } = await import('node:fs');
    rmSync(notAFolder);
    mkdirSync(notAFolder);
    await takeTurn(t, 3);
    expect(turnsIn(join(notAFolder, 'bakker-20261202-213903.json'))).toHaveLength(3);
    expect(trouble.size).toBe(0);
  });
});

describe('why a save failed, in Dutch', () => {
  it.each([
    ['ENOSPC', 'de schijf is vol'],
    ['EDQUOT', 'de schijf is vol'],
    ['EACCES', 'je hebt geen toestemming om daar te schrijven'],
    ['EPERM', 'je hebt geen toestemming om daar te schrijven'],
    ['EROFS', 'die plek is alleen-lezen'],
    ['ENOTDIR', 'daar staat een bestand, geen map'],
    ['EIO', 'fout: EIO'],
  ])('%s: %s', (code, why) => {
    expect(saveFailureReason(Object.assign(new Error(code), { code }))).toBe(why);
  });
});

describe('temporary files of cut-off saves', () => {
  it('removes this program\'s temporary files older than a minute from the runs folder at start, and nothing else', () => {
    const dir = scratch();
    const old = Date.now() / 1000 - 120;
    const files = {
      stale: 'bakker-20261202-213903.json.4242.tmp',
      fresh: 'bakker-20261202-213904.json.4243.tmp',
      run: 'bakker-20261202-213903.json',
      other: 'aantekeningen.tmp',
    };
    for (const name of Object.values(files)) {
      writeFileSync(join(dir, name), '{');
      if (name !== files.fresh) utimesSync(join(dir, name), old, old);
    }
    mkdirSync(join(dir, 'map.json.1.tmp'));
    utimesSync(join(dir, 'map.json.1.tmp'), old, old);
    session({ outDir: dir });
    expect(existsSync(join(dir, files.stale))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual([files.run, files.fresh, files.other, 'map.json.1.tmp'].sort());
  });

  it('leaves a missing folder alone', () => {
    expect(removeStaleTemporaries(join(scratch(), 'bestaat-niet'))).toEqual([]);
  });
});

describe('play --help', () => {
  it('says where runs are saved and what happens when saving fails', () => {
    const { code, stdout } = runCli(['play', '--help']);
    expect(code).toBe(0);
    const text = stdout.replace(/\s+/g, ' ');
    expect(text).toContain('Na elke beurt wordt het gesprek bewaard in een eigen gespreksbestand');
    expect(text).toContain('in de map runs/');
    expect(text).toContain('of in de map na --out');
    expect(text).toContain('Lukt opslaan daar niet');
    expect(text).toContain('dan speel je gewoon door');
    expect(text).toContain('kanteltrainer-runs in je thuismap');
  });
});
