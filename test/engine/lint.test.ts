import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../engine';
import { lint, MAX_CLIENT_WORDS } from '../../engine/analysis/lint';
import { toMermaid } from '../../engine/analysis/mermaid';
import { allCases, fixture } from '../helpers/cases';

const messages = (scenario: Scenario) => lint(scenario).map((f) => `${f.severity} ${f.path.join('.')}`);

describe('lint', () => {
  it('finds nothing to fix in the shipped cases', { timeout: 120_000 }, () => {
    for (const scenario of allCases()) expect(lint(scenario).filter((f) => f.severity === 'fout'), scenario.id).toEqual([]);
  });

  it('flags thin feedback, too few fallback replies and too little spread in the small fixture', () => {
    const found = messages(fixture('mini.yaml'));
    expect(found).toContain('fout points.begin.options.0.feedback');
    expect(found).toContain('waarschuwing fallback.netwerk.replies');
    expect(found).toContain('fout endings');
    expect(found).not.toContain('waarschuwing fallback.verhelderen.replies');
  });

  it('flags a client line too long to read aloud', () => {
    const scenario = structuredClone(fixture('mini.yaml'));
    scenario.points.begin!.client = Array.from({ length: MAX_CLIENT_WORDS + 1 }, () => 'ja').join(' ');
    expect(messages(scenario)).toContain('waarschuwing points.begin.client');
  });

  it('flags the same option text twice at one point', () => {
    const scenario = structuredClone(fixture('mini.yaml'));
    scenario.points.begin!.options[1]!.text = scenario.points.begin!.options[0]!.text;
    expect(messages(scenario)).toContain('fout points.begin.options.1.text');
  });

  it('flags an ending whose condition no path meets', () => {
    const scenario = structuredClone(fixture('mini.yaml'));
    const [first] = Object.keys(scenario.endings);
    scenario.endings[first!]!.when = { minTrust: 11 };
    expect(messages(scenario)).toContain(`fout endings.${first}`);
  });
});

describe('graph', () => {
  it('draws every point, every ending and each way on, labelled by move', () => {
    const scenario = allCases().find((c) => c.id === 'bakker')!;
    const chart = toMermaid(scenario);
    expect(chart.startsWith('flowchart TD\n')).toBe(true);
    for (const id of Object.keys(scenario.points)) expect(chart).toContain(`p_${id}[`);
    for (const id of Object.keys(scenario.endings)) expect(chart).toContain(`e_${id}(`);
    const option = scenario.points.opening!.options[0]!;
    expect(chart).toMatch(new RegExp(`p_opening -->\\|"1(, \\d)*: [^"]+"\\| p_${option.next}`));
  });
});
