import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCase, type Scenario } from '../../engine';
import { allCases, localValues, SCENARIOS } from '../helpers/cases';

// Facts a training coordinator checks in the shipped cases (issue 14): amounts come from
// lokaal.yaml, the eigen bijdrage is the flat CAK rate, and names and places do not clash.

const cases = allCases();
const texts = (s: Scenario): string[] => {
  const out: string[] = [s.client.situation, s.client.persona];
  for (const f of Object.values(s.facts)) out.push(f.says, f.summary, f.guarded ?? '');
  for (const p of Object.values(s.points)) {
    out.push(p.client);
    for (const o of p.options) out.push(o.text, o.reply ?? '', o.feedback, ...o.examples);
  }
  for (const e of Object.values(s.endings)) out.push(e.debrief);
  for (const a of Object.values(s.arrangements)) out.push(a.summary, ...a.examples);
  return out;
};

describe('the eigen bijdrage in the shipped cases', () => {
  it('is never a sum the consultant still has to work out: it is the flat CAK rate', () => {
    for (const s of cases) for (const t of texts(s)) expect(t, s.id).not.toMatch(/(eigen bijdrage|CAK)[^.?!]*(uitreken|uit te rekenen|nog precies)/i);
  });

  it('is never a number written into a case (the amount lives in lokaal.yaml)', () => {
    for (const s of cases) {
      for (const t of texts(s)) {
        const withoutLocal = t.replaceAll(localValues().eigen_bijdrage!, '');
        const amount = String.raw`(twintig|eenentwintig|\d+([,.]\d+)?)\s*euro`;
        const near = new RegExp(String.raw`(bijdrage|CAK|abonnementstarief)[^.;?!]{0,40}${amount}|${amount}[^.;?!]{0,40}(bijdrage|CAK)`, 'i');
        expect(withoutLocal, s.id).not.toMatch(near);
      }
    }
  });

  it('changes in bakker and gemotiveerd-nee when a municipality edits lokaal.yaml', () => {
    for (const id of ['bakker', 'gemotiveerd-nee', 'multiprobleem']) {
      const text = readFileSync(join(SCENARIOS, `${id}.yaml`), 'utf8');
      const result = loadCase(text, `${id}.yaml`, { local: { ...localValues(), eigen_bijdrage: '99,99 euro per maand' } });
      expect(result.ok).toBe(true);
      if (!result.ok) continue;
      expect(texts(result.scenario).some((t) => t.includes('99,99 euro per maand')), id).toBe(true);
    }
  });
});

describe('names and places in bakker', () => {
  const bakker = cases.find((s) => s.id === 'bakker')!;
  it('his football club does not share its name with zorgboerderij De Hoeve', () => {
    for (const t of texts(bakker)) expect(t).not.toContain('De Hoeve');
  });
  it('he lives in a small town, never a village', () => {
    expect(bakker.client.situation).toContain('klein stadje');
    for (const t of texts(bakker)) expect(t).not.toMatch(/\bdorp\b/);
  });
});
