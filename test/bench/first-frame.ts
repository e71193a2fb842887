// Time from process start to the trainer's first frame in a real (pseudo)terminal.
// `script` gives the command a terminal; this process reads the terminal's output and stops
// the clock when the menu's heading appears. Exported for test/bench/run.ts; run alone:
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

/** Seconds from spawn until `marker` is on the terminal; the trainer is then told to stop. */
export function timeFirstFrame(command: string, marker = MARKER, timeoutMs = 15_000): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn('script', ['-qfec', `stty cols 100 rows 40; exec ${command}`, '/dev/null'], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', COLUMNS: '100', LINES: '40' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let seen = '';
    let done = false;
    const timer = setTimeout(() => finish(new Error(`no first frame within ${timeoutMs} ms: ${seen.slice(-300)}`)), timeoutMs);
    function finish(result: number | Error) {
      if (done) return;
      done = true;
      clearTimeout(timer);
      child.stdin.write('q');
      setTimeout(() => child.kill('SIGTERM'), 300);
      child.once('exit', () => (typeof result === 'number' ? resolve(result) : reject(result)));
    }
    child.stdout.on('data', (chunk: Buffer) => {
      seen += chunk.toString('utf8');
      if (seen.includes(marker)) finish((performance.now() - t0) / 1000);
    });
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function benchFirstFrame(): Promise<BenchResult[]> {
  const bin = `node ${join(ROOT, 'cli', 'bin.js')} play --out /tmp/kanteltrainer-bench`;
  await timeFirstFrame(bin); // builds the bundle if a source changed, and warms the disk cache
  const bundled: number[] = [];
  for (let i = 0; i < RUNS; i++) bundled.push(await timeFirstFrame(bin));
  const bare = spawnSync('bash', ['-c', 'time -p node -e 0'], { encoding: 'utf8' });
  const nodeOnly = Number(/real\s+([\d.]+)/.exec(bare.stderr)?.[1] ?? NaN);
  const viaTsx = await timeFirstFrame(`node ${join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs')} ${join(ROOT, 'cli', 'main.ts')} play --out /tmp/kanteltrainer-bench`);
  return [
    { name: 'trainer first frame (kanteltrainer play, bundled), median of 7', value: round(median(bundled)), unit: 's', target: '≤ 0.30' },
    { name: 'trainer first frame, fastest of 7', value: round(Math.min(...bundled)), unit: 's' },
    { name: 'bare node -e 0 on this machine now', value: round(nodeOnly), unit: 's' },
    { name: 'trainer first frame through tsx (unbundled), one run', value: round(viaTsx), unit: 's' },
  ];
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await benchFirstFrame()) console.log(`${r.name}: ${r.value} ${r.unit}${r.target ? ` (doel ${r.target})` : ''}`);
}
