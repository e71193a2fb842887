import type { Turn } from '../../engine';

// A participant's place in a room, kept on the device: the token proves the run is theirs on
// a reload, and the outbox holds turns the server has not confirmed yet, so none is lost.

export interface RoomSession {
  roomId: string;
  participantId: string;
  token: string;
  name: string;
  code: string;
  caseId: string;
  seed: number;
}

export interface Outgoing {
  n: number;
  turn: Turn;
}

const SESSION_KEY = 'kanteltrainer.ruimte';
const outboxKey = (participantId: string) => `kanteltrainer.ruimte.outbox.${participantId}`;

export function readSession(storage: Storage | null): RoomSession | null {
  try {
    const raw = storage?.getItem(SESSION_KEY);
    if (!raw) return null;
    const s = JSON.parse(raw) as Partial<RoomSession>;
    const text = (v: unknown) => typeof v === 'string' && v.length > 0 && v.length < 200;
    if (!text(s.roomId) || !text(s.participantId) || !text(s.token) || !text(s.name) || !text(s.code) || !text(s.caseId) || !Number.isInteger(s.seed)) return null;
    return s as RoomSession;
  } catch {
    return null;
  }
}

export function writeSession(storage: Storage | null, session: RoomSession | null): void {
  try {
    if (session) storage?.setItem(SESSION_KEY, JSON.stringify(session));
    else storage?.removeItem(SESSION_KEY);
  } catch {
    /* without storage a reload starts over; the server still has every confirmed turn */
  }
}

export function readOutbox(storage: Storage | null, participantId: string): Outgoing[] {
  try {
    const list = JSON.parse(storage?.getItem(outboxKey(participantId)) ?? '[]') as unknown;
    return Array.isArray(list) ? list.filter((o): o is Outgoing => !!o && typeof o === 'object' && Number.isInteger((o as Outgoing).n) && typeof (o as Outgoing).turn === 'object') : [];
  } catch {
    return [];
  }
}

export function writeOutbox(storage: Storage | null, participantId: string, outbox: readonly Outgoing[]): void {
  try {
    if (outbox.length === 0) storage?.removeItem(outboxKey(participantId));
    else storage?.setItem(outboxKey(participantId), JSON.stringify(outbox));
  } catch {
    /* kept in memory all the same */
  }
}

/** The run as server and device together know it: the confirmed turns, then the unconfirmed ones after them. */
export function mergeTurns(confirmed: readonly Turn[], outbox: readonly Outgoing[]): { turns: Turn[]; pending: Outgoing[] } {
  const pending = outbox.filter((o) => o.n > confirmed.length).sort((a, b) => a.n - b.n);
  const turns = [...confirmed];
  for (const o of pending) {
    if (o.n !== turns.length + 1) break;
    turns.push(o.turn);
  }
  return { turns, pending: pending.filter((o) => o.n <= turns.length) };
}
