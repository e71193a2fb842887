#!/usr/bin/env node
// Bundles the interactive trainer into dist/tui/ with esbuild, so its first frame appears
// fast (one file to load instead of tsx compiling hundreds of modules). The bundle is rebuilt
// whenever a file under cli/, node/ or engine/ (or package-lock.json) is newer than it, so it is
// never stale and needs no manual step; `npm install`/`npm ci` build it up front (prepare).
import { existsSync, lstatSync, mkdirSync, renameSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newest } from '../node/newest.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT_DIR = join(ROOT, 'dist', 'tui');
export const BUNDLE = join(OUT_DIR, 'tui.mjs');
const WATCHED = [join(ROOT, 'cli'), join(ROOT, 'node'), join(ROOT, 'engine'), join(ROOT, 'package-lock.json')];

export function bundleIsFresh() {
  if (!existsSync(BUNDLE)) return false;
  const built = statSync(BUNDLE).mtimeMs;
  return WATCHED.every((path) => newest(path) <= built);
}

/** The bundle's path, built first if missing or stale; undefined when esbuild is not installed or the build fails. */
export async function ensureBundle() {
  if (bundleIsFresh()) return BUNDLE;
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    return undefined;
  }
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  const temporary = `${OUT_DIR}-${process.pid}.tmp`;
  const old = `${OUT_DIR}-${process.pid}.old`;
  try {
    await esbuild.build({
      entryPoints: { tui: join(ROOT, 'cli', 'tui', 'bundle-entry.tsx') },
      outdir: temporary,
      // The menu is drawn from the first file; the engine (zod, classifier) arrives in a chunk just after.
      splitting: true,
      chunkNames: 'chunk-[hash]',
      outExtension: { '.js': '.mjs' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      jsx: 'automatic',
      minify: true,
      legalComments: 'none',
      logLevel: 'silent',
      alias: { 'react-devtools-core': join(ROOT, 'cli', 'tui', 'devtools-stub.js') },
      // fetch: undefined makes Ink's layout engine (yoga) decode its inlined wasm directly instead of
      // loading Node's fetch implementation for a data: URL; nothing else in the trainer fetches.
      define: { 'process.env.NODE_ENV': '"production"', fetch: 'undefined' },
      // Bundled CommonJS (react) still calls require() for Node's own modules.
      banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    });
    linkScenarios();
    // Swap the folder whole, so a start never sees half a bundle.
    if (existsSync(OUT_DIR)) renameSync(OUT_DIR, old);
    renameSync(temporary, OUT_DIR);
    rmSync(old, { recursive: true, force: true });
    return BUNDLE;
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    if (bundleIsFresh()) return BUNDLE; // another start finished the same build first
    process.stderr.write(`De terminaltrainer kon niet gebundeld worden; hij start nu langzamer via tsx.\n${error.message ?? error}\n`);
    return undefined;
  }
}

/**
 * node/case-files.ts finds the cases at ../scenarios from its own module; in the bundle that
 * module sits in dist/tui/, so dist/scenarios points back to the real folder.
 */
function linkScenarios() {
  const link = join(ROOT, 'dist', 'scenarios');
  try {
    lstatSync(link);
  } catch {
    symlinkSync(join('..', 'scenarios'), link, 'dir');
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const bundle = await ensureBundle();
  if (!bundle) process.stderr.write('Geen bundel gemaakt (esbuild ontbreekt?); interactief spelen werkt via tsx.\n');
}
