import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { start, step, toRunFile, type Scenario, type Turn } from '../../engine';
import { compare } from '../../engine/compare/compare';
import { importRuns } from '../../engine/compare/import-runs';
import { MAX_RUN_FILE_BYTES } from '../../engine/run-file';
import { allCases } from '../helpers/cases';
import { runCli } from '../helpers/run-cli';
import { TRANSCRIPTS } from '../helpers/transcripts';

// What a run file says is not believed: its report is computed again, a run the case cannot
// produce is refused, a copy counts once, two people called Anna stay two, and what was typed is
// shown as typed (issue 13, "Trusting what a file says"; issue 15, compare).

const bakker = allCases().find((c) => c.id === 'bakker')!;

function play(scenario: Scenario, turns: readonly Turn[], seed = 0) {
  let state = start(scenario, { seed }).state;
  for (const turn of turns) state = step(scenario, state, turn).state;
  return state;
}

function scriptTurns(script: string): Turn[] {
  return readFileSync(join(TRANSCRIPTS, script), 'utf8').split('\n').flatMap((line) => {
    const m = /^#(\d+)/.exec(line.trim());
    return m ? [{ type: 'option' as const, option: Number(m[1]) }] : [];
  });
}

const weak = JSON.stringify(toRunFile(bakker, play(bakker, scriptTurns('bakker-zwak.txt')), { alias: 'Bert' }));
const strong = JSON.stringify(toRunFile(bakker, play(bakker, scriptTurns('bakker-sterk.txt')), { alias: 'Anna' }));
const firstPoint = Object.keys(bakker.points)[0]!;
const firstOption = bakker.points[firstPoint]!.options[0]!;
/** Typing an option's own words takes that option. */
const typedRun = JSON.stringify(toRunFile(bakker, play(bakker, [{ type: 'move', move: firstOption.move, text: firstOption.text.toUpperCase() }]), { alias: 'Carla' }));

describe('compare believes the turns, not the file', () => {
  it('shows the score the turns earn, not a forged 100', () => {
    const forged = JSON.parse(weak);
    forged.report.overall = 100;
    for (const d of Object.keys(forged.report.dimensions)) forged.report.dimensions[d] = 100;
    forged.report.facts.found = Object.keys(bakker.facts);
    const { participants } = importRuns(bakker, [{ source: 'bert.json', text: JSON.stringify(forged) }]);
    const row = compare(bakker, participants).scores[0]!;
    const honest = JSON.parse(weak).report;
    expect(row.overall).toBe(honest.overall);
    expect(row.overall).toBeLessThan(100);
    expect(row.dimensions).toEqual(honest.dimensions);
    expect(row.factsFound).toBe(honest.facts.found.length);
  });

  it('refuses a run at an unknown point, with option 99, or an unknown ending, naming the reason', () => {
    const at = JSON.parse(weak);
    at.state.turns[1].point = 'nergens';
    const option = JSON.parse(weak);
    option.state.turns[0].option = 99;
    const ending = JSON.parse(weak);
    ending.state.ending = 'prachtig';
    const { participants, refused } = importRuns(bakker, [
      { source: 'punt.json', text: JSON.stringify(at) },
      { source: 'optie.json', text: JSON.stringify(option) },
      { source: 'einde.json', text: JSON.stringify(ending) },
    ]);
    expect(participants).toEqual([]);
    expect(refused.map((r) => r.reason)).toEqual([
      'Dit gesprek kan in deze casus niet gespeeld zijn: beurt 2 staat bij beslismoment "nergens", dat deze casus niet heeft.',
      expect.stringContaining('Dit gesprek kan in deze casus niet gespeeld zijn: beurt 1: optie 99 bestaat niet'),
      'Dit gesprek kan in deze casus niet gespeeld zijn: Het einde "prachtig" bestaat niet in deze casus.',
    ]);
  });

  it('counts the same run once, under another file name and alias too', () => {
    const renamed = JSON.parse(strong);
    renamed.alias = 'Annie';
    const { participants, refused } = importRuns(bakker, [
      { source: 'anna.json', text: strong },
      { source: 'kopie.json', text: strong },
      { source: 'annie.json', text: JSON.stringify(renamed, null, 2) },
      { source: 'bert.json', text: weak },
    ]);
    expect(participants.map((p) => p.source)).toEqual(['anna.json', 'bert.json']);
    expect(refused).toEqual([
      { source: 'kopie.json', reason: 'Dit is hetzelfde gesprek als anna.json; dat telt één keer.' },
      { source: 'annie.json', reason: 'Dit is hetzelfde gesprek als anna.json; dat telt één keer.' },
    ]);
  });

  it('keeps two participants with the same name apart, each once at every point', () => {
    const otherAnna = JSON.parse(weak);
    otherAnna.alias = 'Anna';
    const { participants } = importRuns(bakker, [{ source: 'a1.json', text: strong }, { source: 'a2.json', text: JSON.stringify(otherAnna) }]);
    const comparison = compare(bakker, participants);
    expect(comparison.participants).toEqual(['Anna', 'Anna (2)']);
    // A name that only looks the same once its control codes are gone is the same name too.
    const disguised = JSON.parse(weak);
    disguised.alias = 'Anna\u001b]0;titel\u0007';
    const again = importRuns(bakker, [{ source: 'a1.json', text: strong }, { source: 'a3.json', text: JSON.stringify(disguised) }]);
    expect(compare(bakker, again.participants).participants).toEqual(['Anna', 'Anna (2)']);
    expect(comparison.scores.map((s) => s.participant)).toEqual(['Anna', 'Anna (2)']);
    for (const point of comparison.points) {
      const listed = point.branches.flatMap((b) => b.members.map((m) => m.participant));
      expect(new Set(listed).size).toBe(listed.length);
    }
  });

  it('lists a participant once at a point where they typed twice before choosing', () => {
    const state = play(bakker, [
      { type: 'move', move: 'verhelderen', text: 'Hoe gaat het eigenlijk met u?' },
      { type: 'option', option: 2 },
    ]);
    const { participants } = importRuns(bakker, [{ source: 'd.json', text: JSON.stringify(toRunFile(bakker, state)) }]);
    const first = compare(bakker, participants).points.find((p) => p.point === firstPoint)!;
    expect(first.branches.flatMap((b) => b.members)).toHaveLength(1);
    expect(first.choices).toHaveLength(state.turns.filter((t) => t.point === firstPoint).length);
  });

  it('shows typed words taken as an option as typed, with the option they were taken as', () => {
    const { participants } = importRuns(bakker, [{ source: 'carla.json', text: typedRun }]);
    const first = compare(bakker, participants).points.find((p) => p.point === firstPoint)!;
    const choice = first.choices[0]!;
    expect(choice).toMatchObject({ typed: true, option: 1, text: firstOption.text.toUpperCase(), optionText: firstOption.text });
    expect(first.branches[0]!.members[0]!.typed).toBe(firstOption.text.toUpperCase());
  });

  it('refuses a case id that is a path, and accepts a byte order mark', () => {
    const path = JSON.parse(weak);
    path.caseId = '../buiten/bakker.yaml';
    const { participants, refused } = importRuns(bakker, [
      { source: 'pad.json', text: JSON.stringify(path) },
      { source: 'bom.json', text: `\uFEFF${weak}` },
    ]);
    expect(refused[0]!.reason).toBe('De casus in dit gespreksbestand ("../buiten/bakker.yaml") is geen casusnaam: alleen kleine letters, cijfers, - en _, geen map of pad.');
    expect(participants.map((p) => p.source)).toEqual(['bom.json']);
  });
});

describe('compare on the command line, with files made to attack it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kt-vertrouwen-'));
  const write = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };

  it('recomputes, strips control codes, takes a BOM, shows typed words, and names what it refused', () => {
    const forged = JSON.parse(weak);
    forged.report.overall = 100;
    forged.alias = 'Bert\u001b[2J\u001b]0;titel\u0007\u001b]52;c;aGFjaw==\u0007';
    forged.state.turns[0].text = 'Goedemiddag\u001b[31m rood\u009b2J';
    const files = [
      write('bert.json', JSON.stringify(forged)),
      write('anna-bom.json', `\uFEFF${strong}`),
      write('kopie.json', strong),
      write('carla.json', typedRun),
      write('pad.json', JSON.stringify({ ...JSON.parse(weak), caseId: '../x' })),
    ];
    const run = runCli(['compare', ...files]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/[\u001b\u0007\u009b]/);
    expect(run.stdout).toContain('3 deelnemers: Bert, Anna, Carla');
    expect(run.stdout).not.toMatch(/Bert\s+100 /);
    expect(run.stdout).toMatch(new RegExp(`^   Bert {7}${String(JSON.parse(weak).report.overall).padStart(6)} `, 'm'));
    expect(run.stdout).toContain(`Carla typte: "${firstOption.text.toUpperCase().slice(0, 40)}`);
    expect(run.stdout).toContain('(opgevat als optie 1)');
    expect(run.stdout).toContain('kopie.json: Dit is hetzelfde gesprek als');
    expect(run.stdout).toContain('pad.json: De casus in dit gespreksbestand ("../x") is geen casusnaam');
  });

  it('refuses a file that is too large without reading it, and one whose case is "constructor"', () => {
    const big = write('groot.json', ' '.repeat(MAX_RUN_FILE_BYTES + 1));
    const constructor = write('constructor.json', JSON.stringify({ ...JSON.parse(weak), caseId: 'constructor' }));
    const both = runCli(['compare', big, constructor]);
    expect(both.code).toBe(1);
    expect(both.stderr).toContain('groot.json: Dit bestand is 2 MB; een gespreksbestand is nooit groter dan 2 MB. Het wordt niet gelezen.');
    expect(both.stderr).toContain('De gesprekken horen bij casus "constructor", maar die staat niet in scenarios/.');
  });
});
