import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, fillLocal, formatIssue, loadCase, score, start, step, toRunFile, type RunState, type TurnRecord } from '../../engine';
import { compare } from '../../engine/compare/compare';
import { importRuns } from '../../engine/compare/import-runs';
import { fixture, ROOT } from '../helpers/cases';

// Ids named after built-in properties of every JavaScript object name nothing unless a case
// really has them: the engine must neither find `Object.prototype.constructor` under them nor throw.

const BUILTINS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];
const mini = fixture('mini.yaml');
const miniText = readFileSync(join(ROOT, 'test', 'fixtures', 'mini.yaml'), 'utf8');

function record(point: string, over: Partial<TurnRecord> = {}): TurnRecord {
  const first = start(mini, { seed: 1 }).state;
  const taken = step(mini, first, { type: 'option', option: 1 });
  return { ...taken.state.turns[0]!, point, ...over };
}

describe('ids named after built-in properties', () => {
  for (const id of BUILTINS) {
    it(`step rejects a turn at point "${id}" instead of throwing`, () => {
      const state: RunState = { ...start(mini, { seed: 1 }).state, point: id, visited: ['begin', id] };
      for (const turn of [
        { type: 'option', option: 1 },
        { type: 'move', text: 'Hoe gaat het?', move: 'verhelderen', topics: [], confidence: null, source: 'classifier' },
        { type: 'close' },
      ] as const) {
        const result = step(mini, state, turn as never);
        expect(result.events.map((e) => e.type)).toContain('turn_rejected');
      }
    });

    it(`score reports a state with point, fact, ending and case "${id}" without throwing`, () => {
      const active: RunState = {
        ...start(mini, { seed: 1 }).state, caseId: id, point: id, visited: ['begin', id], revealed: [id, 'dochter'],
        turns: [record(id, { revealed: [id], heldBack: [id], echoes: `${id}#1`, arranges: id })],
      };
      const finished: RunState = { ...active, status: 'finished', point: null, ending: id };
      for (const state of [active, finished]) {
        const report = score(mini, state);
        expect(report.facts.found).toContain('dochter');
        expect(report.facts.found).not.toContain(id);
        expect(() => evaluate(mini, state)).not.toThrow();
      }
    });

    it(`step on a finished run that lists the fact "${id}" as revealed returns at once`, () => {
      const state: RunState = { ...start(mini, { seed: 1 }).state, status: 'finished', point: null, ending: 'zwak', revealed: [id] };
      expect(step(mini, state, { type: 'option', option: 1 }).events.map((e) => e.type)).toContain('turn_rejected');
    });
  }

  it('importRuns refuses a run file whose caseId is "constructor", and compare still works', () => {
    const run = { ...toRunFile(mini, start(mini, { seed: 1 }).state), caseId: 'constructor' };
    const { participants, refused } = importRuns(mini, [{ source: 'x.json', text: JSON.stringify(run) }]);
    expect(participants).toEqual([]);
    expect(refused).toHaveLength(1);
    expect(() => compare(mini, participants)).not.toThrow();
  });

  it('compare shows an ending id the case does not have as its id, not as Object', () => {
    const finished = step(mini, step(mini, start(mini, { seed: 1 }).state, { type: 'option', option: 1 }).state, { type: 'option', option: 1 }).state;
    const run = toRunFile(mini, { ...finished, status: 'finished', point: null, ending: 'constructor' });
    const result = compare(mini, [{ source: 'x.json', alias: 'A', run }]);
    expect(JSON.stringify(result)).not.toMatch(/native code|function Object/);
  });
});

describe('case validation with built-in names', () => {
  const issues = (text: string) => {
    const result = loadCase(text, 'mini.yaml');
    return result.ok ? [] : result.issues.map(formatIssue);
  };

  for (const id of ['constructor']) {
    it(`reveals: [${id}] is an unknown fact`, () => {
      const text = miniText.replace('reveals: [dochter]', `reveals: [${id}]`);
      expect(issues(text).join('\n')).toMatch(new RegExp(`Onbekend feit "${id}"`));
    });

    it(`next: ${id} and start: ${id} are unknown points, ending ${id} an unknown ending`, () => {
      expect(issues(miniText.replace('next: netwerk', `next: ${id}`)).join('\n')).toMatch(`Onbekend beslismoment "${id}"`);
      expect(issues(miniText.replace('title: Proefcasus', `title: Proefcasus\nstart: ${id}`)).join('\n')).toMatch(`Onbekend beslismoment "${id}"`);
      expect(issues(miniText.replace('ending: zwak', `ending: ${id}`)).join('\n')).toMatch(`"${id}"`);
      expect(issues(miniText.replace('notFlagged: [empty_handed]', `notFlagged: [empty_handed], found: [${id}]`)).join('\n')).toMatch(`Onbekend feit "${id}"`);
    });
  }

  for (const id of BUILTINS.filter((b) => b !== '__proto__')) {

    it(`{lokaal.${id}} is an unknown local key`, () => {
      const { data, unresolved } = fillLocal({ s: `bij {lokaal.${id}}` }, { buurtbus: 'de Lindebus' });
      expect(data).toEqual({ s: `bij {lokaal.${id}}` });
      expect(unresolved.map((u) => u.key)).toEqual([id]);
    });
  }

  it('a fact named __proto__ is kept, not silently dropped', () => {
    const text = miniText.replace('  dochter:\n', '  __proto__:\n').replace('reveals: [dochter]', 'reveals: [__proto__]');
    const result = loadCase(text, 'mini.yaml');
    if (result.ok) {
      expect(Object.keys(result.scenario.facts)).toContain('__proto__');
      expect(Object.hasOwn(result.scenario.facts, '__proto__')).toBe(true);
    } else {
      // Refusing the name outright, with a located message, is also fine; silently losing it is not.
      expect(result.issues.map(formatIssue)).toEqual([
        'mini.yaml:16:3  (yaml)  "__proto__" kan niet als naam: gebruik kleine letters, cijfers, - en _, en begin met een letter of cijfer.',
      ]);
    }
  });
});
