import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { viteBuild } from '../web/browser';
import type { Measure } from './measure';

// What a browser downloads before the case list appears: the entry script and every chunk the
// page preloads, gzipped (level 9, as a static host would serve them). Lazy chunks (one per case,
// the classifier) are reported beside it.


const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

export async function benchWeb(): Promise<Measure[]> {
  const out = mkdtempSync(join(tmpdir(), 'kantel-web-size-'));
  try {
    await viteBuild({ KANTEL_OUT_DIR: out });
    return measureSite(out);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

export function measureSite(dir: string): Measure[] {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const first = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*\shref="\.?\/?([^"]+\.css)"/g)].map((m) => m[1]!);
  const firstSet = new Set(first);
  const lazy = readdirSync(join(dir, 'assets')).filter((f) => f.endsWith('.js') && !firstSet.has(`assets/${f}`));
  const lazyGz = lazy.map((f) => ({ f, size: gz(join(dir, 'assets', f)) }));
  const classifier = lazyGz.filter((x) => x.f.startsWith('classifier'));
  const worker = classifier.filter((x) => x.f.startsWith('classifier-worker'));
  const onPage = classifier.filter((x) => !worker.includes(x));
  const opening = lazyGz.filter((x) => /^(engine|Conversation|Debrief)-/.test(x.f));
  const cases = lazyGz.filter((x) => !classifier.includes(x) && !opening.includes(x));
  return [
    { name: 'web: first-load JS (gzip)', value: kb(first.reduce((n, f) => n + gz(join(dir, f)), 0)), unit: 'KB', target: '≤ 110 KB' },
    { name: 'web: CSS (gzip)', value: kb(css.reduce((n, f) => n + gz(join(dir, f)), 0)), unit: 'KB' },
    { name: 'web: engine and screens, loaded on opening a case (gzip)', value: kb(opening.reduce((n, x) => n + x.size, 0)), unit: 'KB' },
    { name: 'web: largest case chunk, loaded on opening (gzip)', value: kb(Math.max(0, ...cases.map((x) => x.size))), unit: 'KB' },
    { name: 'web: move reader worker, loaded when a conversation opens (gzip)', value: kb(worker.reduce((n, x) => n + x.size, 0)), unit: 'KB' },
    { name: 'web: move reader on the page, loaded only where no worker starts (gzip)', value: kb(onPage.reduce((n, x) => n + x.size, 0)), unit: 'KB' },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const m of await benchWeb()) console.log(`${m.name}: ${m.value} ${m.unit}${m.target ? ` (doel ${m.target})` : ''}`);
}
