import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/cases';
import { STORES, storeTitle } from '../../helpers/databases';
import { call } from './server';
import { listen } from './sse';

const children: ChildProcess[] = [];

/** Starts serve-process.ts; resolves with its URL, or with the message it failed with. */
function startServer(env: Record<string, string>): Promise<{ url?: string; failed?: string; pid?: number; child: ChildProcess }> {
  const child = spawn(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'test', 'web', 'room', 'serve-process.ts')], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return new Promise((done, fail) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const url = /^URL (\S+)/m.exec(out)?.[1];
      const failed = /^FAILED (.+)$/m.exec(out)?.[1];
      // The server's own process id: tsx runs it in a child of its own, and a SIGKILL is not passed on.
      const pid = Number(/ PID (\d+)/.exec(out)?.[1]);
      if (url && pid) done({ url, pid, child });
      if (failed) done({ failed, child });
    });
    child.stderr!.on('data', (d) => (out += d));
    child.on('exit', (code) => fail(new Error(`server ended (${code}): ${out}`)));
  });
}

afterAll(() => {
  for (const child of children) child.kill('SIGTERM');
});

const [pglite, postgres] = STORES as [(typeof STORES)[0], (typeof STORES)[0]];

describe.skipIf(!postgres.available)(storeTitle(postgres, 'two server processes on one database'), () => {
  it('shows a participant who joins and plays on process A to the facilitator watching on process B', async () => {
    const { config, drop } = await postgres.fresh();
    if (config.kind !== 'postgres') throw new Error('expected postgres');
    try {
      const [a, b] = await Promise.all([startServer({ DATABASE_URL: config.url }), startServer({ DATABASE_URL: config.url })]);
      expect(a.url && b.url).toBeTruthy();
      const { json: room } = await call(`${a.url}/api/rooms`, 'POST', { caseId: 'bakker' });
      const stream = listen(`${b.url}/api/rooms/${room.roomId}/events?token=${room.token}`);
      await stream.opened;
      const { json: anna } = await call(`${a.url}/api/rooms/join`, 'POST', { code: room.code, name: 'Anna' });
      await stream.until((e) => (e.data as { type: string }).type === 'joined');
      const posted = performance.now();
      expect((await call(`${a.url}/api/rooms/${room.roomId}/turns`, 'POST', { n: 1, turn: { type: 'option', option: 1 } }, anna.token)).status).toBe(201);
      const turn = await stream.until((e) => (e.data as { type: string }).type === 'turn', 5000);
      expect(turn.data).toMatchObject({ participant: anna.participantId, n: 1 });
      expect(turn.at - posted).toBeLessThan(5000);
      // And the other way round: a turn taken through B, the facilitator's pace set on A, both reach a view on A.
      const onA = listen(`${a.url}/api/rooms/${room.roomId}/events?token=${room.token}`, { 'Last-Event-ID': String(turn.id) });
      await call(`${b.url}/api/rooms/${room.roomId}/turns`, 'POST', { n: 2, turn: { type: 'option', option: 1 } }, anna.token);
      await onA.until((e) => (e.data as { n?: number }).n === 2);
      stream.close();
      onA.close();
    } finally {
      await drop();
    }
  }, 90_000);
});

describe(storeTitle(pglite, 'two server processes on one data folder'), () => {
  it('refuses the second with a Dutch message while the first runs', async () => {
    const { config, drop } = await pglite.fresh();
    if (config.kind !== 'pglite') throw new Error('expected pglite');
    const first = await startServer({ KANTEL_DATA: config.folder, DATABASE_URL: '' });
    expect(first.url).toBeTruthy();
    const second = await startServer({ KANTEL_DATA: config.folder, DATABASE_URL: '' }).catch((e: Error) => ({ failed: e.message }));
    expect(second.failed).toMatch(/is al in gebruik door een andere Kanteltrainer-server/);
    first.child.kill('SIGTERM');
    await drop();
  }, 90_000);
});

/** Waits until a server process has ended. */
const ended = (child: ChildProcess) => new Promise<void>((done) => (child.exitCode !== null || child.signalCode !== null ? done() : child.once('exit', () => done())));

describe.each([
  ['SIGTERM', 'stopped'],
  ['SIGKILL', 'killed mid-session'],
] as const)('a server process %s and started again', (signal, how) => {
  for (const kind of [pglite, postgres]) {
    it.skipIf(!kind.available)(`${storeTitle(kind, `keeps the room, the participant and every turn when ${how}`)}`, async () => {
      const { config, drop } = await kind.fresh();
      const env: Record<string, string> = config.kind === 'postgres' ? { DATABASE_URL: config.url } : { KANTEL_DATA: config.folder, DATABASE_URL: '' };
      try {
        const first = await startServer(env);
        const { json: room } = await call(`${first.url}/api/rooms`, 'POST', { caseId: 'bakker' });
        const { json: anna } = await call(`${first.url}/api/rooms/join`, 'POST', { code: room.code, name: 'Anna' });
        for (const n of [1, 2, 3]) expect((await call(`${first.url}/api/rooms/${room.roomId}/turns`, 'POST', { n, turn: { type: 'option', option: 1 } }, anna.token)).status).toBe(201);
        process.kill(first.pid!, signal);
        await ended(first.child);

        const second = await startServer(env);
        expect(second.url, second.failed).toBeTruthy();
        const { json: snapshot } = await call(`${second.url}/api/rooms/${room.roomId}`, 'GET', undefined, room.token);
        expect(snapshot.participants.map((p: { name: string; turns: unknown[] }) => [p.name, p.turns.length])).toEqual([['Anna', 3]]);
        // Anna's phone carries on where it was: turn 4 is taken, turn 3 again is the same turn, not a new one.
        expect((await call(`${second.url}/api/rooms/${room.roomId}/turns`, 'POST', { n: 3, turn: { type: 'option', option: 1 } }, anna.token)).status).toBe(200);
        expect((await call(`${second.url}/api/rooms/${room.roomId}/turns`, 'POST', { n: 4, turn: { type: 'option', option: 1 } }, anna.token)).status).toBe(201);
        second.child.kill('SIGTERM');
        await ended(second.child);
      } finally {
        await drop();
      }
    }, 120_000);
  }
});
