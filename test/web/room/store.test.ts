import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { score, start, step, type Scenario } from '../../../engine';
import { openDatabase, type DatabaseConfig } from '../../../web/server/room/database';
import { ReplayCache } from '../../../web/server/room/replay';
import { recordEvent, roomStore, type RoomStore } from '../../../web/server/room/store';
import { RoomHub } from '../../../web/server/room/hub';
import { NOTIFY_CHANNEL } from '../../../web/server/room/events';
import { summaryCsv, runFiles } from '../../../web/server/room/exports';
import { loadFile, SCENARIOS } from '../../helpers/cases';
import { STORES, storeTitle } from '../../helpers/databases';
import { optionTurns } from './play';

const bakker: Scenario = loadFile(join(SCENARIOS, 'bakker.yaml'), 'bakker.yaml');
const NOW = new Date('2026-03-02T10:00:00Z');
const later = (ms: number) => new Date(NOW.getTime() + ms);

describe.each(STORES)('room storage', (kind) => {
  describe.skipIf(!kind.available)(storeTitle(kind, 'rooms, participants and turns'), () => {
    let config: DatabaseConfig;
    let drop: () => Promise<void>;
    let database: Awaited<ReturnType<typeof openDatabase>>;
    let store: RoomStore;

    beforeAll(async () => {
      ({ config, drop } = await kind.fresh());
      database = await openDatabase(config);
      store = roomStore(database.db, new ReplayCache());
    }, 60_000);
    afterAll(async () => {
      await database?.close();
      await drop?.();
    });

    it('keeps every room and turn across a restart, with the state the engine computes', async () => {
      const { room, token } = await store.createRoom('bakker', 'self', NOW, 30);
      const joined = await store.join(room, 'Anna <b>', NOW);
      if (joined === 'name-taken') throw new Error('name taken');
      const turns = optionTurns(bakker, joined.participant.seed);
      for (const [i, turn] of turns.entries()) {
        const result = await store.postTurn(bakker, joined.participant.id, i + 1, turn, later(i));
        expect(result.kind).toBe('accepted');
      }
      await database.close();
      database = await openDatabase(config);
      store = roomStore(database.db, new ReplayCache());

      const found = await store.roomForFacilitator(room.id, token, NOW);
      expect(found?.code).toBe(room.code);
      const snapshot = await store.snapshot(found!);
      expect(snapshot.participants.map((p) => p.name)).toEqual(['Anna <b>']);
      let expected = start(bakker, { seed: joined.participant.seed }).state;
      for (const t of turns) expected = step(bakker, expected, t).state;
      expect(expected.status).toBe('finished');
      const stored = snapshot.participants[0]!.turns;
      expect(stored.map((t) => t.n)).toEqual(turns.map((_, i) => i + 1));
      expect(stored.at(-1)!.ending).toBe(expected.ending);
      const [file] = runFiles(bakker, await store.runs(room.id));
      expect(file!.alias).toBe('Anna <b>');
      expect(file!.report.overall).toBe(score(bakker, expected).overall);
    });

    it('takes each turn once: a retry is a duplicate, a gap or a different turn at a taken number is a conflict', async () => {
      const { room } = await store.createRoom('bakker', 'self', NOW, 30);
      const joined = await store.join(room, 'Bram', NOW);
      if (joined === 'name-taken') throw new Error('name taken');
      const id = joined.participant.id;
      expect((await store.postTurn(bakker, id, 1, { type: 'option', option: 2 }, NOW)).kind).toBe('accepted');
      expect(await store.postTurn(bakker, id, 1, { type: 'option', option: 2 }, NOW)).toEqual({ kind: 'duplicate', n: 1 });
      expect(await store.postTurn(bakker, id, 1, { type: 'option', option: 3 }, NOW)).toEqual({ kind: 'conflict', expected: 2 });
      expect(await store.postTurn(bakker, id, 3, { type: 'option', option: 1 }, NOW)).toEqual({ kind: 'conflict', expected: 2 });
      expect(await store.postTurn(bakker, id, 2, { type: 'option', option: 99 }, NOW)).toMatchObject({ kind: 'rejected' });
      expect(await store.turnInputs(id)).toHaveLength(1);
      // A name is the participant's own: a second "bram" in the same room is refused.
      expect(await store.join(room, 'BRAM', NOW)).toBe('name-taken');
    });

    it('holds the group at the gate when the facilitator sets the pace', async () => {
      const { room } = await store.createRoom('bakker', 'paced', NOW, 30);
      const joined = await store.join(room, 'Cor', NOW);
      if (joined === 'name-taken') throw new Error('name taken');
      const id = joined.participant.id;
      expect((await store.postTurn(bakker, id, 1, { type: 'option', option: 1 }, NOW)).kind).toBe('accepted');
      expect(await store.postTurn(bakker, id, 2, { type: 'option', option: 1 }, NOW)).toEqual({ kind: 'waiting', gate: 1 });
      await store.changeSettings(room.id, { gate: 2 }, NOW);
      expect((await store.postTurn(bakker, id, 2, { type: 'option', option: 1 }, NOW)).kind).toBe('accepted');
    });

    it('hands a reconnecting view the events after its last id, in order', async () => {
      const { room } = await store.createRoom('bakker', 'self', NOW, 30);
      const before = (await store.snapshot(room)).lastEventId;
      const a = await store.join(room, 'Dirk', NOW);
      if (a === 'name-taken') throw new Error('name taken');
      await store.postTurn(bakker, a.participant.id, 1, { type: 'option', option: 1 }, NOW);
      await store.changeSettings(room.id, { revealed: true }, NOW);
      const events = await store.eventsAfter(room.id, before);
      expect(events.map((e) => e.event.type)).toEqual(['joined', 'turn', 'room']);
      expect(await store.eventsAfter(room.id, events[1]!.id)).toEqual([events[2]]);
    });

    it('tells a live view of every event, also when a later event is ready before an earlier one commits', async () => {
      const { room } = await store.createRoom('bakker', 'self', NOW, 30);
      const hub = new RoomHub(store.eventsAfter);
      await database.listen(NOTIFY_CHANNEL, (payload) => hub.notified(payload));
      const heard: string[] = [];
      hub.add(room.id, {
        last: await store.lastEventId(room.id),
        wants: () => true,
        send: ({ event }) => heard.push(event.type === 'joined' ? event.participant.name : event.type),
        closed: () => undefined,
      });
      const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));
      let release!: () => void;
      const gate = new Promise<void>((done) => (release = done));
      // Two participants join at once; the first one's transaction takes its event id and stays open a while.
      const slow = database.db.transaction(async (tx) => {
        await recordEvent(tx, room.id, { type: 'joined', participant: { id: 'p-eerst', name: 'Eerst' } }, NOW);
        await gate;
      });
      await pause(100);
      const fast = database.db.transaction((tx) => recordEvent(tx, room.id, { type: 'joined', participant: { id: 'p-later', name: 'Later' } }, NOW));
      await Promise.race([fast, pause(300)]);
      await pause(200);
      release();
      await Promise.all([slow, fast]);
      for (let waited = 0; heard.length < 2 && waited < 3000; waited += 50) await pause(50);
      expect(heard).toEqual(['Eerst', 'Later']);
    });

    it('forgets a run its participant deletes, a room its facilitator deletes, and rooms past their time', async () => {
      const kept = await store.createRoom('bakker', 'self', NOW, 30);
      const a = await store.join(kept.room, 'Eva', NOW);
      const b = await store.join(kept.room, 'Fenna', NOW);
      if (a === 'name-taken' || b === 'name-taken') throw new Error('name taken');
      await store.postTurn(bakker, a.participant.id, 1, { type: 'option', option: 1 }, NOW);
      await store.deleteParticipant(a.participant, NOW);
      expect((await store.snapshot(kept.room)).participants.map((p) => p.name)).toEqual(['Fenna']);
      expect(await store.participantByToken(kept.room.id, a.token, NOW)).toBeNull();
      expect(await store.turnInputs(a.participant.id)).toEqual([]);

      const deleted = await store.createRoom('bakker', 'self', NOW, 30);
      await store.deleteRoom(deleted.room.id);
      expect(await store.roomByCode(deleted.room.code, NOW)).toBeNull();

      const short = await store.createRoom('bakker', 'self', NOW, 1);
      expect(await store.roomByCode(short.room.code, later(86_400_000 + 1))).toBeNull();
      expect(await store.purgeExpired(later(2 * 86_400_000))).toBeGreaterThanOrEqual(1);
      expect(await store.roomByCode(short.room.code, NOW)).toBeNull();
      expect(await store.roomByCode(kept.room.code, NOW)).not.toBeNull();
    });

    it('writes a CSV Dutch Excel opens: byte order mark, semicolons, one row per participant, formulas kept as text', async () => {
      const { room } = await store.createRoom('bakker', 'self', NOW, 30);
      const a = await store.join(room, '=SOM(1;2)', NOW);
      const b = await store.join(room, 'Gijs "G" de Vries', NOW);
      if (a === 'name-taken' || b === 'name-taken') throw new Error('name taken');
      for (const [i, t] of optionTurns(bakker, a.participant.seed).entries()) await store.postTurn(bakker, a.participant.id, i + 1, t, NOW);
      const csv = summaryCsv(bakker, await store.runs(room.id));
      expect(csv.startsWith('\uFEFFNaam;Status;Beurten;')).toBe(true);
      const lines = csv.slice(1).trimEnd().split('\r\n');
      expect(lines).toHaveLength(3);
      expect(lines[1]).toMatch(/^"'=SOM\(1;2\)";klaar;\d+;/);
      expect(lines[2]).toMatch(/^"Gijs ""G"" de Vries";bezig;0;/);
    });
  });
});

describe('the PGlite data folder', () => {
  it('refuses a second server on the same folder with a Dutch message, and frees it on close', async () => {
    const { config, drop } = await STORES[0]!.fresh();
    const first = await openDatabase(config);
    await expect(openDatabase(config)).rejects.toThrow(/is al in gebruik door een andere Kanteltrainer-server/);
    await first.close();
    const again = await openDatabase(config);
    await again.close();
    await drop();
  }, 60_000);
});
