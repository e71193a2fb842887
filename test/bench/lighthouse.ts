import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { serveStatic } from '../../web/server/serve';
import { CHROMIUM, CHROMIUM_FLAGS, viteBuild } from '../web/browser';
import type { Measure } from './measure';

// Lighthouse on the case list and on a linked case, once each, when a lighthouse command is
// around (LIGHTHOUSE=/path/to/cli or `lighthouse` on PATH). It is no dependency of the project:
// it pulls in a browser toolchain, and one run says little on a busy machine (mobile simulation
// multiplies the CPU time it sees); take the median of several runs before drawing conclusions.


const PAGES = [
  ['casuslijst', ''],
  ['gesprek (#/casus/bakker)', '#/casus/bakker'],
] as const;


export async function benchLighthouse(): Promise<Measure[]> {
  const cli = process.env.LIGHTHOUSE ?? onPath('lighthouse');
  const chrome = process.env.CHROME_PATH ?? CHROMIUM;
  const missing = !cli ? 'lighthouse niet geïnstalleerd' : !existsSync(chrome) ? `${chrome} ontbreekt` : null;
  if (missing) return [{ name: 'web: Lighthouse', value: Number.NaN, unit: '', note: `niet gemeten (${missing})` }];

  const out = mkdtempSync(join(tmpdir(), 'kantel-lighthouse-'));
  try {
    await viteBuild({ KANTEL_OUT_DIR: out });
    const { server, url } = await serveStatic({ dir: out, port: 0, host: '127.0.0.1' });
    try {
      const measures: Measure[] = [];
      for (const [label, hash] of PAGES) {
        const report = JSON.parse(await run(cli!, chrome, url + hash)) as { categories: Record<string, { score: number }> };
        measures.push({ name: `web: Lighthouse prestaties, ${label}`, value: report.categories.performance!.score, unit: '(mobiel, 1 run)', target: '≥ 0.95' });
        measures.push({ name: `web: Lighthouse toegankelijkheid, ${label}`, value: report.categories.accessibility!.score, unit: '', target: '1' });
      }
      return measures;
    } finally {
      await new Promise((done) => server.close(done));
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

function run(cli: string, chrome: string, url: string): Promise<string> {
  const args = [url, '--quiet', `--chrome-flags=${CHROMIUM_FLAGS.join(' ')}`, '--only-categories=performance,accessibility', '--output=json', '--output-path=stdout'];
  return new Promise((done, fail) => {
    const child = spawn(cli, args, { env: { ...process.env, CHROME_PATH: chrome } });
    let text = '';
    let errors = '';
    child.stdout.on('data', (d) => (text += d));
    child.stderr.on('data', (d) => (errors += d));
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? done(text) : fail(new Error(`lighthouse stopped (${code}):\n${errors}`))));
  });
}

function onPath(command: string): string | undefined {
  return (process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, command)).find((file) => existsSync(file));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const m of await benchLighthouse()) console.log(`${m.name}: ${m.note ?? `${m.value} ${m.unit}`}${m.target && !m.note ? ` (doel ${m.target})` : ''}`);
}
