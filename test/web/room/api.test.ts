import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORES, storeTitle } from '../../helpers/databases';
import { optionTurns } from './play';
import { bakker, call, roomServer } from './server';
import { listen } from './sse';

describe.each(STORES)('room endpoints', (kind) => {
  describe.skipIf(!kind.available)(storeTitle(kind, 'a facilitator and participants over HTTP'), () => {
    let server: Awaited<ReturnType<typeof roomServer>>;
    let drop: () => Promise<void>;
    beforeAll(async () => {
      const fresh = await kind.fresh();
      drop = fresh.drop;
      server = await roomServer(fresh.config, { limits: { joinPerMinute: 4 } });
    }, 60_000);
    afterAll(async () => {
      await server?.close();
      await drop?.();
    });

    it('streams joins and recomputed turns to the facilitator; a reconnect with Last-Event-ID gets only what came after', async () => {
      const created = await call(`${server.url}/api/rooms`, 'POST', { caseId: 'bakker', mode: 'self' });
      expect(created.status).toBe(201);
      const { roomId, code, token } = created.json;
      expect(code).toMatch(/^[A-Z2-9]{8}$/);
      const stream = listen(`${server.url}/api/rooms/${roomId}/events?token=${token}`);
      await stream.opened;
      const joined = await call(`${server.url}/api/rooms/join`, 'POST', { code: `${code.slice(0, 4)}-${code.slice(4).toLowerCase()}`, name: '<img src=x onerror=alert(1)>' });
      expect(joined.status).toBe(201);
      await stream.until((e) => (e.data as { type: string }).type === 'joined');

      const turns = optionTurns(bakker, joined.json.seed);
      // A browser's claim about the option's text or the run's state is not what the room stores.
      const first = await call(`${server.url}/api/rooms/${roomId}/turns`, 'POST', { n: 1, turn: turns[0] }, joined.json.token);
      expect(first.status).toBe(201);
      const turnEvent = await stream.until((e) => (e.data as { type: string }).type === 'turn');
      expect(turnEvent.data).toMatchObject({ n: 1, point: bakker.start, option: (turns[0] as { option: number }).option, text: bakker.points[bakker.start!]!.options[0]!.text });
      stream.close();

      for (let i = 1; i < turns.length; i++) expect((await call(`${server.url}/api/rooms/${roomId}/turns`, 'POST', { n: i + 1, turn: turns[i] }, joined.json.token)).status).toBe(201);
      const again = listen(`${server.url}/api/rooms/${roomId}/events?token=${token}`, { 'Last-Event-ID': String(turnEvent.id) });
      const last = await again.until((e) => (e.data as { n?: number }).n === turns.length);
      expect(again.events.map((e) => (e.data as { n: number }).n)).toEqual(turns.slice(1).map((_, i) => i + 2));
      expect((last.data as { ending: string | null }).ending).not.toBeNull();
      again.close();

      const snapshot = await call(`${server.url}/api/rooms/${roomId}`, 'GET', undefined, token);
      expect(snapshot.json.participants[0].name).toBe('<img src=x onerror=alert(1)>');
      expect(snapshot.json.room.facilitatorHash).toBeUndefined();
      // The bytes, not text(): a decoder would swallow the byte order mark.
      const csv = Buffer.from(await (await fetch(`${server.url}/api/rooms/${roomId}/export.csv`, { headers: { Authorization: `Bearer ${token}` } })).arrayBuffer());
      expect(csv.subarray(0, 8)).toEqual(Buffer.from('\uFEFFNaam;'));
      const runs = await call(`${server.url}/api/rooms/${roomId}/runs`, 'GET', undefined, token);
      expect(runs.json[0]).toMatchObject({ format: 'kanteltrainer-run', alias: '<img src=x onerror=alert(1)>', state: { status: 'finished' } });
    });

    it('gives a rejoining participant their own turns back, and nobody else anything', async () => {
      const { json: room } = await call(`${server.url}/api/rooms`, 'POST', { caseId: 'bakker', mode: 'paced' });
      const { json: anna } = await call(`${server.url}/api/rooms/join`, 'POST', { code: room.code, name: 'Anna' });
      await call(`${server.url}/api/rooms/${room.roomId}/turns`, 'POST', { n: 1, turn: { type: 'option', option: 2 } }, anna.token);
      const me = await call(`${server.url}/api/rooms/${room.roomId}/me`, 'GET', undefined, anna.token);
      expect(me.json).toMatchObject({ name: 'Anna', seed: anna.seed, mode: 'paced', gate: 1, turns: [{ type: 'option', option: 2 }] });
      // Paced: the second turn waits for the facilitator.
      const waiting = await call(`${server.url}/api/rooms/${room.roomId}/turns`, 'POST', { n: 2, turn: { type: 'option', option: 1 } }, anna.token);
      expect(waiting.status).toBe(409);
      expect(waiting.json.error).toMatch(/gespreksleider/);
      // A participant's token opens neither the facilitator's view nor another room.
      expect((await call(`${server.url}/api/rooms/${room.roomId}`, 'GET', undefined, anna.token)).status).toBe(404);
      expect((await call(`${server.url}/api/rooms/${room.roomId}`, 'PATCH', { gate: 5 }, anna.token)).status).toBe(404);
      const other = (await call(`${server.url}/api/rooms`, 'POST', { caseId: 'bakker' })).json;
      expect((await call(`${server.url}/api/rooms/${other.roomId}/me`, 'GET', undefined, anna.token)).status).toBe(404);
      expect((await call(`${server.url}/api/rooms/${room.roomId}/me`, 'GET')).status).toBe(401);
      // Deleting one's own run.
      expect((await call(`${server.url}/api/rooms/${room.roomId}/me`, 'DELETE', undefined, anna.token)).status).toBe(200);
      expect((await call(`${server.url}/api/rooms/${room.roomId}/me`, 'GET', undefined, anna.token)).status).toBe(404);
    });

    it('refuses other sites, oversized and malformed bodies, unknown cases and code guessing', async () => {
      const { json: room } = await call(`${server.url}/api/rooms`, 'POST', { caseId: 'bakker' });
      const elsewhere = await call(`${server.url}/api/rooms`, 'POST', { caseId: 'bakker' }, undefined, { Origin: 'http://evil.example' });
      expect(elsewhere.status).toBe(403);
      expect((await call(`${server.url}/api/rooms`, 'POST', { caseId: 'nergens' })).status).toBe(404);
      expect((await call(`${server.url}/api/rooms`, 'POST', { caseId: '../etc/passwd' })).status).toBe(400);
      const { json: bob } = await call(`${server.url}/api/rooms/join`, 'POST', { code: room.code, name: 'Bob' });
      const huge = await call(`${server.url}/api/rooms/${room.roomId}/turns`, 'POST', { n: 1, turn: { type: 'move', move: 'open_vraag', text: 'x'.repeat(40_000) } }, bob.token);
      expect(huge.status).toBe(413);
      const long = await call(`${server.url}/api/rooms/${room.roomId}/turns`, 'POST', { n: 1, turn: { type: 'close', text: 'x'.repeat(2001) } }, bob.token);
      expect(long.status).toBe(400);
      expect((await call(`${server.url}/api/rooms/${room.roomId}/turns`, 'POST', '{"n":', bob.token)).status).toBe(400);
      expect((await call(`${server.url}/api/rooms/join`, 'POST', { code: room.code, name: '\u0007  ' })).json.error).toBe('Vul een naam in.');
      let status = 0;
      for (let i = 0; i < 20 && status !== 429; i++) status = (await call(`${server.url}/api/rooms/join`, 'POST', { code: 'AAAAAAAA', name: `p${i}` })).status;
      expect(status).toBe(429);
    });
  });
});
