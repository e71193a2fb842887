import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { start, step } from '../../engine';
import { prepareSession } from '../../cli/tui/session';
import { saveRun } from '../../cli/tui/run-store';
import { bakker, cases, conversation, optionLines, renderTrainer, shownTexts } from './helpers';

afterEach(() => cleanup());

const dir = mkdtempSync(join(tmpdir(), 'kanteltrainer-session-'));
const now = new Date('2026-01-02T03:04:05Z');
const prepare = (id?: string, resume?: string) => prepareSession({ id, resume, outDir: dir, now, saved: new Map(), cases, model: null });

describe('preparing a session', () => {
  it('opens the menu without a case, and a conversation with one', () => {
    const menu = prepare();
    const run = prepare('bakker');
    expect('model' in menu && menu.model.screen).toBe('menu');
    expect('model' in run && run.model.screen).toBe('conversation');
    expect('model' in run && run.model.runPath).toBe(join(dir, 'bakker-20260102-030405.json'));
  });

  it('names an unknown case and the known ones', () => {
    const result = prepare('onbekend');
    expect('code' in result && result.stderr.join('\n')).toMatch(/Onbekende casus "onbekend"\. Beschikbaar: .*bakker/);
  });

  it('refuses a resume file that is not a run file, in Dutch', () => {
    const bad = join(dir, 'kapot.json');
    writeFileSync(bad, '{"format":"iets anders"}');
    expect(prepare(undefined, bad)).toMatchObject({
      code: 1,
      stderr: [`"${bad}" is geen geldig gespreksbestand van Kanteltrainer.`, 'Dit gespreksbestand is beschadigd of van een ander formaat (eerste probleem bij "format").'],
    });
    expect(prepare(undefined, join(dir, 'bestaat-niet.json'))).toMatchObject({ code: 1 });
  });

  it('resumes a saved run where it stopped, and opens a finished one on its debrief', () => {
    const path = join(dir, 'bakker-half.json');
    const state = step(bakker, start(bakker).state, { type: 'option', option: 1 }).state;
    saveRun(path, bakker, state);
    const resumed = prepare(undefined, path);
    expect('model' in resumed && resumed.model.state?.turns).toHaveLength(1);
    expect('model' in resumed && resumed.model.runPath).toBe(path);
    saveRun(path, bakker, step(bakker, state, { type: 'close' }).state);
    const finished = prepare(undefined, path);
    expect('model' in finished && finished.model.screen).toBe('debrief');
  });

  it('gives a new run a seed of its own', () => {
    const seeds = new Set(Array.from({ length: 5 }, () => {
      const run = prepare('bakker');
      return 'model' in run ? run.model.state!.seed : undefined;
    }));
    expect([...seeds].every(Number.isInteger)).toBe(true);
    expect(seeds.size).toBeGreaterThan(1);
  });

  it('shows a resumed run\'s options in the same order as before it was saved, with no option chosen', () => {
    const path = join(dir, 'bakker-volgorde.json');
    const state = step(bakker, start(bakker, { seed: 424242 }).state, { type: 'option', option: 1 }).state;
    const before = optionLines(renderTrainer(conversation(state)).frame());
    cleanup();
    saveRun(path, bakker, state);
    const resumed = prepare(undefined, path);
    if (!('model' in resumed)) throw new Error(resumed.stderr.join('\n'));
    expect(resumed.model.state!.seed).toBe(424242);
    const after = optionLines(renderTrainer(resumed.model).frame());
    expect(after).toEqual(before);
    expect(after.map((l) => l.text.slice(0, 40))).toEqual(shownTexts(state).map((t) => t.slice(0, 40)));
    expect(after.some((l) => l.active)).toBe(false);
    // Not the file's order, so the screen can only match by keeping the seed.
    expect(shownTexts(state)).not.toEqual(bakker.points[state.point!]!.options.map((o) => o.text));
  });
});
