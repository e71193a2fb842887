import { describe, expect, it } from 'vitest';
import { loadCase, start, step } from '../../engine';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/cases';
import { bestScores, localStore } from '../../web/src/store';
import { transcript } from '../../web/src/transcript';

class MemoryStorage implements Storage {
  private map = new Map<string, string>();
  full = false;
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.full) throw new Error('QuotaExceededError');
    this.map.set(key, value);
  }
}

const loaded = loadCase(readFileSync(join(ROOT, 'test', 'fixtures', 'mini.yaml'), 'utf8'), 'mini.yaml');
if (!loaded.ok) throw new Error('mini.yaml should load');
const mini = loaded.scenario;

describe('web run store', () => {
  it('round-trips a run and reports nothing saved as none', () => {
    const storage = new MemoryStorage();
    const store = localStore(storage);
    expect(store.loadRun()).toEqual({ kind: 'none' });
    const state = step(mini, start(mini).state, { type: 'option', option: 1 }).state;
    expect(store.saveRun({ caseId: 'mini', caseHash: 'h', state })).toBe(true);
    expect(store.loadRun()).toEqual({ kind: 'ok', run: { caseId: 'mini', caseHash: 'h', state } });
    store.clearRun();
    expect(store.loadRun().kind).toBe('none');
  });

  it.each([['{kapot'], ['{"caseId":"mini","caseHash":"h","state":{"version":99}}'], ['null']])('calls %s corrupt, keeping the raw text', (raw) => {
    const storage = new MemoryStorage();
    storage.setItem('kanteltrainer.run.v1', raw);
    expect(localStore(storage).loadRun()).toEqual({ kind: 'corrupt', raw });
  });

  it('says false when the store is full, and keeps the history per case', () => {
    const storage = new MemoryStorage();
    const store = localStore(storage);
    const dims = { vraagverheldering: 1, eigen_kracht: 1, netwerk: 1, brede_blik: 1, passende_oplossing: 1, afspraken: 1 };
    store.addHistory({ caseId: 'a', at: 1, overall: 40, dimensions: dims, ending: null });
    store.addHistory({ caseId: 'a', at: 2, overall: 70, dimensions: dims, ending: null });
    store.addHistory({ caseId: 'b', at: 3, overall: 55, dimensions: dims, ending: null });
    expect(bestScores(store.history())).toEqual(new Map([['a', 70], ['b', 55]]));
    storage.full = true;
    expect(store.saveRun({ caseId: 'mini', caseHash: 'h', state: start(mini).state })).toBe(false);
    expect(localStore(null).saveRun({ caseId: 'mini', caseHash: 'h', state: start(mini).state })).toBe(false);
  });

  it('rebuilds the chat from the run state alone', () => {
    const first = start(mini).state;
    expect(transcript(mini, first)).toEqual([{ who: 'client', text: mini.points.begin!.client }]);
    const next = step(mini, first, { type: 'option', option: 1 }).state;
    const lines = transcript(mini, next);
    expect(lines.map((l) => l.who)).toEqual(['client', 'trainee', 'client', 'client']);
    expect(lines[1]).toMatchObject({ text: mini.points.begin!.options[0]!.text, move: 'verhelderen', n: 1 });
  });

  it('leaves out an old-format history entry and counts it, keeping the good ones', () => {
    const storage = new MemoryStorage();
    const good = { caseId: 'mini', at: 2, overall: 70, dimensions: { vraagverheldering: 1, eigen_kracht: 2, netwerk: 3, brede_blik: 4, passende_oplossing: 5, afspraken: 6 }, ending: 'sterk' };
    storage.setItem('kanteltrainer.history.v1', JSON.stringify([{ caseId: 'bakker', at: 1 }, good, null, 'x']));
    const store = localStore(storage);
    expect(store.history()).toEqual([good]);
    expect(store.historyDropped()).toBe(3);
    expect(bestScores(store.history())).toEqual(new Map([['mini', 70]]));
    storage.setItem('kanteltrainer.history.v1', '{"niet":"een lijst"}');
    expect(store.history()).toEqual([]);
    expect(store.historyDropped()).toBe(1);
  });
});

