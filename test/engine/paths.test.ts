import { describe, expect, it } from 'vitest';
import { reportSchema, score, type Scenario } from '../../engine';
import { walk } from '../../engine/analysis/walk';
import { allCases, fixture } from '../helpers/cases';

const cases: [string, Scenario][] = [['mini (fixture)', fixture('mini.yaml')], ...allCases().map((c): [string, Scenario] => [c.id, c])];

describe.each(cases)('every reachable path of %s', (_name, scenario) => {
  const result = walk(scenario);

  it('is walked completely, and every path ends', () => {
    expect(result.truncated).toBe(false);
    expect(result.pathCount).toBeGreaterThan(0);
    expect(result.terminals.length).toBeGreaterThan(0);
    for (const { state } of result.terminals) {
      expect(state.status).toBe('finished');
      expect(Object.keys(scenario.endings)).toContain(state.ending);
    }
  });

  it('visits every decision point', () => {
    expect([...result.pointsVisited].sort()).toEqual(Object.keys(scenario.points).sort());
  });

  it('keeps every score within 0–100 and every report well-formed', () => {
    for (const { state } of result.terminals) {
      const report = reportSchema.parse(score(scenario, state));
      for (const value of [report.overall, ...Object.values(report.dimensions)]) {
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(100);
      }
    }
  });
});

describe.each(allCases().map((c): [string, Scenario] => [c.id, c]))('case %s', (_id, scenario) => {
  it('has reachable strong, middle and weak endings', () => {
    const qualities = new Set([...walk(scenario).endingsReached].map((id) => scenario.endings[id]?.quality));
    expect(qualities).toEqual(new Set(['sterk', 'gemiddeld', 'zwak']));
  });
});
