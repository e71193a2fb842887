import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scenarioDir } from '../scenario-dir';

// The menu's first frame, painted from a cache before Ink has even loaded. Ink draws exactly
// this frame a moment later (the cache is Ink's own rendering of the menu, made on an earlier
// start); the painted lines are wiped just before, so the trainee only sees the menu appear
// fast. Only the bundled trainer uses this: the cache lives next to the bundle (dist/tui/frames)
// and goes with it when the bundle is rebuilt. Imports nothing but Node, to stay quick to load.

const HERE = fileURLToPath(import.meta.url);
const ENABLED = /[\\/]dist[\\/]tui[\\/][^\\/]+\.mjs$/.test(HERE);
const FRAMES = join(dirname(HERE), 'frames');

/** What the frame depends on: terminal size, colour settings, and the case files. */
export function frameKey(columns: number, rows: number): string {
  const env = ['NO_COLOR', 'FORCE_COLOR', 'TERM', 'COLORTERM', 'CI'].map((k) => process.env[k] ?? '').join('|');
  const dir = scenarioDir();
  let newest = 0;
  try {
    for (const name of readdirSync(dir)) newest = Math.max(newest, statSync(join(dir, name)).mtimeMs);
  } catch {
    newest = -1;
  }
  return `menu-${columns}x${rows}-${hash(`${env}|${dir}|${newest}`)}`;
}

function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}

/** Paints the cached frame if there is one for this terminal; returns how many lines it took (0: nothing painted). */
export function paintCachedFrame(stream: NodeJS.WriteStream): number {
  if (!ENABLED || !stream.isTTY || !stream.columns || !stream.rows) return 0;
  let frame: string;
  try {
    frame = readFileSync(join(FRAMES, `${frameKey(stream.columns, stream.rows)}.txt`), 'utf8');
  } catch {
    return 0;
  }
  const lines = frame.split('\n').length;
  if (lines >= stream.rows) return 0; // it would scroll, and could not be wiped cleanly
  stream.write(`${frame}\n`);
  return lines;
}

/** Moves back over the painted lines and clears them, right before Ink draws. */
export function wipePainted(stream: NodeJS.WriteStream, lines: number): void {
  if (lines > 0) stream.write(`\u001b[${lines}A\r\u001b[J`);
}

/** Keeps Ink's rendering of the menu for the next start (and drops frames for other keys). */
export function storeFrame(columns: number, rows: number, frame: string): void {
  if (!ENABLED) return;
  const name = `${frameKey(columns, rows)}.txt`;
  try {
    mkdirSync(FRAMES, { recursive: true });
    for (const old of readdirSync(FRAMES)) if (old !== name) rmSync(join(FRAMES, old), { force: true });
    writeFileSync(join(FRAMES, name), frame);
  } catch {
    // A cache only; starting stays correct without it.
  }
}
