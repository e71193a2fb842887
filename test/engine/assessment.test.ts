import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { optionOrder, score, start, step, type RunState, type Scenario, type Turn } from '../../engine';
import { pickIndex } from '../../engine/run/step';
import { fixture } from '../helpers/cases';

// The rules that make a score valid: no empty replies, an order of the run's own, knock-outs,
// urgency, one verdict per turn, support that was arranged rather than named.

const mini = fixture('mini.yaml');

function play(scenario: Scenario, turns: Turn[], seed = 0): RunState {
  let state = start(scenario, { seed }).state;
  for (const turn of turns) state = step(scenario, state, turn).state;
  return state;
}

const option = (n: number): Turn => ({ type: 'option', option: n });
const typed = (move: Extract<Turn, { type: 'move' }>['move'], text: string): Turn => ({ type: 'move', move, text });

describe('fallback replies', () => {
  it('always pick an existing reply, for any seed and turn', () => {
    fc.assert(fc.property(fc.integer({ min: -2_147_483_648, max: 2_147_483_647 }), fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 7 }), (seed, turn, length) => {
      const i = pickIndex(seed, turn, length);
      return Number.isInteger(i) && i >= 0 && i < length;
    }), { numRuns: 5000 });
  });

  it('are never empty in a typed conversation', () => {
    for (let seed = 0; seed < 200; seed++) {
      const state = play(mini, [typed('verhelderen', 'Hoe bedoelt u?'), typed('overig', 'Mooi weer vandaag.'), typed('netwerk', 'Zijn er buren?')], seed);
      for (const t of state.turns) expect(t.reply.length, `seed ${seed} beurt ${t.n}`).toBeGreaterThan(0);
    }
  });
});

describe('the order options are shown in', () => {
  it('is a permutation drawn from the seed: the same for the same run, different between runs', () => {
    for (let seed = 0; seed < 50; seed++) {
      const order = optionOrder(seed, 'begin', 4);
      expect([...order].sort()).toEqual([1, 2, 3, 4]);
      expect(optionOrder(seed, 'begin', 4)).toEqual(order);
    }
    const firsts = new Set(Array.from({ length: 40 }, (_, s) => optionOrder(s, 'begin', 4)[0]));
    expect(firsts.size).toBe(4);
  });
});

describe('critical errors', () => {
  it('a typed refusal of an aanvraag is a knock-out: score at most 40, a weak ending, said first', () => {
    const state = play(mini, [option(1), option(1), option(1), typed('afspraak', 'Een aanvraag neem ik niet in behandeling, dat heeft geen zin.'), option(1), option(1)]);
    const report = score(mini, state);
    expect(report.critical.map((f) => f.code)).toContain('aanvraag_geweigerd');
    expect(report.critical[0]?.message).toMatch(/art\. 4:1 Awb/);
    expect(report.overall).toBeLessThanOrEqual(40);
    expect(report.endingQuality).toBe('zwak');
    expect(report.turns[3]?.verdict).toBe('kritiek');
  });

  it('a typed no at the table without the right to apply is a knock-out; with it, it is a motivated no', () => {
    const no = typed('maatwerkvoorziening', 'Een scootmobiel zit er voor u niet in, daar is geen grond voor.');
    const without = score(mini, play(mini, [option(1), no, { type: 'close' }]));
    expect(without.critical.map((f) => f.code)).toContain('nee_zonder_rechten');
    const rights = typed('afspraak', 'U mag altijd toch een aanvraag doen; dan krijgt u een beschikking en kunt u bezwaar maken.');
    const motivated = score(mini, play(mini, [option(1), no, rights, { type: 'close' }]));
    expect(motivated.critical.map((f) => f.code)).not.toContain('nee_zonder_rechten');
  });

  it('information that no aanvraag is needed is not a refusal', () => {
    const state = play(mini, [typed('algemene_voorziening', 'Voor de buurtbus hoeft u geen aanvraag te doen, die is voor iedereen.'), { type: 'close' }]);
    expect(score(mini, state).critical.map((f) => f.code)).not.toContain('aanvraag_geweigerd');
  });

  it('naming a provision is not arranging it: a client who needs support and got none is a knock-out', () => {
    const state = play(mini, [option(1), option(1), option(1), typed('algemene_voorziening', 'Er is ook een boodschappendienst in de wijk.'), { type: 'close' }]);
    const report = score(mini, state);
    expect(report.critical.map((f) => f.code)).toEqual(['empty_handed']);
    expect(report.endingQuality).toBe('zwak');
    expect(report.overall).toBeLessThanOrEqual(40);
    expect(report.uncapped).toBeGreaterThanOrEqual(report.overall);
  });
});

describe('urgency (art. 2.3.3)', () => {
  const urgent: Scenario = { ...mini, facts: { ...mini.facts, valpartij: { ...mini.facts.valpartij!, urgent: true, minTrust: 0, cues: ['gevallen', 'vallen'] } } };
  const turns = [typed('brede_blik', 'Hoe gaat het met uw gezondheid, bent u weleens gevallen?'), typed('maatwerkvoorziening', 'Dan regel ik vandaag nog een personenalarmering voor u.')];

  it('makes arranging maatwerk right after an acute risk came out never premature, and says why', () => {
    const report = score(urgent, play(urgent, turns));
    expect(report.facts.found).toContain('valpartij');
    expect(report.flags.map((f) => f.code)).not.toContain('premature_maatwerkvoorziening');
    expect(report.items.some((i) => /art\. 2\.3\.3/.test(i.reason))).toBe(true);
  });

  it('without the urgent mark the same turns are premature', () => {
    const plain: Scenario = { ...urgent, facts: { ...urgent.facts, valpartij: { ...urgent.facts.valpartij!, urgent: false } } };
    expect(score(plain, play(plain, turns)).flags.map((f) => f.code)).toContain('premature_maatwerkvoorziening');
  });
});

describe('one judgement per turn', () => {
  it('a turn the case judges weak earns no generic credit and shows the strongest option as an example', () => {
    // afsluiten option 3: a traplift that does not fit this house (flagged by the case); option 1 is what the case rewards.
    const afsluiten = mini.points.afsluiten!;
    const rewarded: Scenario = { ...mini, points: { ...mini.points, afsluiten: { ...afsluiten, options: afsluiten.options.map((o, i) => (i === 0 ? { ...o, score: [{ dimension: 'passende_oplossing' as const, points: 10, reason: 'Passend en in de goede volgorde' }] } : o)) } } };
    const report = score(rewarded, play(rewarded, [option(1), option(1), option(1), option(3)]));
    const turn = report.turns[3]!;
    expect(turn.verdict).toBe('zwak');
    expect(report.items.filter((i) => i.turn === 4 && i.points > 0)).toEqual([]);
    expect(turn.example).toBe(mini.points.afsluiten!.options[0]!.text);
  });

  it('a closed question earns little; an open question the full credit', () => {
    const closed = score(mini, play(mini, [typed('netwerk', 'Heeft u kinderen?')])).items.filter((i) => i.rule === 'move_credit');
    const open = score(mini, play(mini, [typed('netwerk', 'Wie zijn de mensen om u heen?')])).items.filter((i) => i.rule === 'move_credit');
    expect(closed[0]?.points).toBe(2);
    expect(open[0]?.points).toBe(10);
  });
});

describe('urgency in the kwetsbaar case', () => {
  it('arranging begeleiding right after the gas came out keeps the strong ending, without a premature flag', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { allCases, ROOT } = await import('../helpers/cases');
    const { playScriptText } = await import('../calibration/strategies');
    const kwetsbaar = allCases().find((c) => c.id === 'kwetsbaar')!;
    const report = playScriptText(kwetsbaar, readFileSync(join(ROOT, 'test', 'transcripts', 'kwetsbaar-sterk.txt'), 'utf8'));
    expect(report.endingQuality).toBe('sterk');
    expect(report.flags.map((f) => f.code)).not.toContain('premature_maatwerkvoorziening');
    expect(report.items.some((i) => i.rule === 'kanteling_order' && /art\. 2\.3\.3/.test(i.reason))).toBe(true);
  });
});
