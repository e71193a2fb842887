import { networkInterfaces } from 'node:os';
import type { Scenario } from '../../../engine';
import type { ApiHandler } from '../serve';
import { openDatabase, type Database, type DatabaseConfig } from './database';
import { NOTIFY_CHANNEL } from './events';
import { RoomHub } from './hub';
import { ReplayCache } from './replay';
import { roomApi, type RoomApiOptions } from './routes';
import { roomStore, type RoomStore } from './store';

// Rooms on this server: the database opened and migrated, the live hub listening, expired
// rooms cleared on start and every hour after.

export const DEFAULT_KEEP_DAYS = 30;

export interface RoomService {
  api: ApiHandler;
  store: RoomStore;
  database: Database;
  hub: RoomHub;
  /** Tells the service where it listens, for the QR code (known once the server is up). */
  listening(host: string, port: number): void;
  /** Where participants can reach this server; no addresses when it listens on loopback only. */
  network(): { host: string; port: number; addresses: string[] };
  close(): Promise<void>;
}

export interface RoomServiceOptions {
  database: DatabaseConfig;
  findScenario(id: string): Scenario | undefined;
  keepDays?: number;
  now?: () => Date;
  limits?: RoomApiOptions['limits'];
  onTurn?: RoomApiOptions['onTurn'];
}

/** KANTEL_KEEP_DAYS: how long a room is kept; a bad value is refused with a message, not guessed at. */
export function keepDaysFrom(env: NodeJS.ProcessEnv): number {
  const raw = env.KANTEL_KEEP_DAYS?.trim();
  if (!raw) return DEFAULT_KEEP_DAYS;
  const days = Number(raw);
  if (!Number.isFinite(days) || days <= 0 || days > 3650) {
    throw new Error(`KANTEL_KEEP_DAYS="${raw}" is geen geldig aantal dagen; geef een getal van 1 tot en met 3650 (standaard ${DEFAULT_KEEP_DAYS}).`);
  }
  return days;
}

export async function openRooms(options: RoomServiceOptions): Promise<RoomService> {
  const database = await openDatabase(options.database);
  const now = options.now ?? (() => new Date());
  const store = roomStore(database.db, new ReplayCache());
  const hub = new RoomHub(store.eventsAfter);
  await database.listen(NOTIFY_CHANNEL, (payload) => hub.notified(payload));
  await store.purgeExpired(now());
  const purge = setInterval(() => void store.purgeExpired(now()).catch(() => undefined), 3_600_000);
  purge.unref();
  let where = { host: '127.0.0.1', port: 0 };
  const network = () => ({ ...where, addresses: lanAddresses(where.host) });
  const api = roomApi({
    store,
    hub,
    now,
    findScenario: options.findScenario,
    keepDays: options.keepDays ?? DEFAULT_KEEP_DAYS,
    limits: options.limits,
    ...(options.onTurn ? { onTurn: options.onTurn } : {}),
    network,
  });
  return {
    api,
    store,
    database,
    hub,
    network,
    listening: (host, port) => void (where = { host, port }),
    close: async () => {
      clearInterval(purge);
      await database.close();
    },
  };
}

/** The addresses others on the network can use: none when the server listens on loopback only. */
function lanAddresses(host: string): string[] {
  if (host !== '0.0.0.0' && host !== '::') return isLoopback(host) ? [] : [host];
  return Object.values(networkInterfaces())
    .flat()
    .filter((i): i is NonNullable<typeof i> => !!i && !i.internal && (i.family === 'IPv4' || host === '::'))
    .map((i) => (i.family === 'IPv6' ? `[${i.address}]` : i.address));
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host.startsWith('127.') || host === '::1';
}
