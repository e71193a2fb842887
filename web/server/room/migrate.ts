import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Migrations are plain SQL files, applied once each, in file-name order, inside a transaction.

const FOLDER = fileURLToPath(new URL('./migrations/', import.meta.url));

/** Applies one script unless its name is recorded as applied, and records it, in one transaction. */
export type ScriptRunner = (script: string, name: string) => Promise<void>;

export async function migrate(run: ScriptRunner): Promise<void> {
  for (const name of readdirSync(FOLDER).filter((f) => f.endsWith('.sql')).sort()) {
    await run(readFileSync(FOLDER + name, 'utf8'), name);
  }
}
