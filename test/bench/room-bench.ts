import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/cases';
import type { Measure } from './measure';

// The group room under load: 50 rooms × 30 participants on loopback, each posting turns at a
// realistic pace (one per ~10 s) and faster (one per ~1 s), with a facilitator stream per room,
// on PGlite and on PostgreSQL side by side. KANTEL_BENCH_ROOM_SECONDS sets how long each run
// posts (default 10; the figures in the closing note are from 60).
// PostgreSQL: DATABASE_URL, or a throwaway server from .ci/with-postgres.sh when Debian's is installed.

interface LoadResult {
  store: string;
  pace: number;
  people: number;
  turnsPerSecond: number;
  intendedPerSecond: number;
  acceptP99: number;
  eventP99: number;
  rssMb: number;
  accepted: number;
  stored: number;
  lostEvents: number;
  duplicateEvents: number;
  gaps: number;
}

const hasPostgres = () => !!process.env.DATABASE_URL || (existsSync('/usr/lib/postgresql') && readdirSync('/usr/lib/postgresql').length > 0);

function run(store: 'pglite' | 'postgres', seconds: number, pace: number): Promise<LoadResult | string> {
  const load = [process.execPath, join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'test', 'bench', 'room-load.ts'), store, String(seconds), String(pace)];
  const [command, ...args] = store === 'postgres' && !process.env.DATABASE_URL ? [join(ROOT, '.ci', 'with-postgres.sh'), ...load] : load;
  return new Promise((done) => {
    const child = spawn(command!, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', () => {
      const line = out.trim().split('\n').find((l) => l.startsWith('{'));
      done(line ? (JSON.parse(line) as LoadResult) : `mislukt: ${(err || out).trim().split('\n').slice(-3).join(' ')}`);
    });
  });
}

export async function benchRooms(): Promise<Measure[]> {
  const seconds = Number(process.env.KANTEL_BENCH_ROOM_SECONDS ?? 10);
  const measures: Measure[] = [];
  const stores = hasPostgres() ? (['pglite', 'postgres'] as const) : (['pglite'] as const);
  if (!hasPostgres()) measures.push({ name: 'rooms on PostgreSQL', value: 0, unit: '', note: 'overgeslagen: geen DATABASE_URL en geen postgresql geïnstalleerd' });
  for (const pace of [10, 1]) {
    for (const store of stores) {
      const r = await run(store, seconds, pace);
      const label = `rooms ${store === 'pglite' ? 'PGlite' : 'PostgreSQL'}, a turn per ~${pace} s`;
      if (typeof r === 'string') {
        measures.push({ name: label, value: 0, unit: '', note: r });
        continue;
      }
      measures.push({
        name: label,
        value: r.turnsPerSecond,
        unit: `turns/s accepted of ~${r.intendedPerSecond.toFixed(0)}/s the pace asks for (${r.people} participants, ${seconds} s); p99 accept ${r.acceptP99.toFixed(0)} ms (doel ≤ 50), p99 post→facilitator ${r.eventP99.toFixed(0)} ms (doel ≤ 250); server RSS ${r.rssMb.toFixed(0)} MB; ${r.accepted} accepted, ${r.stored} stored, ${r.lostEvents} lost, ${r.duplicateEvents} duplicated, ${r.gaps} runs with gaps`,
      });
    }
  }
  return measures;
}
