import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { start, step, toRunFile, type Scenario } from '../../engine';
import { compare, comparisonCsv } from '../../engine/compare/compare';
import { importRuns } from '../../engine/compare/import-runs';
import { allCases } from '../helpers/cases';
import { runCli } from '../helpers/run-cli';
import { TRANSCRIPTS } from '../helpers/transcripts';

const cases = allCases();
const bakker = cases.find((c) => c.id === 'bakker')!;
const claimdenken = cases.find((c) => c.id === 'claimdenken')!;

/** A run file as a participant's device would save it, from one of the golden scripts. */
function runFrom(scenario: Scenario, script: string, alias?: string): string {
  let state = start(scenario).state;
  for (const line of readFileSync(join(TRANSCRIPTS, script), 'utf8').split('\n')) {
    const m = /^#(\d+)/.exec(line.trim());
    if (m && state.status === 'active') state = step(scenario, state, { type: 'option', option: Number(m[1]) }).state;
  }
  return JSON.stringify(toRunFile(scenario, state, alias ? { alias } : {}));
}

const group = [
  { source: 'anna.json', text: runFrom(bakker, 'bakker-sterk.txt', 'Anna') },
  { source: 'bert.json', text: runFrom(bakker, 'bakker-zwak.txt', 'Bert') },
  { source: 'carla.json', text: runFrom(bakker, 'bakker-gemiddeld.txt') },
];

describe('comparing a group', () => {
  const { participants, refused } = importRuns(bakker, group);
  const comparison = compare(bakker, participants);

  it('loads every good run and names those without an alias by letter', () => {
    expect(refused).toEqual([]);
    expect(comparison.participants).toEqual(['Anna', 'Bert', 'Deelnemer C']);
  });

  it('shows at the first point who chose which option, and where each ended', () => {
    const first = comparison.points[0]!;
    const byOption = Object.fromEntries(first.branches.map((b) => [b.label.split(':')[0], b.members.map((m) => m.participant)]));
    const sterkFirst = Number(/#(\d+)/.exec(readFileSync(join(TRANSCRIPTS, 'bakker-sterk.txt'), 'utf8'))![1]);
    expect(byOption[`optie ${sterkFirst}`]).toContain('Anna');
    expect(first.branches.flatMap((b) => b.members.map((m) => m.participant)).sort()).toEqual(['Anna', 'Bert', 'Deelnemer C']);
    const anna = first.branches.flatMap((b) => b.members).find((m) => m.participant === 'Anna')!;
    expect(anna.ending).toBe(bakker.endings.sterk!.title);
  });

  it('anonymises on request, in load order', () => {
    expect(compare(bakker, participants, { anonymise: true }).participants).toEqual(['Deelnemer A', 'Deelnemer B', 'Deelnemer C']);
  });

  it('puts the scores side by side, equal to each run report', () => {
    expect(comparison.scores.map((s) => s.overall)).toEqual(participants.map((p) => p.run.report.overall));
    expect(comparison.scores[0]!.overall).toBeGreaterThan(comparison.scores[1]!.overall);
  });

  it('writes one CSV row per participant per turn, with the points of that turn', () => {
    const csv = comparisonCsv(comparison).split('\r\n');
    expect(csv[0]).toBe('deelnemer,beslismoment,beurt,optie,gespreksstap,tekst,punten_vraagverheldering,punten_eigen_kracht,punten_netwerk,punten_brede_blik,punten_passende_oplossing,punten_afspraken');
    const turns = participants.reduce((n, p) => n + p.run.state.turns.length, 0);
    expect(csv.filter(Boolean)).toHaveLength(turns + 1);
    const annaFirst = participants[0]!.run.state.turns[0]!;
    const points = participants[0]!.run.report.items.filter((i) => i.turn === 1 && i.dimension === 'vraagverheldering').reduce((s, i) => s + i.points, 0);
    expect(csv[1]).toMatch(new RegExp(`^Anna,${annaFirst.point},1,${annaFirst.option},${annaFirst.move},".*",${points},`));
  });

  it('defuses free text that a spreadsheet would run as a formula', () => {
    const run = JSON.parse(group[0]!.text);
    run.state.turns[0].text = '=HYPERLINK("http://x")';
    const one = importRuns(bakker, [{ source: 'x.json', text: JSON.stringify(run) }]);
    expect(comparisonCsv(compare(bakker, one.participants))).toContain(`"'=HYPERLINK(""http://x"")"`);
  });

  it('refuses broken, foreign and outdated runs with their reason, and keeps the rest', () => {
    const outdated = JSON.parse(group[0]!.text);
    outdated.caseHash = 'ander';
    const result = importRuns(bakker, [
      ...group,
      { source: 'kapot.json', text: '{"format": "kanteltrainer-run"' },
      { source: 'vreemd.json', text: JSON.stringify({ hallo: 1 }) },
      { source: 'wim.json', text: runFrom(claimdenken, 'claimdenken-sterk.txt') },
      { source: 'oud.json', text: JSON.stringify(outdated) },
    ]);
    expect(result.participants).toHaveLength(3);
    expect(result.refused.map((r) => r.source)).toEqual(['kapot.json', 'vreemd.json', 'wim.json', 'oud.json']);
    expect(result.refused[2]!.reason).toContain('casus "claimdenken"');
    expect(result.refused[3]!.reason).toContain('andere versie');
  });
});

describe('compare on the command line', () => {
  it('prints the comparison, names refused files, and writes the CSV', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kt-vergelijk-'));
    const files = group.map((g) => join(dir, g.source));
    group.forEach((g, i) => writeFileSync(files[i]!, g.text));
    writeFileSync(join(dir, 'kapot.json'), 'niet eens json');
    const csv = join(dir, 'groep.csv');
    const run = runCli(['compare', ...files, join(dir, 'kapot.json'), '--anoniem', '--csv', csv]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('3 deelnemers: Deelnemer A, Deelnemer B, Deelnemer C');
    expect(run.stdout).not.toContain('Anna');
    expect(run.stdout).toContain('kapot.json: Dit is geen gespreksbestand van Kanteltrainer');
    expect(readFileSync(csv, 'utf8').split('\r\n')[1]).toMatch(/^Deelnemer A,/);
  });
});
