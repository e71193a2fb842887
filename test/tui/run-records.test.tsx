// Issue 17: the terminal menu shows per case the best and the last score of the runs in the runs
// folder, and lists the unfinished runs; a letter plays one on, saving into its own file.
import { existsSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { render, cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { score, start, step, type RunState } from '../../engine';
import { saveRun } from '../../cli/tui/run-store';
import { readRunRecords } from '../../cli/tui/run-records';
import { prepareSession } from '../../cli/tui/session';
import { bakker, cases, press, strip, watch } from './helpers';

afterEach(() => cleanup());

function playOptions(options: number[], close: boolean, seed = 0): RunState {
  let state = start(bakker, { seed }).state;
  for (const o of options) state = step(bakker, state, { type: 'option', option: o }).state;
  return close ? step(bakker, state, { type: 'close' }).state : state;
}

/** Two finished runs (older weaker or stronger as the case scores them), one unfinished, one file that is no run. */
function runsFolder() {
  const dir = mkdtempSync(join(tmpdir(), 'kantel-records-'));
  const older = playOptions([1, 1], true);
  const newer = playOptions([2], true, 5);
  const open = playOptions([1, 1], false, 7);
  const files: [string, RunState, number][] = [['bakker-a.json', older, 1000], ['bakker-b.json', newer, 2000], ['bakker-c.json', open, 3000]];
  for (const [name, state, at] of files) {
    saveRun(join(dir, name), bakker, state);
    utimesSync(join(dir, name), at, at);
  }
  writeFileSync(join(dir, 'kapot.json'), '{"format":"anders"}');
  return { dir, older: score(bakker, older).overall, newer: score(bakker, newer).overall };
}

describe('earlier runs in the terminal menu', () => {
  it('are read from the folder, scored again, and the unfinished one is offered', () => {
    const { dir, older, newer } = runsFolder();
    const records = readRunRecords(dir, (id) => (id === 'bakker' ? bakker : null));
    expect(records.cases.bakker).toEqual({ best: Math.max(older, newer), last: newer, runs: 2 });
    expect(records.unfinished.map((u) => [u.caseId, u.turns])).toEqual([['bakker', 2]]);
    // A run whose case is gone is left out.
    expect(readRunRecords(dir, () => null)).toEqual({ cases: {}, unfinished: [] });
  });

  it('shows best and last per case, lists the unfinished run and plays it on in its own file', async () => {
    const { dir, older, newer } = runsFolder();
    const session = prepareSession({ id: undefined, resume: undefined, outDir: dir, now: new Date(0), saved: new Map(), cases, model: null });
    if (!('model' in session)) throw new Error(session.stderr.join('\n'));
    const { App, model, deps, effects } = session;
    const t = render(<App initial={model} deps={deps} effects={effects} />);
    watch(t.stdin, t.lastFrame);
    const frame = () => strip(t.lastFrame() ?? '');
    expect(frame()).toContain(`${bakker.title} (niveau: basis) · beste ${Math.max(older, newer)}, laatste ${newer}`);
    expect(frame()).toContain('Niet afgemaakt (letter: verder spelen):');
    expect(frame()).toContain(`a. ${bakker.title} · 2 beurten · bakker-c.json`);
    expect(frame()).toContain('a: verder spelen');
    await press(t.stdin, 'a');
    expect(frame()).toContain('Beurt 3');
    await press(t.stdin, '1', '\r');
    expect(frame()).toMatch(/Beurt 4|Bewaard in .*bakker-c\.json/);
    const saved = JSON.parse(readFileSync(join(dir, 'bakker-c.json'), 'utf8'));
    expect(saved.state.turns).toHaveLength(3);
    expect(existsSync(join(dir, 'bakker-c-2.json'))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['bakker-a.json', 'bakker-b.json', 'bakker-c.json', 'kapot.json']);
  });
});
