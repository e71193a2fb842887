// Time from process start to the trainer's first frame in a real (pseudo)terminal.
// `script` gives the command a terminal (100×40); this process reads the terminal's output and
// stops the clock when the menu's heading appears. The bundled trainer paints the menu from a
// frame cache before Ink loads, and Ink then draws the same frame; both moments are reported.
// Exported for test/bench/run.ts; run alone:
//   node_modules/.bin/tsx test/bench/first-frame.ts
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../helpers/cases';

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  target?: string;
}

const MARKER = 'Kies een casus';
const RUNS = 7;

interface Timing {
  /** Seconds until the marker first shows. */
  first: number;
  /** Seconds until the last drawing of it (Ink's own frame when a cached one was painted first). */
  ink: number;
}

/** Runs `command` in a terminal, times the marker's appearances, then tells the trainer to stop. */
export function timeFrames(command: string, marker = MARKER, timeoutMs = 30_000): Promise<Timing> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn('script', ['-qfec', `stty cols 100 rows 40; exec ${command}`, '/dev/null'], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let seen = '';
    const times: number[] = [];
    let settled = false;
    let exited = false;
    child.once('exit', () => (exited = true));
    const timer = setTimeout(() => stop(), timeoutMs);
    function stop() {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      const report = () => {
        if (times.length === 0) reject(new Error(`no frame within ${timeoutMs} ms: ${JSON.stringify(seen.slice(-300))}`));
        else resolve({ first: times[0]!, ink: times.at(-1)! });
      };
      if (exited) return report();
      child.once('exit', report);
      child.stdin.write('q');
      setTimeout(() => child.kill('SIGTERM'), 300).unref();
    }
    child.stdout.on('data', (chunk: Buffer) => {
      const now = (performance.now() - t0) / 1000;
      seen += chunk.toString('utf8');
      const count = seen.split(marker).length - 1;
      while (times.length < count) times.push(now);
      if (times.length >= 2) stop();
      else if (times.length === 1) setTimeout(stop, 1500); // no second drawing: nothing was painted early
    });
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function benchFirstFrame(): Promise<BenchResult[]> {
  if (spawnSync('script', ['--version']).status !== 0) {
    console.warn('first-frame bench skipped: `script` (util-linux) is not installed');
    return [];
  }
  const bin = `node ${join(ROOT, 'cli', 'bin.js')} play --out /tmp/kanteltrainer-bench`;
  const bare = `node -e "console.log('${MARKER}')"`;
  await timeFrames(bin); // builds the bundle if a source changed, and stores the frame cache
  const first: number[] = [];
  const ink: number[] = [];
  const node: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = await timeFrames(bin);
    first.push(t.first);
    ink.push(t.ink);
    node.push((await timeFrames(bare)).first); // interleaved, so both see the same machine load
  }
  return [
    { name: 'trainer first frame (kanteltrainer play), median of 7', value: round(median(first)), unit: 's', target: '≤ 0.30' },
    { name: 'trainer drawn by Ink and taking keys, median of 7', value: round(median(ink)), unit: 's' },
    { name: 'bare node printing the same heading, median of 7', value: round(median(node)), unit: 's' },
  ];
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await benchFirstFrame()) console.log(`${r.name}: ${r.value} ${r.unit}${r.target ? ` (doel ${r.target})` : ''}`);
}
