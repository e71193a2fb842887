import { readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportSchema, type Report } from '../../engine';
import { playScript } from '../../cli/commands/play-script';
import { understandOffline } from '../../node/understand';
import { allCases } from '../helpers/cases';
import { hasGolden, transcripts } from '../helpers/transcripts';

// Golden transcripts: a fixed list of turns and the exact report it must produce. After a deliberate
// change to a case or a rule, regenerate with UPDATE_GOLDEN=1 and read the diff before committing.
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const cases = allCases();
const all = transcripts(cases);

describe.each(all.map((t) => [t.name, t] as const))('transcript %s', (_name, t) => {
  const result = playScript(t.scenario, { scriptFile: t.script, json: true, understand: understandOffline });

  it('plays to the end without errors', () => {
    expect(result.stderr).toEqual([]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout.join('\n')).finished).toBe(true);
  });

  it('produces exactly the golden report', () => {
    const actual = `${result.stdout.join('\n')}\n`;
    if (UPDATE) writeFileSync(t.golden, actual);
    expect(hasGolden(t), `${t.golden} ontbreekt; maak hem met UPDATE_GOLDEN=1`).toBe(true);
    expect(actual).toBe(readFileSync(t.golden, 'utf8'));
  });
});

describe.each(cases.map((c) => [c.id, c] as const))('the strong and weak paths of %s', (id) => {
  // Read when a test runs, not when tests are collected, so a missing golden fails one test with its name.
  const reports = new Map<string, Report>();
  beforeAll(() => {
    for (const t of all.filter((x) => x.scenario.id === id && hasGolden(x))) {
      reports.set(t.label, reportSchema.parse(JSON.parse(readFileSync(t.golden, 'utf8'))));
    }
  });

  it('score far apart, with the weak path flagged', () => {
    const sterk = reports.get('sterk');
    const zwak = reports.get('zwak');
    expect(sterk, 'test/transcripts/<case>-sterk.txt ontbreekt').toBeDefined();
    expect(zwak, 'test/transcripts/<case>-zwak.txt ontbreekt').toBeDefined();
    expect(sterk!.endingQuality).toBe('sterk');
    expect(zwak!.endingQuality).toBe('zwak');
    expect(sterk!.overall - zwak!.overall).toBeGreaterThanOrEqual(40);
    const codes = zwak!.flags.map((f) => f.code);
    expect(codes.some((c) => c === 'premature_maatwerkvoorziening' || c === 'empty_handed')).toBe(true);
    expect(sterk!.flags.map((f) => f.code)).not.toContain('empty_handed');
    expect(sterk!.flags.map((f) => f.code)).not.toContain('premature_maatwerkvoorziening');
  });

  it('places the in-between path between them', () => {
    const middle = reports.get('gemiddeld');
    expect(middle, 'test/transcripts/<case>-gemiddeld.txt ontbreekt').toBeDefined();
    expect(middle!.endingQuality).toBe('gemiddeld');
    expect(middle!.overall).toBeGreaterThan(reports.get('zwak')!.overall);
    expect(middle!.overall).toBeLessThan(reports.get('sterk')!.overall);
  });
});
