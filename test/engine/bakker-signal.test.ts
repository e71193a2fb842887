import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { score, start, step, type RunState } from '../../engine';
import { parseScript } from '../../cli/script';
import { typed } from '../calibration/strategies';
import { loadFile, ROOT, SCENARIOS } from '../helpers/cases';

// Henk Bakker lost five kilos, sleeps badly and says "waarvoor sta ik nog op" (issue 14). The case
// may not decide for the trainee that there is no danger: asking directly and calmly must be
// possible, by option and in one's own words, and the follow-up is the huisarts and 113.

const bakker = loadFile(join(SCENARIOS, 'bakker.yaml'), 'bakker.yaml');

function play(lines: string): RunState {
  let state = start(bakker).state;
  for (const line of parseScript(lines)) {
    if (state.status === 'finished') break;
    state = step(bakker, state, 'turn' in line ? line.turn : typed(line.freeText)).state;
  }
  return state;
}
const script = (name: string) => readFileSync(join(ROOT, 'test', 'transcripts', name), 'utf8');
const at = (point: string, trust: number): RunState => ({ ...start(bakker).state, point, trust, visited: [point] });

describe('suicide-risk signals in bakker', () => {
  it('never tells the trainee that there is no acute danger', () => {
    const all = JSON.stringify(bakker);
    expect(all).not.toMatch(/geen acuut gevaar|iets doms van plan/);
  });

  it('lets the trainee ask directly, and Henk answers in his own words', () => {
    const verdriet = bakker.points.verdriet!;
    const ask = verdriet.options.findIndex((o) => o.reveals.includes('levenswens')) + 1;
    expect(ask).toBeGreaterThan(0);
    const result = step(bakker, at('verdriet', 7), { type: 'option', option: ask });
    expect(result.state.revealed).toContain('levenswens');
    const said = result.events.find((e) => e.type === 'client_said');
    expect(said && 'text' in said ? said.text : '').toContain('als ik morgen niet meer wakker word');
    expect(result.state.point).toBe('levenswens');
    const report = score(bakker, result.state);
    expect(report.items.some((i) => i.dimension === 'brede_blik' && i.points > 0 && /rechtstreeks/.test(i.reason))).toBe(true);
  });

  it.each([
    ['gisteren', 'Denkt u weleens dat u liever niet meer zou leven?'],
    ['verdriet', 'Mag ik vragen: denkt u weleens aan zelfmoord?'],
    ['netwerk', 'Heeft u weleens gedachten om een einde aan uw leven te maken?'],
  ])('brings the answer out when the trainee types the question (at %s)', (point, text) => {
    const result = step(bakker, at(point, 7), typed(text));
    expect(result.state.revealed).toContain('levenswens');
    expect(result.state.turns.at(-1)!.reply).toBe(bakker.facts.levenswens!.says);
  });

  it('does not hear the question in an ordinary one about how he is or about his life', () => {
    for (const text of ['Hoe gaat het eigenlijk met uzelf?', 'Hoe ziet uw leven er nu uit?', 'Sinds de dood van uw vrouw, hoe gaat het?']) {
      expect(step(bakker, at('gisteren', 9), typed(text)).state.revealed).not.toContain('levenswens');
    }
  });

  it('names the follow-up in plain words: the huisarts this week and 113 (0800-0113)', () => {
    const follow = bakker.points.levenswens!.options;
    const best = follow.find((o) => o.arranges)!;
    expect(best.feedback).toMatch(/huisarts/);
    expect(best.feedback).toMatch(/113 Zelfmoordpreventie/);
    expect(best.feedback).toContain('0800-0113');
    const stop = follow.find((o) => o.flag)!;
    expect(stop.feedback).toContain('0800-0113');
    expect(score(bakker, step(bakker, at('levenswens', 7), { type: 'option', option: follow.indexOf(stop) + 1 }).state).flags.map((f) => f.code)).toContain('rouw_genegeerd');
  });

  it('counts avoiding the signal as a missed point: no strong ending, and the debrief says what stayed hidden', () => {
    const asked = score(bakker, play(script('bakker-sterk.txt')));
    expect(asked.ending).toBe('sterk');
    const avoided = play(script('bakker-sterk.txt').replace('#5\n#3\n', '#3\n'));
    const report = score(bakker, avoided);
    expect(report.ending).not.toBe('sterk');
    expect(report.facts.missed).toContain('levenswens');
    expect(report.story.join(' ')).toContain(bakker.facts.levenswens!.summary);
  });
});
