// A room server as a process of its own, for tests of several processes on one store.
// Reads DATABASE_URL or KANTEL_DATA like npm start; prints "URL <address>" once it listens.
import { resolve } from 'node:path';
import { databaseConfig } from '../../../web/server/room/database';
import { roomServer } from './server';

try {
  const server = await roomServer(databaseConfig(process.env, resolve('.')));
  console.log(`URL ${server.url}`);
  process.once('SIGTERM', () => void server.close().finally(() => process.exit(0)));
} catch (error) {
  console.log(`FAILED ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
