import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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
    expect(csv[0]).toMatch(/^deelnemer,beslismoment,beurt,optie,gespreksstap,tekst,punten_vraagverheldering,punten_eigen_kracht,punten_netwerk,punten_brede_blik,punten_passende_oplossing,punten_afspraken,verslag_geschreven,/);
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

/** A CSV as a spreadsheet reads it: quoted cells may hold commas, semicolons, quotes and line breaks. */
function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [[]];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') rows.at(-1)!.push(cell), (cell = '');
    else if (ch === '\r' && text[i + 1] === '\n') rows.at(-1)!.push(cell), (cell = ''), rows.push([]), i++;
    else cell += ch;
  }
  const [header, ...body] = rows.filter((r) => r.length > 0);
  return body.map((r) => {
    expect(r).toHaveLength(header!.length);
    return Object.fromEntries(header!.map((h, i) => [h, r[i]!]));
  });
}

describe('the verslag in the CSV', () => {
  it('gives every row its participant\'s verslag: written, each step filled, how much of the checklist it names, ZRM self-score and difference', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kt-vergelijk-verslag-'));
    const out = join(dir, 'gesprekken');
    const verslag = join(dir, 'verslag.yaml');
    writeFileSync(verslag, [
      'hulpvraag: "Hij wil weer goed eten en naar de club."',
      'netwerk: "Dochter Marloes kookt op zondag mee; Gerrit haalt hem op voor de wedstrijd."',
      'conclusie: "   "',
      'zrm:',
      '  sociaal_netwerk: 4',
      '  financien: 2',
      '',
    ].join('\n'));
    // A name a spreadsheet would run as a formula.
    const played = runCli(['play', 'bakker', '--script', join(TRANSCRIPTS, 'bakker-sterk.txt'), '--verslag', verslag, '--out', out, '--naam', '=Anna']);
    expect(played.code).toBe(0);
    expect(runCli(['play', 'bakker', '--script', join(TRANSCRIPTS, 'bakker-zwak.txt'), '--out', out, '--naam', 'Bert']).code).toBe(0);

    // What the trainee saw after writing: the checklist of facts found and support arranged, [x] where the verslag names it.
    const checklist = played.stdout.match(/^\s*\[[x ]\] (Gevonden|Geregeld):/gm) ?? [];
    const named = checklist.filter((line) => line.includes('[x]')).length;
    expect(named).toBeGreaterThan(0);
    expect(named).toBeLessThan(checklist.length);
    const expert = (label: string) => Number(new RegExp(`${label}: jij: \\d, ervaren consulent: (\\d)`).exec(played.stdout)![1]);

    const csv = join(dir, 'groep.csv');
    expect(runCli(['compare', ...readdirSync(out).map((f) => join(out, f)), '--csv', csv]).code).toBe(0);
    const rows = parseCsv(readFileSync(csv, 'utf8'));
    const anna = rows.filter((r) => r.deelnemer === "'=Anna");
    const bert = rows.filter((r) => r.deelnemer === 'Bert');
    expect(anna.length).toBeGreaterThan(5);
    expect(bert.length).toBeGreaterThan(0);
    for (const row of anna) {
      expect(row).toMatchObject({
        verslag_geschreven: 'ja',
        verslag_hulpvraag_ingevuld: 'ja',
        verslag_beperkingen_ingevuld: 'nee',
        verslag_netwerk_ingevuld: 'ja',
        verslag_conclusie_ingevuld: 'nee',
        verslag_afspraken_ingevuld: 'nee',
        verslag_genoemd: String(named),
        verslag_te_noemen: String(checklist.length),
        zrm_financien_zelf: '2',
        zrm_financien_verschil: String(2 - expert('Financiën')),
        zrm_sociaal_netwerk_zelf: '4',
        zrm_sociaal_netwerk_verschil: String(4 - expert('Sociaal netwerk')),
        zrm_instrumentele_adl_zelf: '',
        zrm_instrumentele_adl_verschil: '',
      });
    }
    expect(anna[0]!.zrm_financien_verschil).toMatch(/^-\d$/); // a number, not defused: Anna scored 2, the expert higher
    // Without a verslag: "nee", and nothing made up in the other columns.
    for (const row of bert) {
      const verslagCells = Object.entries(row).filter(([h]) => h.startsWith('verslag_') || h.startsWith('zrm_'));
      expect(Object.fromEntries(verslagCells)).toEqual({ ...Object.fromEntries(verslagCells.map(([h]) => [h, ''])), verslag_geschreven: 'nee' });
    }
  });

  it('quotes a cell with a semicolon, which a spreadsheet set to Dutch takes for the separator', () => {
    const run = JSON.parse(group[0]!.text);
    run.state.turns[0].text = 'Eerst dit; dan dat';
    const one = importRuns(bakker, [{ source: 'x.json', text: JSON.stringify(run) }]);
    expect(comparisonCsv(compare(bakker, one.participants))).toContain(',"Eerst dit; dan dat",');
  });
});
