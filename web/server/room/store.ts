import { and, asc, eq, gt, lt, max, sql } from 'drizzle-orm';
import type { RunState, Scenario, Turn } from '../../../engine';
import type { RoomDb } from './database';
import { NOTIFY_CHANNEL, notifyPayload, notifyTail, type NumberedEvent, type RoomEvent, type RoomSettings, type TurnSummary } from './events';
import { replay, stepOnce, type ReplayCache } from './replay';
import { participants, roomEvents, rooms, turns } from './schema';
import { hashToken, newCode, newId, newSeed, newToken } from './secrets';

// Every room operation, on either store. A write that a live view should see inserts its event
// and notifies in the same transaction, so a view never hears of a turn that was rolled back.

export type Room = typeof rooms.$inferSelect;
export type Participant = typeof participants.$inferSelect;
export type Tx = Parameters<Parameters<RoomDb['transaction']>[0]>[0];

export interface Snapshot {
  room: Omit<Room, 'facilitatorHash'>;
  participants: { id: string; name: string; turns: TurnSummary[] }[];
  lastEventId: number;
}

export type TurnResult =
  | { kind: 'accepted'; state: RunState; summary: TurnSummary }
  /** The same turn again (a retry after a lost answer): nothing changes. */
  | { kind: 'duplicate'; n: number }
  | { kind: 'conflict'; expected: number }
  | { kind: 'waiting'; gate: number }
  | { kind: 'rejected'; reason: string };

/** The first key of the two-key advisory locks on room events (the migration lock uses one key). */
const ROOM_EVENT_LOCK = 4711017;

/**
 * Records a room event and its notification, as the last step of the caller's transaction.
 * Event ids come from one sequence, but transactions commit in their own order: without the
 * room's lock, event 101 could commit before event 100, a live view would read up to 101, and
 * never hear of 100. Holding the lock from taking the id to the commit keeps a room's events
 * committed in id order.
 */
export async function recordEvent(tx: Tx, roomId: string, event: RoomEvent, now: Date): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${ROOM_EVENT_LOCK}::int, hashtext(${roomId}))`);
  await tx.execute(sql`
    WITH e AS (INSERT INTO ${roomEvents} (room_id, payload, at) VALUES (${roomId}, ${JSON.stringify(event)}::jsonb, ${now.toISOString()}::timestamptz) RETURNING id)
    SELECT pg_notify(${NOTIFY_CHANNEL}, ${roomId} || ' ' || e.id || ${notifyTail(event)}) FROM e`);
}

export function roomStore(db: RoomDb, cache: ReplayCache) {
  return {
    async createRoom(caseId: string, mode: RoomSettings['mode'], now: Date, keepDays: number): Promise<{ room: Room; token: string }> {
      const token = newToken();
      const expiresAt = new Date(now.getTime() + keepDays * 86_400_000);
      // A fresh code that happens to be taken (vanishingly rare) just gets another draw.
      for (let attempt = 0; ; attempt++) {
        const room = { id: newId(), code: newCode(), facilitatorHash: hashToken(token), caseId, mode, gate: 1, revealed: false, createdAt: now, expiresAt };
        const inserted = await db.insert(rooms).values(room).onConflictDoNothing().returning();
        if (inserted[0]) return { room: inserted[0], token };
        if (attempt > 5) throw new Error('no free room code');
      }
    },

    async roomForFacilitator(roomId: string, token: string, now: Date): Promise<Room | null> {
      const [room] = await db.select().from(rooms).where(and(eq(rooms.id, roomId), eq(rooms.facilitatorHash, hashToken(token)), gt(rooms.expiresAt, now)));
      return room ?? null;
    },

    async roomByCode(code: string, now: Date): Promise<Room | null> {
      const [room] = await db.select().from(rooms).where(and(eq(rooms.code, code), gt(rooms.expiresAt, now)));
      return room ?? null;
    },

    async join(room: Room, name: string, now: Date): Promise<{ participant: Participant; token: string } | 'name-taken'> {
      const token = newToken();
      return db.transaction(async (tx) => {
        const taken = await tx.select({ id: participants.id }).from(participants).where(and(eq(participants.roomId, room.id), sql`lower(${participants.name}) = lower(${name})`));
        if (taken.length > 0) return 'name-taken' as const;
        const [participant] = await tx.insert(participants).values({ id: newId(), roomId: room.id, name, tokenHash: hashToken(token), seed: newSeed(), joinedAt: now }).returning();
        await recordEvent(tx, room.id, { type: 'joined', participant: { id: participant!.id, name } }, now);
        return { participant: participant!, token };
      });
    },

    async participantByToken(roomId: string, token: string, now: Date): Promise<{ participant: Participant; room: Room } | null> {
      const [row] = await db
        .select({ participant: participants, room: rooms })
        .from(participants)
        .innerJoin(rooms, eq(rooms.id, participants.roomId))
        .where(and(eq(participants.tokenHash, hashToken(token)), eq(participants.roomId, roomId), gt(rooms.expiresAt, now)));
      return row ?? null;
    },

    async turnInputs(participantId: string): Promise<unknown[]> {
      const rows = await db.select({ input: turns.input }).from(turns).where(eq(turns.participantId, participantId)).orderBy(asc(turns.n));
      return rows.map((r) => r.input);
    },

    /** Takes turn `n` of a participant: replays their run with the engine, steps, and stores what came of it. */
    async postTurn(scenario: Scenario, participantId: string, n: number, input: Turn, now: Date): Promise<TurnResult> {
      return db.transaction(async (tx) => {
        // The participant's row is the lock: two posts for one run are taken one after the other.
        const [locked] = await tx
          .select({
            seed: participants.seed,
            roomId: participants.roomId,
            mode: rooms.mode,
            gate: rooms.gate,
            taken: sql<number | null>`(SELECT max(${turns.n}) FROM ${turns} WHERE ${turns.participantId} = ${participants.id})`,
            // The room's event lock (see recordEvent), taken here rather than in a statement of its own.
            locked: sql<unknown>`pg_advisory_xact_lock(${ROOM_EVENT_LOCK}::int, hashtext(${rooms.id}))`,
          })
          .from(participants)
          .innerJoin(rooms, eq(rooms.id, participants.roomId))
          .where(eq(participants.id, participantId))
          .for('update', { of: participants });
        if (!locked) return { kind: 'rejected', reason: 'Deze deelnemer bestaat niet meer.' };
        const taken = Number(locked.taken ?? 0);
        if (n <= taken) {
          const [same] = await tx.select({ input: turns.input }).from(turns).where(and(eq(turns.participantId, participantId), eq(turns.n, n)));
          return JSON.stringify(same?.input) === JSON.stringify(input) ? { kind: 'duplicate', n } : { kind: 'conflict', expected: taken + 1 };
        }
        if (n !== taken + 1) return { kind: 'conflict', expected: taken + 1 };
        if (locked.mode === 'paced' && n > locked.gate) return { kind: 'waiting', gate: locked.gate };
        let before = cache.get(participantId, taken);
        if (!before) {
          const rows = await tx.select({ input: turns.input }).from(turns).where(eq(turns.participantId, participantId)).orderBy(asc(turns.n));
          const replayed = replay(scenario, locked.seed, rows.map((r) => r.input));
          if (!replayed.ok) return { kind: 'rejected', reason: replayed.reason };
          before = replayed.state;
        }
        const stepped = stepOnce(scenario, before, input);
        if (!stepped.ok) return { kind: 'rejected', reason: stepped.reason };
        const record_ = stepped.state.turns.at(-1)!;
        const summary: TurnSummary = {
          participant: participantId,
          n,
          point: record_.point,
          kind: record_.kind,
          option: record_.option,
          text: record_.text,
          nextPoint: stepped.state.point,
          ending: stepped.state.ending,
        };
        // The turn, its event and the notification in one statement: a turn costs four round trips to the store, not six.
        const at = now.toISOString();
        const event: RoomEvent = { type: 'turn', ...summary };
        await tx.execute(sql`
          WITH t AS (
            INSERT INTO ${turns} (participant_id, room_id, n, input, point, kind, option, text, next_point, ending, at)
            VALUES (${participantId}, ${locked.roomId}, ${n}, ${JSON.stringify(input)}::jsonb, ${summary.point}, ${summary.kind}, ${summary.option}, ${summary.text}, ${summary.nextPoint}, ${summary.ending}, ${at}::timestamptz)
          ), e AS (
            INSERT INTO ${roomEvents} (room_id, payload, at) VALUES (${locked.roomId}, ${JSON.stringify(event)}::jsonb, ${at}::timestamptz) RETURNING id
          )
          SELECT pg_notify(${NOTIFY_CHANNEL}, ${locked.roomId} || ' ' || e.id || ${notifyTail(event)}) FROM e`);
        cache.set(participantId, n, stepped.state);
        return { kind: 'accepted', state: stepped.state, summary };
      });
    },

    async changeSettings(roomId: string, change: Partial<RoomSettings>, now: Date): Promise<RoomSettings> {
      return db.transaction(async (tx) => {
        const [room] = await tx.update(rooms).set(change).where(eq(rooms.id, roomId)).returning();
        const settings = { mode: room!.mode, gate: room!.gate, revealed: room!.revealed };
        await recordEvent(tx, roomId, { type: 'room', ...settings }, now);
        return settings;
      });
    },

    async deleteRoom(roomId: string): Promise<void> {
      await db.transaction(async (tx) => {
        await tx.delete(rooms).where(eq(rooms.id, roomId));
        await tx.execute(sql`SELECT pg_notify(${NOTIFY_CHANNEL}, ${notifyPayload(roomId, 'closed')})`);
      });
    },

    async deleteParticipant(participant: Participant, now: Date): Promise<void> {
      await db.transaction(async (tx) => {
        await tx.delete(participants).where(eq(participants.id, participant.id));
        await recordEvent(tx, participant.roomId, { type: 'left', participant: participant.id }, now);
      });
      cache.forget(participant.id);
    },

    async lastEventId(roomId: string): Promise<number> {
      const [{ last }] = (await db.select({ last: max(roomEvents.id) }).from(roomEvents).where(eq(roomEvents.roomId, roomId))) as [{ last: number | null }];
      return Number(last ?? 0);
    },

    async snapshot(room: Room): Promise<Snapshot> {
      // The last event id first: anything after it reaches the view through the stream, perhaps twice, never not.
      const last = await this.lastEventId(room.id);
      const people = await db.select({ id: participants.id, name: participants.name }).from(participants).where(eq(participants.roomId, room.id)).orderBy(asc(participants.joinedAt));
      const rows = await db.select().from(turns).where(eq(turns.roomId, room.id)).orderBy(asc(turns.participantId), asc(turns.n));
      const byPerson = new Map(people.map((p) => [p.id, { ...p, turns: [] as TurnSummary[] }]));
      for (const t of rows) {
        byPerson.get(t.participantId)?.turns.push({ participant: t.participantId, n: t.n, point: t.point, kind: t.kind, option: t.option, text: t.text, nextPoint: t.nextPoint, ending: t.ending });
      }
      const { facilitatorHash: _hidden, ...shown } = room;
      return { room: shown, participants: [...byPerson.values()], lastEventId: last };
    },

    /** Each participant's seed and turns, for run files and the CSV (recomputed by the caller). */
    async runs(roomId: string): Promise<{ id: string; name: string; seed: number; inputs: unknown[] }[]> {
      const people = await db.select().from(participants).where(eq(participants.roomId, roomId)).orderBy(asc(participants.joinedAt));
      const rows = await db.select({ participantId: turns.participantId, input: turns.input }).from(turns).where(eq(turns.roomId, roomId)).orderBy(asc(turns.participantId), asc(turns.n));
      return people.map((p) => ({ id: p.id, name: p.name, seed: p.seed, inputs: rows.filter((r) => r.participantId === p.id).map((r) => r.input) }));
    },

    async eventsAfter(roomId: string, after: number): Promise<NumberedEvent[]> {
      const rows = await db.select({ id: roomEvents.id, payload: roomEvents.payload }).from(roomEvents).where(and(eq(roomEvents.roomId, roomId), gt(roomEvents.id, after))).orderBy(asc(roomEvents.id)).limit(1000);
      return rows.map((r) => ({ id: Number(r.id), event: r.payload as RoomEvent }));
    },

    /** Deletes every room past its time, with all it holds; returns how many. */
    async purgeExpired(now: Date): Promise<number> {
      const gone = await db.delete(rooms).where(lt(rooms.expiresAt, now)).returning({ id: rooms.id });
      for (const { id } of gone) await db.execute(sql`SELECT pg_notify(${NOTIFY_CHANNEL}, ${notifyPayload(id, 'closed')})`);
      return gone.length;
    },
  };
}

export type RoomStore = ReturnType<typeof roomStore>;
