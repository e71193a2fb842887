import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { takeLock } from './lock';
import { migrate, type ScriptRunner } from './migrate';
import { schema } from './schema';

// One interface over the two stores: PGlite (Postgres in WebAssembly, in a data folder, the
// default) and a PostgreSQL server (DATABASE_URL). Same schema, same migrations, same queries.

export type RoomDb = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  kind: 'pglite' | 'postgres';
  db: RoomDb;
  /** Calls `onNotify` with each payload sent on `channel` by any process on this database. */
  listen(channel: string, onNotify: (payload: string) => void): Promise<void>;
  close(): Promise<void>;
}

export type DatabaseConfig = { kind: 'pglite'; folder: string } | { kind: 'postgres'; url: string };

/** DATABASE_URL picks a PostgreSQL server; otherwise PGlite in KANTEL_DATA (default: data/ in the checkout). */
export function databaseConfig(env: NodeJS.ProcessEnv, root: string): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  if (url) return { kind: 'postgres', url };
  return { kind: 'pglite', folder: resolve(root, env.KANTEL_DATA?.trim() || 'data') };
}

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  return config.kind === 'postgres' ? openPostgres(config.url) : openPglite(config.folder);
}

async function openPglite(folder: string): Promise<Database> {
  mkdirSync(folder, { recursive: true });
  const release = takeLock(join(folder, 'server.lock'), folder);
  try {
    const [{ PGlite }, { drizzle }] = await Promise.all([import('@electric-sql/pglite'), import('drizzle-orm/pglite')]);
    const client = new PGlite(join(folder, 'pglite'));
    await client.waitReady;
    const run: ScriptRunner = (script, name) =>
      client.transaction(async (tx) => {
        const done = await tx.query('SELECT 1 FROM kantel_migrations WHERE name = $1', [name]);
        if (done.rows.length > 0) return;
        await tx.exec(script);
        await tx.query('INSERT INTO kantel_migrations (name, applied_at) VALUES ($1, now())', [name]);
      });
    await client.exec('CREATE TABLE IF NOT EXISTS kantel_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL)');
    await migrate(run);
    return {
      kind: 'pglite',
      db: drizzle(client, { schema }) as unknown as RoomDb,
      listen: async (channel, onNotify) => void (await client.listen(channel, onNotify)),
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

async function openPostgres(url: string): Promise<Database> {
  const [{ default: pg }, { drizzle }] = await Promise.all([import('pg'), import('drizzle-orm/node-postgres')]);
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.KANTEL_DB_POOL ?? 10) });
  const listeners: InstanceType<typeof pg.Client>[] = [];
  let closing = false;
  try {
    const run: ScriptRunner = async (script, name) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        // Two servers starting at once: one applies, the other waits and then finds it done.
        await client.query('SELECT pg_advisory_xact_lock(4711016)');
        const done = await client.query('SELECT 1 FROM kantel_migrations WHERE name = $1', [name]);
        if (done.rows.length === 0) {
          await client.query(script);
          await client.query('INSERT INTO kantel_migrations (name, applied_at) VALUES ($1, now())', [name]);
        }
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    };
    await pool.query('CREATE TABLE IF NOT EXISTS kantel_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL)').catch(async (error) => {
      // Two servers creating the table at the same moment: the loser sees a duplicate; the table is there.
      if (!String(error).includes('duplicate key')) throw error;
    });
    await migrate(run);
  } catch (error) {
    await pool.end();
    throw error;
  }
  return {
    kind: 'postgres',
    db: drizzle(pool, { schema }) as unknown as RoomDb,
    listen: async (channel, onNotify) => {
      // LISTEN needs a connection of its own that stays open; a pooled one would be handed back.
      // Should it drop (a database restart), it is opened again, and an empty payload tells the
      // listener to catch up on whatever it missed meanwhile.
      const connect = async (): Promise<void> => {
        const client = new pg.Client({ connectionString: url });
        client.on('notification', (message) => {
          if (message.channel === channel && message.payload !== undefined) onNotify(message.payload);
        });
        let again = false;
        const reconnect = () => {
          if (again || closing) return;
          again = true;
          setTimeout(() => void connect().then(() => onNotify(''), reconnect), 1000).unref();
        };
        client.on('error', reconnect);
        client.on('end', reconnect);
        await client.connect();
        await client.query(`LISTEN ${channel}`);
        listeners.push(client);
      };
      await connect();
    },
    close: async () => {
      closing = true;
      await Promise.all(listeners.map((c) => c.end().catch(() => undefined)));
      await pool.end();
    },
  };
}
