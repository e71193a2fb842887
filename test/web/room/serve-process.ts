// A room server as a process of its own, for tests of several processes on one store.
// Reads DATABASE_URL or KANTEL_DATA like npm start; prints "URL <address>" once it listens.
import { resolve } from 'node:path';
import { databaseConfig } from '../../../web/server/room/database';
import { roomServer } from './server';

try {
  // The load bench sends thousands of joins from one address: it lifts the limits, nothing else does.
  const unlimited = process.env.KANTEL_BENCH_UNLIMITED === '1';
  const limits = unlimited ? { createPerMinute: 1e6, joinPerMinute: 1e6, turnsPerRoomPerMinute: 1e6 } : undefined;
  const server = await roomServer(databaseConfig(process.env, resolve('.')), limits ? { limits } : {});
  console.log(`URL ${server.url} PID ${process.pid}`);
  process.once('SIGTERM', () => void server.close().finally(() => process.exit(0)));
} catch (error) {
  console.log(`FAILED ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
