import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseHash, runStateSchema, score, start, step, type Scenario } from '../../engine';
import { mergeHistory, progressFileText, readProgressFile, type ImportTools } from '../../web/src/progress/history-file';
import { addLearner, cleanName, readRegistry, writeRegistry } from '../../web/src/progress/learners';
import { localStore, type HistoryEntry } from '../../web/src/store';
import { loadFile, SCENARIOS } from '../helpers/cases';

const bakker = loadFile(join(SCENARIOS, 'bakker.yaml'), 'bakker.yaml');

class MemoryStorage implements Storage {
  private map = new Map<string, string>();
  get length() { return this.map.size; }
  clear() { this.map.clear(); }
  getItem(key: string) { return this.map.get(key) ?? null; }
  key(i: number) { return [...this.map.keys()][i] ?? null; }
  removeItem(key: string) { this.map.delete(key); }
  setItem(key: string, value: string) { this.map.set(key, value); }
}

const tools: ImportTools = {
  checkState: (v) => {
    const r = runStateSchema.safeParse(v);
    return r.success ? r.data : null;
  },
  scenario: async (id) => (id === 'bakker' ? bakker : null),
  score,
  caseHash,
};

function finishedRun(s: Scenario, seed: number, id: string, at: number): HistoryEntry {
  let state = start(s, { seed }).state;
  state = step(s, state, { type: 'option', option: 1 }).state;
  state = step(s, state, { type: 'close' }).state;
  const r = score(s, state);
  return { caseId: s.id, at, overall: r.overall, dimensions: r.dimensions, ending: r.ending, id, state, caseHash: caseHash(s) };
}

describe('progress file', () => {
  const a = finishedRun(bakker, 1, 'run-a', 1000);
  const b = finishedRun(bakker, 2, 'run-b', 2000);

  it('round-trips runs and scores them again here, never trusting the numbers in the file', async () => {
    const text = progressFileText('Anna', [{ ...a, overall: 100 }, b], 3000);
    const read = await readProgressFile(text, tools);
    if (!read.ok) throw new Error('should read');
    expect(read.entries.map((e) => e.id)).toEqual(['run-a', 'run-b']);
    expect(read.entries[0]!.overall).toBe(a.overall);
    expect(read.skipped).toBe(0);
  });

  it('skips runs of unknown cases, unfinished runs and broken states, and counts them', async () => {
    const unknown = { ...a, id: 'x', caseId: 'onbekend', state: { ...a.state!, caseId: 'onbekend' } };
    const active = { ...a, id: 'y', state: start(bakker).state };
    const broken = { ...a, id: 'z', state: { version: 1 } as unknown as HistoryEntry['state'] };
    const read = await readProgressFile(progressFileText(null, [unknown, active, broken, b], 1), tools);
    expect(read).toMatchObject({ ok: true, skipped: 3 });
    expect(read.ok && read.entries.map((e) => e.id)).toEqual(['run-b']);
  });

  it.each([['{kapot', 'json'], ['{"format":"iets-anders"}', 'format'], ['[]', 'format']])('refuses %s', async (text, reason) => {
    expect(await readProgressFile(text, tools)).toEqual({ ok: false, reason });
  });

  it('merges without doubles, oldest first', () => {
    const { merged, added } = mergeHistory([b], [a, b, a]);
    expect(added).toBe(1);
    expect(merged.map((e) => e.id)).toEqual(['run-a', 'run-b']);
  });
});

describe('learners on one device', () => {
  it('keep their runs and history under their own keys; no name keeps the old keys', () => {
    const storage = new MemoryStorage();
    let registry = addLearner(readRegistry(storage), '  Anna\u0007 ', () => 'aaaa');
    registry = addLearner(registry, 'Bram', () => 'bbbb');
    registry = addLearner(registry, 'anna', () => 'cccc');
    expect(registry.current).toBe('aaaa');
    expect(registry.learners.map((l) => l.name)).toEqual(['Anna', 'Bram']);
    expect(writeRegistry(storage, registry)).toBe(true);
    expect(readRegistry(storage)).toEqual(registry);

    const run = finishedRun(bakker, 1, 'r1', 1);
    localStore(storage, 'aaaa').addHistory(run);
    expect(localStore(storage, 'aaaa').history()).toHaveLength(1);
    expect(localStore(storage, 'bbbb').history()).toHaveLength(0);
    expect(localStore(storage, null).history()).toHaveLength(0);
    expect(storage.getItem('kanteltrainer.history.v1.aaaa')).not.toBeNull();
    // The full run comes back, so its debrief can be opened again.
    expect(localStore(storage, 'aaaa').history()[0]!.state?.turns).toHaveLength(2);
  });

  it('reads a damaged list as no learners', () => {
    const storage = new MemoryStorage();
    storage.setItem('kanteltrainer.learners.v1', '{"current":"x","learners":[{"id":"../x","name":"A"}]}');
    expect(readRegistry(storage)).toEqual({ current: null, learners: [] });
    expect(cleanName('\u001b[31mRood\u001b[0m')).toBe('[31mRood [0m');
  });
});
