// When a source tree last changed: the newest modification time of a file or folder below
// `path` (0 when it does not exist). Both built faces (the terminal bundle, the web site) use it
// to rebuild only when something is newer than the build. Plain JS so build-tui.js can run
// before any TypeScript tooling is loaded.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function newest(path) {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let max = stat.mtimeMs;
  for (const name of readdirSync(path)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    max = Math.max(max, newest(join(path, name)));
  }
  return max;
}
