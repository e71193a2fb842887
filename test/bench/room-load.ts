// One load run against a room server in a process of its own: ROOMS rooms of PEOPLE participants
// post turns for SECONDS at one pace, a facilitator stream per room. Prints one JSON line.
// Usage: tsx test/bench/room-load.ts <pglite|postgres> <seconds> <mean seconds between turns>
import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Turn } from '../../engine';
import { ROOT } from '../helpers/cases';
import { optionTurns } from '../web/room/play';
import { bakker } from '../web/room/server';
import { listen } from '../web/room/sse';

const ROOMS = Number(process.env.KANTEL_BENCH_ROOMS ?? 50);
const PEOPLE = Number(process.env.KANTEL_BENCH_PEOPLE ?? 30);
const [store = 'pglite', secondsArg = '10', paceArg = '10'] = process.argv.slice(2);
const seconds = Number(secondsArg);
const pace = Number(paceArg);

// Keep-alive connections, at most this many at once: 1,500 participants opening sockets in the
// same instant would measure the kernel's listen queue, not the server.
const agent = new Agent({ keepAlive: true, maxSockets: 200 });

/** A request; a kept-alive socket the server closed meanwhile (ECONNRESET) is tried again: turns are idempotent by number. */
async function call(url: string, method: string, body?: unknown, token?: string): Promise<{ status: number; json: any }> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await once(url, method, body, token);
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

function once(url: string, method: string, body?: unknown, token?: string): Promise<{ status: number; json: any }> {
  const data = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((done, fail) => {
    const req = request(url, {
      method,
      agent,
      headers: { ...(data ? { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(data) } : {}), ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (text += d));
      res.on('end', () => {
        try {
          done({ status: res.statusCode ?? 0, json: JSON.parse(text) });
        } catch {
          done({ status: res.statusCode ?? 0, json: text });
        }
      });
    });
    req.on('error', fail);
    req.end(data);
  });
}

function startServer(env: Record<string, string>): Promise<{ url: string; pid: number; stop(): void }> {
  const child = spawn(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'test', 'web', 'room', 'serve-process.ts')], {
    cwd: ROOT,
    env: { ...process.env, KANTEL_BENCH_UNLIMITED: '1', KANTEL_DB_POOL: '20', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((done, fail) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const url = /^URL (\S+)/m.exec(out)?.[1];
      // The server's own process id (tsx runs it in a child of its own): its memory is what is measured.
      const pid = Number(/ PID (\d+)/.exec(out)?.[1]);
      if (url && pid) done({ url, pid, stop: () => child.kill('SIGTERM') });
      if (/^FAILED/m.test(out)) fail(new Error(out));
    });
    child.on('exit', (code) => fail(new Error(`server ended (${code}): ${out}`)));
  });
}

function rssMb(pid: number): number {
  try {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    return kb / 1024;
  } catch {
    return 0;
  }
}

const p99 = (values: number[]) => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))]!;
};

interface Person {
  roomId: string;
  id: string;
  token: string;
  turns: Turn[];
  n: number;
}

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'kantel-bench-'));
  const server = await startServer(store === 'postgres' ? { DATABASE_URL: process.env.DATABASE_URL ?? '' } : { DATABASE_URL: '', KANTEL_DATA: folder });
  let peak = rssMb(server.pid);
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(server.pid))), 250);
  try {
    const rooms: { roomId: string; code: string; token: string }[] = [];
    for (let r = 0; r < ROOMS; r++) rooms.push((await call(`${server.url}/api/rooms`, 'POST', { caseId: 'bakker' })).json);
    const posted = new Map<string, number>();
    const seen = new Map<string, number>();
    const eventLatency: number[] = [];
    const streams = rooms.map((room) => {
      return listen(`${server.url}/api/rooms/${room.roomId}/events?token=${room.token}`, {}, (e) => {
        const d = e.data as { type: string; participant?: string; n?: number };
        if (d.type !== 'turn') return;
        const key = `${d.participant}:${d.n}`;
        seen.set(key, (seen.get(key) ?? 0) + 1);
        const at = posted.get(key);
        if (at !== undefined) eventLatency.push(e.at - at);
      });
    });
    await Promise.all(streams.map((s) => s.opened));

    let joined = 0;
    const join = async (room: (typeof rooms)[0]): Promise<Person> => {
      const { json } = await call(`${server.url}/api/rooms/join`, 'POST', { code: room.code, name: `deelnemer ${++joined}` });
      return { roomId: room.roomId, id: json.participantId, token: json.token, turns: optionTurns(bakker, json.seed, (_p, n) => 1 + ((joined + n) % 3)), n: 0 };
    };
    const people: Person[] = [];
    for (const room of rooms) people.push(...(await Promise.all(Array.from({ length: PEOPLE }, () => join(room)))));

    const acceptLatency: number[] = [];
    let accepted = 0;
    let refused = 0;
    const t0 = performance.now();
    const end = t0 + seconds * 1000;
    const loop = async (person: Person): Promise<void> => {
      let p = person;
      // Spread the first turns over one interval, as a group that does not click in step.
      await new Promise((r) => setTimeout(r, Math.min(Math.random() * pace * 1000, seconds * 1000)));
      while (performance.now() < end) {
        // A finished run: the same seat joins again as a new participant, so the load goes on.
        if (p.n >= p.turns.length) p = await join(rooms.find((r) => r.roomId === p.roomId)!);
        const n = p.n + 1;
        const key = `${p.id}:${n}`;
        const start = performance.now();
        posted.set(key, start);
        const answer = await call(`${server.url}/api/rooms/${p.roomId}/turns`, 'POST', { n, turn: p.turns[n - 1] }, p.token);
        // 200 is the same turn again after a retry: the first attempt got through.
        if (answer.status === 201 || answer.status === 200) {
          accepted++;
          acceptLatency.push(performance.now() - start);
          p.n = n;
        } else {
          refused++;
          posted.delete(key);
        }
        // No pause past the end: the rate is over the time turns were posted, not a trailing wait.
        await new Promise((r) => setTimeout(r, Math.max(0, Math.min(pace * 1000 * (0.5 + Math.random()), end - performance.now()))));
      }
    };
    await Promise.all(people.map(loop));
    const elapsed = (performance.now() - t0) / 1000;
    // Whatever is still on its way to the streams gets a moment.
    const settle = performance.now();
    while ([...posted.keys()].some((k) => !seen.has(k)) && performance.now() - settle < 5000) await new Promise((r) => setTimeout(r, 100));
    const lostEvents = [...posted.keys()].filter((k) => !seen.has(k)).length;
    const duplicateEvents = [...seen.values()].filter((c) => c > 1).length;
    // What the store holds: every accepted turn once, numbered 1..k per participant.
    let stored = 0;
    let gaps = 0;
    for (const room of rooms) {
      const { json } = await call(`${server.url}/api/rooms/${room.roomId}`, 'GET', undefined, room.token);
      for (const person of json.participants as { turns: { n: number }[] }[]) {
        stored += person.turns.length;
        if (person.turns.some((t, i) => t.n !== i + 1)) gaps++;
      }
    }
    for (const s of streams) s.close();
    console.log(JSON.stringify({
      store, seconds: elapsed, pace, rooms: ROOMS, people: ROOMS * PEOPLE,
      turnsPerSecond: accepted / elapsed, intendedPerSecond: (ROOMS * PEOPLE) / pace, acceptP99: p99(acceptLatency), eventP99: p99(eventLatency),
      rssMb: peak, accepted, stored, refused, lostEvents, duplicateEvents, gaps,
    }));
  } finally {
    clearInterval(sampler);
    server.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

await main();
process.exit(0);
