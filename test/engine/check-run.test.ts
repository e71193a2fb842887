import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MOVES, start, step, TOPICS, type RunState, type Scenario, type Turn } from '../../engine';
import { checkRun, MAX_RUN_TURNS } from '../../engine/run/check-run';
import { allCases, fixture } from '../helpers/cases';
import { UTTERANCES } from '../classifier/utterances';

// A run file is checked against its case turn by turn: every run the engine can play passes with
// exactly the same state, and a hand-edited one (an unknown point, option 99, an unknown ending, facts
// or trust the case cannot give) is refused with a reason.

const typed = UTTERANCES.map((u) => u.text);
const turnArb: fc.Arbitrary<Turn> = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: 1, max: 6 }).map((option): Turn => ({ type: 'option', option })) },
  {
    weight: 5,
    arbitrary: fc
      .record({ move: fc.constantFrom(...MOVES), topics: fc.subarray([...TOPICS], { maxLength: 3 }), text: fc.constantFrom(...typed) })
      .map((m): Turn => ({ type: 'move', ...m, source: 'classifier' })),
  },
  { weight: 1, arbitrary: fc.constant<Turn>({ type: 'close' }) },
);

const cases: Scenario[] = [fixture('mini.yaml'), ...allCases()];
const bakker = cases.find((c) => c.id === 'bakker')!;

function play(scenario: Scenario, turns: readonly Turn[], seed = 0): RunState {
  let state = start(scenario, { seed }).state;
  for (const turn of turns) state = step(scenario, state, turn).state;
  return state;
}

describe.each(cases.map((c): [string, Scenario] => [c.id, c]))('every run the engine plays through %s', (_id, scenario) => {
  it('passes the check and is derived again to the same state', () => {
    fc.assert(
      fc.property(fc.array(turnArb, { maxLength: 25 }), fc.integer({ min: 0, max: 1000 }), (turns, seed) => {
        const state = play(scenario, turns, seed);
        const checked = checkRun(scenario, state);
        expect(checked).toEqual({ ok: true, state });
      }),
      { numRuns: 60 },
    );
  });
});

describe('a hand-edited run', () => {
  const genuine = play(bakker, [{ type: 'option', option: 1 }, { type: 'move', move: 'verhelderen', text: 'Wat bedoelt u precies?' }, { type: 'option', option: 2 }, { type: 'close' }]);
  const edit = (change: (s: RunState) => void): RunState => {
    const copy = structuredClone(genuine);
    change(copy);
    return copy;
  };
  const reason = (s: RunState) => {
    const result = checkRun(bakker, s);
    return result.ok ? 'aanvaard' : result.reason;
  };

  it('is refused at an unknown point, with option 99, or with an unknown ending', () => {
    expect(reason(edit((s) => (s.turns[1]!.point = 'bestaat-niet')))).toContain('"bestaat-niet", dat deze casus niet heeft');
    expect(reason(edit((s) => (s.turns[0]!.option = 99)))).toContain('optie 99 bestaat niet');
    expect(reason(edit((s) => (s.ending = 'glorieus')))).toBe('Het einde "glorieus" bestaat niet in deze casus.');
    expect(reason(edit((s) => (s.turns[0]!.point = 'constructor')))).toContain('"constructor", dat deze casus niet heeft');
  });

  it('is refused when a turn gives facts or trust the case cannot give', () => {
    const fact = Object.keys(bakker.facts).find((f) => !genuine.turns[0]!.revealed.includes(f) && !bakker.points[genuine.turns[0]!.point]!.options[0]!.reveals.includes(f))!;
    expect(reason(edit((s) => s.turns[0]!.revealed.push(fact)))).toContain(`kan feit "${fact}" niet naar boven brengen`);
    expect(reason(edit((s) => s.turns[0]!.revealed.push('constructor')))).toContain('feit "constructor" bestaat niet');
    expect(reason(edit((s) => (s.turns[0]!.trustAfter = 10)))).toMatch(/vertrouwen/);
    expect(reason(edit((s) => s.turns.push({ ...s.turns.at(-1)!, n: s.turns.length + 1 })))).toContain('na het einde');
  });

  it('counts what the turns found, not what the file claims', () => {
    const claimed = edit((s) => {
      s.revealed = Object.keys(bakker.facts);
      s.trust = 10;
    });
    const checked = checkRun(bakker, claimed);
    expect(checked.ok && checked.state.revealed).toEqual(genuine.revealed);
    expect(checked.ok && checked.state.trust).toBe(genuine.trust);
  });

  it('is refused when it has more turns than any conversation', () => {
    const long = edit((s) => {
      s.turns = Array.from({ length: MAX_RUN_TURNS + 1 }, (_, i) => ({ ...s.turns[0]!, n: i + 1 }));
    });
    expect(reason(long)).toBe(`Dit gesprek heeft ${MAX_RUN_TURNS + 1} beurten; meer dan ${MAX_RUN_TURNS} kan geen echt gesprek zijn.`);
  });
});

describe('what a typed turn said of the case', () => {
  it('is read again from its words: a file that claims every sound option was said scores as the honest run', () => {
    const scenario = cases.find((c) => c.id === 'kwetsbaar')!;
    const lines = [
      'Goedemiddag mevrouw Van Dam, ik ben Jasper van het Wmo-team. Ik kom kijken hoe het thuis gaat, mag ik binnenkomen?',
      'Voordat we beginnen: u kunt gratis een onafhankelijke cliëntondersteuner vragen, en u mag zelf een plan opschrijven.',
      'Wat een mooie piano. Hoe ziet een gewone dag er bij u uit?',
    ];
    const honest = play(scenario, lines.map((text): Turn => ({ type: 'move', move: 'verhelderen', topics: [], text, source: 'classifier' })), 1);
    const sound = Object.entries(scenario.points).flatMap(([id, p]) => p.options.map((o, i) => ({ ref: `${id}#${i + 1}`, o }))).filter(({ o }) => o.score.some((s) => s.points > 0)).map(({ ref }) => ref);
    const forged: RunState = { ...honest, turns: honest.turns.map((t, i) => (i === 2 ? { ...t, echoes: sound[0]!, alsoEchoes: sound.slice(1) } : t)) };
    const checked = checkRun(scenario, forged);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.state).toEqual(honest);
  });
});

describe('what came out in a turn', () => {
  it('is derived again from the case, the trust and the words: a file claiming a hidden fact for small talk does not score it', () => {
    const scenario = cases.find((c) => c.id === 'kwetsbaar')!;
    const honest = play(scenario, [{ type: 'move', move: 'overig', topics: [], text: 'Goedemiddag, wat een mooi uitzicht heeft u hier.', source: 'classifier' }], 1);
    const hidden = Object.keys(scenario.facts).find((id) => !honest.revealed.includes(id))!;
    const forged: RunState = { ...honest, revealed: [hidden], turns: honest.turns.map((t) => ({ ...t, revealed: [hidden] })) };
    const checked = checkRun(scenario, forged);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.state.revealed).not.toContain(hidden);
    expect(checked.state).toEqual(honest);
  });
});
