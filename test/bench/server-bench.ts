import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start, step, type Scenario } from '../../engine';
import { loadFile, ROOT, SCENARIOS } from '../helpers/cases';
import { viteBuild } from '../web/browser';
import { load, type LoadResult } from './load';
import type { Measure } from './measure';

// The web server as `npm run serve` starts it, under 200 concurrent keep-alive connections on
// loopback: a static file, the model's reading of a sentence and a voiced reply (both against a
// stand-in model that answers at once, so the figures are the server's own), and the server's
// memory after start and at its peak. The rate limit is raised for the run; it is still checked.

const CONNECTIONS = 200;
const SECONDS = Number(process.env.KANTEL_BENCH_SECONDS ?? 8);

export async function benchServer(): Promise<Measure[]> {
  const site = mkdtempSync(join(tmpdir(), 'kantel-server-bench-'));
  const data = mkdtempSync(join(tmpdir(), 'kantel-server-data-'));
  const children: ChildProcess[] = [];
  try {
    await viteBuild({ KANTEL_OUT_DIR: site });
    const model = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'fake-model.ts')], { cwd: ROOT });
    children.push(model);
    const modelPort = (await firstLine(model, /^(\d+)$/m))[1];
    const startServer = async () => {
      const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'web', 'server', 'start.ts'), '--no-build'], {
        cwd: ROOT,
        env: {
          PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', HOST: '127.0.0.1', KANTEL_OUT_DIR: site, KANTEL_DATA: data,
          OPENAI_API_KEY: 'sk-bench', OPENAI_BASE_URL: `http://127.0.0.1:${modelPort}/v1`, KANTELTRAINER_MODEL_RETRIES: '0', KANTELTRAINER_MODEL_PER_MINUTE: '1000000000',
        },
      });
      children.push(child);
      const address = (await firstLine(child, /draait op (http:\/\/\S+)/))[1]!;
      await new Promise((done) => setTimeout(done, 1_000));
      return { child, address, rss: memory(child.pid!, 'VmRSS') };
    };
    // The first start creates the group rooms' database in its folder; later starts open it.
    const first = await startServer();
    await new Promise((done) => {
      first.child.once('exit', done);
      first.child.kill('SIGINT');
    });
    const { child: server, address: url, rss: rssAfterStart } = await startServer();

    const bakker: Scenario = loadFile(join(SCENARIOS, 'bakker.yaml'), 'bakker.yaml');
    const entry = readdirSync(join(site, 'assets')).find((f) => /^index-.*\.js$/.test(f))!;
    const json = { 'Content-Type': 'application/json', Origin: new URL(url).origin };
    const pointId = bakker.start ?? Object.keys(bakker.points)[0]!;
    const turns = runOf(bakker, 6);
    const results: [string, LoadResult][] = [];
    results.push(['static (entry script, brotli)', await load({ url: `${url}assets/${entry}`, headers: { 'Accept-Encoding': 'br, gzip' } }, { connections: CONNECTIONS, durationMs: SECONDS * 1000 })]);
    results.push(['POST /api/model/read', await load({ url: `${url}api/model/read`, method: 'POST', headers: json, body: () => JSON.stringify({ text: 'Hoe gaat het nu met u?', caseId: 'bakker', pointId }) }, { connections: CONNECTIONS, durationMs: SECONDS * 1000 })]);
    results.push([`POST /api/model/voice (${turns.length} turns)`, await load({ url: `${url}api/model/voice`, method: 'POST', headers: json, body: () => JSON.stringify({ caseId: 'bakker', seed: 0, turns }) }, { connections: CONNECTIONS, durationMs: SECONDS * 1000 })]);
    const rssPeak = memory(server.pid!, 'VmHWM');

    const measures: Measure[] = [
      { name: 'server: memory after first start (RSS)', value: first.rss / 1024, unit: 'MB (new data folder)' },
      { name: 'server: memory after start (RSS)', value: rssAfterStart / 1024, unit: 'MB' },
    ];
    for (const [name, r] of results) {
      measures.push({ name: `server: ${name}`, value: r.perSecond, unit: `req/s, p50 ${r.p50.toFixed(0)} ms, p99 ${r.p99.toFixed(0)} ms, ${r.errors} errors in ${r.requests.toLocaleString('en-US')} (${CONNECTIONS} connections)${r.examples.length ? ` [${r.examples.join('; ')}]` : ''}` });
    }
    measures.push({ name: 'server: peak memory under load (RSS)', value: rssPeak / 1024, unit: 'MB' });
    return measures;
  } finally {
    for (const child of children) child.kill();
    rmSync(site, { recursive: true, force: true });
    rmSync(data, { recursive: true, force: true });
  }
}

/** The turns of a run that takes the first option `count` times (or until the case ends). */
function runOf(scenario: Scenario, count: number): { type: 'option'; option: number }[] {
  let state = start(scenario).state;
  const turns: { type: 'option'; option: number }[] = [];
  while (turns.length < count && state.status === 'active') {
    const turn = { type: 'option' as const, option: 1 };
    state = step(scenario, state, turn).state;
    turns.push(turn);
  }
  return turns;
}

/** A line of /proc/<pid>/status in KB (Linux). */
function memory(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) : Number.NaN;
}

function firstLine(child: ChildProcess, pattern: RegExp): Promise<RegExpExecArray> {
  return new Promise((done, fail) => {
    let text = '';
    const read = (d: Buffer) => {
      text += d.toString();
      const match = pattern.exec(text);
      if (match) done(match);
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.on('exit', (code) => fail(new Error(`stopped (${code}) before it was ready:\n${text}`)));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const m of await benchServer()) console.log(`${m.name.padEnd(44)} ${m.value.toFixed(1).padStart(10)} ${m.unit}`);
}
