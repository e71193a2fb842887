import { describe, expect, it } from 'vitest';
import { applyEvent, distribution, whereabouts } from '../../../web/src/screens/room/room-view';
import { mergeTurns } from '../../../web/src/screens/room/session';
import type { Snapshot, TurnSummary } from '../../../web/src/screens/room/api';
import { bakker } from './server';

const empty: Snapshot = {
  room: { id: 'r', code: 'ABCDEFGH', caseId: 'bakker', mode: 'self', gate: 1, revealed: false, expiresAt: '2026-04-01T00:00:00Z' },
  participants: [],
  lastEventId: 0,
};
const turn = (participant: string, n: number, extra: Partial<TurnSummary> = {}): TurnSummary => ({
  participant, n, point: 'opening', kind: 'option', option: 1, text: bakker.points.opening!.options[0]!.text, nextPoint: 'x', ending: null, ...extra,
});

describe("the facilitator's picture of a room", () => {
  it('applies each event once: a turn heard twice (a reconnect) counts once, a participant who leaves takes their turns along', () => {
    let view = applyEvent(empty, { type: 'joined', participant: { id: 'a', name: 'Anna' } });
    view = applyEvent(view, { type: 'joined', participant: { id: 'b', name: 'Bram' } });
    view = applyEvent(view, { type: 'turn', ...turn('a', 1) });
    view = applyEvent(view, { type: 'turn', ...turn('a', 1) });
    view = applyEvent(view, { type: 'turn', ...turn('b', 1, { kind: 'move', option: null, text: 'Hoe gaat het <b>echt</b>?' }) });
    expect(view.participants.map((p) => p.turns.length)).toEqual([1, 1]);
    const [opening] = distribution(bakker, view.participants);
    expect(opening!.options.map((o) => o.count)).toEqual(bakker.points.opening!.options.map((_, i) => (i === 0 ? 1 : 0)));
    expect(opening!.typed).toEqual([{ name: 'Bram', text: 'Hoe gaat het <b>echt</b>?', option: null }]);
    view = applyEvent(view, { type: 'left', participant: 'a' });
    expect(distribution(bakker, view.participants)[0]!.options[0]!.count).toBe(0);
    view = applyEvent(view, { type: 'turn', ...turn('b', 2, { point: 'x', ending: 'losse-eindjes' }) });
    expect(whereabouts(view.participants)).toEqual([{ id: 'b', name: 'Bram', turns: 2, finished: true, ending: 'losse-eindjes' }]);
    expect(applyEvent(view, { type: 'room', mode: 'paced', gate: 3, revealed: true }).room).toMatchObject({ mode: 'paced', gate: 3, revealed: true });
  });
});

describe("a participant's turns after a reload", () => {
  it('keeps the confirmed turns and adds the unsent ones after them, dropping what the server already has', () => {
    const a = { type: 'option', option: 1 } as const;
    const b = { type: 'option', option: 2 } as const;
    const c = { type: 'close' } as const;
    expect(mergeTurns([a], [{ n: 1, turn: a }, { n: 2, turn: b }, { n: 3, turn: c }])).toEqual({ turns: [a, b, c], pending: [{ n: 2, turn: b }, { n: 3, turn: c }] });
    expect(mergeTurns([a, b], [{ n: 2, turn: b }])).toEqual({ turns: [a, b], pending: [] });
    // A gap (turn 2 lost on the device) stops there: turn 3 cannot follow turn 1.
    expect(mergeTurns([a], [{ n: 3, turn: c }])).toEqual({ turns: [a], pending: [] });
  });
});
