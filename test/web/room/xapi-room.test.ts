// Issue 17: a run played in a group room reaches the LRS stand-in with the room and its
// facilitator in the statements' context, in order.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORES, storeTitle } from '../../helpers/databases';
import { lrsSender } from '../../../web/server/xapi/lrs';
import { statementQueue, type StatementQueue } from '../../../web/server/xapi/queue';
import { runRecorder } from '../../../web/server/xapi/recorder';
import { registrationOf, roomTurnRecorder } from '../../../web/server/xapi/rooms';
import { startLrs, VERB, type LrsStandIn } from '../lrs-stand-in';
import { optionTurns } from './play';
import { bakker, call, roomServer } from './server';

const pglite = STORES.filter((s) => s.name === 'PGlite');

describe.each(pglite)('xAPI from a group room', (kind) => {
  describe.skipIf(!kind.available)(storeTitle(kind, 'statements with the room in their context'), () => {
    let server: Awaited<ReturnType<typeof roomServer>>;
    let drop: () => Promise<void>;
    let lrs: LrsStandIn;
    let queue: StatementQueue;
    beforeAll(async () => {
      const fresh = await kind.fresh();
      drop = fresh.drop;
      lrs = await startLrs();
      const dir = mkdtempSync(join(tmpdir(), 'kantel-xapi-room-'));
      queue = statementQueue({ dir, sender: lrsSender({ endpoint: lrs.url, username: 'k', password: 'g' }), retry: { first: 20, most: 100 } });
      const recorder = runRecorder({ dir, queue, findScenario: (id) => (id === 'bakker' ? bakker : undefined), base: 'https://kanteltrainer.invalid/xapi', typedText: false });
      server = await roomServer(fresh.config, { onTurn: roomTurnRecorder(recorder, 'https://leren.example.nl') });
    }, 60_000);
    afterAll(async () => {
      queue?.stop();
      await server?.close();
      await lrs?.close();
      await drop?.();
    });

    it('sends each participant\'s run, with the room and the facilitator', async () => {
      const { json: room } = await call(`${server.url}/api/rooms`, 'POST', { caseId: 'bakker', mode: 'self' });
      const { json: anna } = await call(`${server.url}/api/rooms/join`, 'POST', { code: room.code, name: 'Anna' });
      const turns = optionTurns(bakker, anna.seed);
      for (const [i, turn] of turns.entries()) {
        expect((await call(`${server.url}/api/rooms/${room.roomId}/turns`, 'POST', { n: i + 1, turn }, anna.token)).status).toBe(201);
      }
      await expect.poll(() => lrs.received.length, { timeout: 10_000 }).toBe(1 + turns.length + 2);
      await queue.idle();
      expect(lrs.received.map(VERB)).toEqual(['initialized', ...turns.map(() => 'answered'), 'completed', 'terminated']);
      const first = lrs.received[0] as unknown as { actor: { name: string }; context: { registration: string; instructor: { name: string }; extensions: Record<string, { id: string; naam: string }> } };
      expect(first.actor.name).toBe('Anna');
      expect(first.context.registration).toBe(registrationOf(anna.participantId));
      expect(first.context.instructor.name).toBe('Gespreksleider');
      expect(first.context.extensions['https://kanteltrainer.invalid/xapi/extensions/groepsruimte']).toEqual({ id: room.roomId, naam: room.code });
    });
  });
});
