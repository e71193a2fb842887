import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { DatabaseConfig } from '../../web/server/room/database';

// Both stores the room code runs on. PGlite needs nothing; PostgreSQL needs DATABASE_URL
// (`.ci/with-postgres.sh` starts a throwaway server and sets it; `.ci/run` does so for CI).

export const POSTGRES_URL = process.env.DATABASE_URL?.trim() || null;
export const POSTGRES_MISSING = 'overgeslagen: geen DATABASE_URL; draai met .ci/with-postgres.sh';

export interface TestStore {
  name: 'PGlite' | 'PostgreSQL';
  available: boolean;
  /** A store of its own for one test file; `drop` removes it. */
  fresh(): Promise<{ config: DatabaseConfig; drop(): Promise<void> }>;
}

export const STORES: TestStore[] = [
  {
    name: 'PGlite',
    available: true,
    fresh: async () => {
      const folder = mkdtempSync(join(tmpdir(), 'kantel-pglite-'));
      return { config: { kind: 'pglite', folder }, drop: async () => rmSync(folder, { recursive: true, force: true }) };
    },
  },
  {
    name: 'PostgreSQL',
    available: POSTGRES_URL !== null,
    fresh: async () => {
      const name = `kantel_test_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: POSTGRES_URL! });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const url = new URL(POSTGRES_URL!);
      url.pathname = `/${name}`;
      return {
        config: { kind: 'postgres', url: url.toString() },
        drop: async () => {
          const c = new pg.Client({ connectionString: POSTGRES_URL! });
          await c.connect();
          await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
          await c.end();
        },
      };
    },
  },
];

export function storeTitle(store: TestStore, title: string): string {
  return store.available ? `${title} (${store.name})` : `${title} (${store.name}, ${POSTGRES_MISSING})`;
}
