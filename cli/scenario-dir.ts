import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The scenarios/ folder of this checkout: the nearest folder above this module that holds
 * scenarios/ next to package.json. Searching upward keeps it right from cli/ (tsx) and from
 * the bundled trainer in dist/tui/ alike. Imports nothing heavy, so the trainer's menu can use it.
 */
export function scenarioDir(from = fileURLToPath(import.meta.url)): string {
  for (let dir = dirname(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'scenarios')) && existsSync(join(dir, 'package.json'))) return join(dir, 'scenarios');
    if (dirname(dir) === dir) return join(dirname(dirname(from)), 'scenarios');
  }
}
