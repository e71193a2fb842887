import { describe, expect, it } from 'vitest';
import { judgeOption, type Report, type Scenario } from '../../engine';
import { allCases } from '../helpers/cases';
import { BANDS } from './bands';
import { calibrationRuns, type Run } from './table';

// The assessment is the product: these runs, written as different consultants would play and as
// people gaming the trainer would, must land in their bands in every case.

const cases = allCases();

function get(runs: Run[], name: string): Report {
  const run = runs.find((r) => r.name === name);
  if (!run) throw new Error(`calibratierun ${name} ontbreekt`);
  return run.report;
}

function pitfallsTaken(scenario: Scenario, report: Report): string[] {
  return report.turns.flatMap((t) => {
    if (t.kind !== 'move' || t.option === null) return [];
    const option = scenario.points[t.point]?.options[t.option - 1];
    return option && judgeOption(option) === 'weak' ? [`beurt ${t.n} "${t.text}" → "${option.text}"`] : [];
  });
}

describe.each(cases.map((c) => [c.id, c] as const))('calibration of %s', (_id, scenario) => {
  const runs = calibrationRuns(scenario);

  it('clicking: sterk is strong and far above gemiddeld, gemiddeld far above zwak', () => {
    const [sterk, gemiddeld, zwak] = [get(runs, 'klik-sterk'), get(runs, 'klik-gemiddeld'), get(runs, 'klik-zwak')];
    expect(sterk.overall).toBeGreaterThanOrEqual(BANDS.sterkMin);
    expect(sterk.endingQuality).toBe('sterk');
    expect(sterk.overall - gemiddeld.overall).toBeGreaterThanOrEqual(BANDS.sterkAboveGemiddeld);
    expect(gemiddeld.overall - zwak.overall).toBeGreaterThanOrEqual(BANDS.gemiddeldAboveZwak);
  });

  it.each(runs.filter((r) => r.kind === 'gaming').map((r) => [r.name, r] as const))('gaming run %s stays low and never ends strong', (_n, run) => {
    expect(run.report.overall).toBeLessThanOrEqual(BANDS.gamingMax);
    expect(run.report.endingQuality).not.toBe('sterk');
  });

  it.each(runs.filter((r) => r.kind === 'legal').map((r) => [r.name, r] as const))('legal error %s is critical and capped', (_n, run) => {
    expect(run.report.critical.length, 'geen kritieke fout gevonden').toBeGreaterThan(0);
    expect(run.report.overall).toBeLessThanOrEqual(BANDS.legalMax);
    expect(run.report.endingQuality).toBe('zwak');
  });

  it('typing: a strong consultant scores like clicking, far above a weak one', () => {
    const [sterk, zwak, klik] = [get(runs, 'typ-sterk'), get(runs, 'typ-zwak'), get(runs, 'klik-sterk')];
    expect(sterk.overall).toBeGreaterThanOrEqual(BANDS.typedSterkMin);
    expect(sterk.overall - zwak.overall).toBeGreaterThanOrEqual(BANDS.typedSterkAboveZwak);
    expect(Math.abs(sterk.overall - klik.overall)).toBeLessThanOrEqual(BANDS.typedNearClicked);
    expect(zwak.endingQuality).not.toBe('sterk');
    expect(sterk.finished && zwak.finished).toBe(true);
  });

  it('no good typed sentence is taken as a pitfall option', () => {
    for (const name of ['typ-sterk', 'typ-natuurlijk']) expect(pitfallsTaken(scenario, get(runs, name)), name).toEqual([]);
  });
});
