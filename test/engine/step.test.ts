import { describe, expect, it } from 'vitest';
import { runStateSchema, score, start, step, type RunState, type Turn } from '../../engine';
import { uptakeTurns } from '../../engine/score/uptake';
import { fixture } from '../helpers/cases';

const plain = fixture('mini.yaml');
// The fixture's facts with cues: the words a consultant asks about them with.
const mini = {
  ...plain,
  facts: {
    dochter: { ...plain.facts.dochter!, cues: ['dochter', 'kinderen', 'familie'] },
    valpartij: { ...plain.facts.valpartij!, cues: ['gevallen', 'vallen', 'valpartij'] },
  },
};

function play(turns: Turn[], seed = 0): { state: RunState; events: ReturnType<typeof step>['events'][] } {
  let state = start(mini, { seed }).state;
  const events = [];
  for (const turn of turns) {
    const result = step(mini, state, turn);
    state = result.state;
    events.push(result.events);
  }
  return { state, events };
}

describe('start', () => {
  it('opens at the first point with the client line and the case trust', () => {
    const { state, events } = start(mini);
    expect(state.point).toBe('begin');
    expect(state.trust).toBe(3);
    expect(events).toContainEqual({ type: 'client_said', text: 'Ik weet niet goed waarom u er bent.', point: 'begin' });
    expect(runStateSchema.parse(state)).toEqual(state);
  });
});

describe('step with options', () => {
  it('moves on, records the turn and shows the reply and feedback', () => {
    const { state, events } = play([{ type: 'option', option: 1 }]);
    expect(state.point).toBe('netwerk');
    expect(state.trust).toBe(5);
    expect(state.turns[0]).toMatchObject({ n: 1, point: 'begin', option: 1, move: 'verhelderen', reply: 'Rustig. Soms wat te rustig.' });
    expect(events[0]).toContainEqual({ type: 'feedback', text: 'Een open vraag.' });
    expect(events[0]).toContainEqual({ type: 'client_said', text: 'Mijn dochter is druk.', point: 'netwerk' });
  });

  it('turns an impossible option into an event and leaves the state as it was', () => {
    const before = start(mini).state;
    const result = step(mini, before, { type: 'option', option: 7 });
    expect(result.state).toBe(before);
    expect(result.events).toEqual([{ type: 'turn_rejected', reason: 'Optie 7 bestaat niet; kies 1 tot en met 3.' }]);
  });

  it('refuses turns after the end', () => {
    const { state } = play([{ type: 'option', option: 3 }]);
    expect(state.status).toBe('finished');
    expect(step(mini, state, { type: 'option', option: 1 }).events).toEqual([{ type: 'turn_rejected', reason: 'Het gesprek is al afgerond.' }]);
  });

  it('refuses malformed turns without throwing', () => {
    const state = start(mini).state;
    const bad = [{ type: 'dance' }, { type: 'move', move: 'schreeuwen' }, null, 42] as unknown as Turn[];
    for (const turn of bad) expect(step(mini, state, turn).events[0]?.type).toBe('turn_rejected');
  });

  it('reveals a fact only with enough trust', () => {
    const warm = play([{ type: 'option', option: 1 }, { type: 'option', option: 1 }, { type: 'option', option: 1 }]).state;
    expect(warm.revealed).toEqual(['dochter', 'valpartij']);
    const cold = play([{ type: 'option', option: 2 }]).state;
    expect(cold.revealed).toEqual([]);
  });

  it('ends by a fixed ending or by the first ending whose condition holds', () => {
    expect(play([{ type: 'option', option: 3 }]).state.ending).toBe('zwak');
    const fixed = play([1, 1, 1, 3].map((option) => ({ type: 'option', option })));
    expect(fixed.state.ending).toBe('zwak');
  });

  it('counts uptake only for a reflection or summary of something the client revealed', () => {
    const options = (...n: number[]): Turn[] => n.map((option) => ({ type: 'option', option }));
    // Every strong option, but no reflection or summary of what came out.
    expect(uptakeTurns(mini, play(options(1, 1, 1, 1, 1)).state)).toEqual([]);
    const reflection: Turn = { type: 'move', move: 'verhelderen', text: 'U bent vorige maand gevallen en niemand weet het. Dat houdt u liever voor uzelf.' };
    const listened = play([...options(1, 1, 1, 1), reflection, ...options(1)]).state;
    expect(listened.turns[4]).toMatchObject({ form: expect.stringMatching(/reflection/), option: null });
    expect(uptakeTurns(mini, listened)).toEqual([5]);
    // The same words before the fall came out take up nothing.
    expect(uptakeTurns(mini, play([reflection]).state)).toEqual([]);
  });
});

describe('step with moves (free text)', () => {
  it('takes the option with the same move and keeps what was said', () => {
    const text = 'Vertelt u eens, hoe zien uw dagen er zoal uit?';
    const { state, events } = play([{ type: 'move', move: 'verhelderen', text, confidence: 0.8, source: 'classifier' }]);
    expect(state.point).toBe('netwerk');
    expect(state.turns[0]).toMatchObject({ kind: 'move', option: 1, match: 'meaning', move: 'verhelderen', text, confidence: 0.8, source: 'classifier' });
    expect(events[0]?.[0]).toEqual({ type: 'option_matched', option: 1, move: 'verhelderen', kind: 'meaning' });
  });

  it('answers a move without an option from the fallback and stays put', () => {
    const { state, events } = play([{ type: 'move', move: 'netwerk', text: 'Heeft u kinderen?' }]);
    expect(state.point).toBe('begin');
    expect(state.turns[0]).toMatchObject({ option: null, reply: 'Ik wil niemand lastigvallen.' });
    expect(events[0]).toContainEqual({ type: 'no_option_matched', move: 'netwerk' });
  });

  it('brings out the fact a typed question asks about, trust permitting, and holds it back otherwise', () => {
    const opened = play([{ type: 'move', move: 'netwerk', topics: ['familie'], text: 'Wie is er in de familie?' }]).state;
    expect(opened.revealed).toEqual(['dochter']);
    expect(opened.turns[0]?.reply).toBe('Mijn dochter woont om de hoek, maar die wil ik niet lastigvallen.');
    const guarded = play([{ type: 'move', move: 'brede_blik', topics: ['gezondheid'], text: 'Bent u weleens gevallen?' }]).state;
    expect(guarded.revealed).toEqual([]);
    expect(guarded.turns[0]).toMatchObject({ heldBack: ['valpartij'], reply: 'Ach, ik red me wel hoor.' });
  });

  it('never closes on typed words: after an agreement it offers to close, only the trainee closes', () => {
    // A variant of the fixture whose last point has no agreement option, so the fallback answers.
    const nazorg = mini.points.nazorg!;
    const variant = { ...mini, points: { ...mini.points, nazorg: { ...nazorg, options: nazorg.options.map((o) => ({ ...o, move: o.move === 'afspraak' ? ('overig' as const) : o.move })) } } };
    const agree: Turn = { type: 'move', move: 'afspraak', text: 'Dan spreken we af dat ik u bel.' };
    const early = step(variant, start(variant).state, agree);
    expect(early.state.status).toBe('active');
    expect(early.events).not.toContainEqual({ type: 'may_close' });
    let state = start(variant).state;
    for (const option of [1, 1, 1, 1]) state = step(variant, state, { type: 'option', option }).state;
    expect(state.point).toBe('nazorg');
    const late = step(variant, state, agree);
    expect(late.state.status).toBe('active');
    expect(late.events).toContainEqual({ type: 'may_close' });
    // Typing a closing option's own words takes it, but still leaves the closing to the trainee.
    const said = step(mini, state, { type: 'move', move: 'afspraak', text: 'Ik bel u over zes weken.' });
    expect(said.state.turns.at(-1)).toMatchObject({ option: 1, match: 'verbatim' });
    expect(said.state.status).toBe('active');
  });

  it('moves on after two typed turns at a point that match no option, so typing never stalls', () => {
    const first = play([{ type: 'move', move: 'overig', text: 'Wat een mooie tuin heeft u.' }]).state;
    expect(first.point).toBe('begin');
    const second = play([{ type: 'move', move: 'overig', text: 'Wat een mooie tuin heeft u.' }, { type: 'move', move: 'overig', text: 'En die rozen, prachtig.' }]).state;
    expect(second.point).toBe('netwerk');
  });

  it('ends on an explicit close, with the ending its conditions pick', () => {
    const { state } = play([{ type: 'close' }]);
    expect(state).toMatchObject({ status: 'finished', ending: 'zwak' });
    expect(state.turns[0]).toMatchObject({ kind: 'close', move: null });
  });
});

describe('determinism and saving', () => {
  const turns: Turn[] = [
    { type: 'move', move: 'overig', text: 'Goedemorgen' },
    { type: 'move', move: 'verhelderen', text: 'Wat bedoelt u?' },
    { type: 'move', move: 'maatwerkvoorziening', text: 'Traplift?' },
    { type: 'option', option: 2 },
    { type: 'option', option: 1 },
    { type: 'option', option: 1 },
  ];

  it('gives the same report byte for byte for the same turns', () => {
    const a = JSON.stringify(score(mini, play(turns).state));
    const b = JSON.stringify(score(mini, play(turns).state));
    expect(a).toBe(b);
  });

  it('continues a run restored from JSON exactly as the unbroken run', () => {
    let state = start(mini, { seed: 7 }).state;
    for (const turn of turns.slice(0, 3)) state = step(mini, state, turn).state;
    const restored = runStateSchema.parse(JSON.parse(JSON.stringify(state)));
    let resumed = restored;
    for (const turn of turns.slice(3)) resumed = step(mini, resumed, turn).state;
    expect(JSON.stringify(score(mini, resumed))).toBe(JSON.stringify(score(mini, play(turns, 7).state)));
  });

  it('keeps the seed in the state so fallback replies replay the same', () => {
    const replies = (seed: number) => play([{ type: 'move', move: 'verhelderen', text: 'Hoe bedoelt u?' }, { type: 'move', move: 'verhelderen', text: 'En verder?' }], seed);
    const seeds = [0, 1, 2, 3, 4, 5, 6, 7].map((s) => replies(s).state.turns.map((t) => t.reply).join('|'));
    expect(new Set(seeds).size).toBeGreaterThan(1);
    expect(replies(3).state.turns.map((t) => t.reply)).toEqual(replies(3).state.turns.map((t) => t.reply));
  });
});
