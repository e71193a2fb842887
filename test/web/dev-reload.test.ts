// `npm run dev` as a case writer uses it, in real Chromium: edit a case's YAML and the open page
// reloads with the change; break it and the page names the file and line to fix.
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cases';
import { HAS_CHROMIUM, launch } from './browser';

function freePort(): Promise<number> {
  return new Promise((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

describe.skipIf(!HAS_CHROMIUM)('npm run dev', () => {
  let dev: ChildProcess | undefined;
  let browser: Browser;
  let page: Page;
  let url = '';
  const cases = join(mkdtempSync(join(tmpdir(), 'kantel-dev-')), 'scenarios');
  const bakkerFile = join(cases, 'bakker.yaml');

  beforeAll(async () => {
    mkdirSync(cases);
    for (const name of ['bakker.yaml', 'lokaal.yaml']) copyFileSync(join(ROOT, 'scenarios', name), join(cases, name));
    const port = await freePort();
    const env: NodeJS.ProcessEnv = { ...process.env, KANTEL_SCENARIO_DIR: cases };
    for (const key of Object.keys(env)) if (key.startsWith('VITEST') || key === 'NODE_ENV') delete env[key];
    dev = spawn(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { cwd: ROOT, env });
    url = `http://127.0.0.1:${port}/`;
    let output = '';
    await new Promise<void>((ready, fail) => {
      dev!.stdout!.on('data', (d) => {
        output += d;
        if (output.includes(String(port))) ready();
      });
      dev!.on('close', (code) => fail(new Error(`vite stopped (${code}):\n${output}`)));
    });
    browser = await launch();
    page = await (await browser.newContext()).newPage();
    page.setDefaultTimeout(30_000);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    dev?.kill();
  });

  it('reloads a changed case, and shows a broken one with its file and line', { timeout: 120_000 }, async () => {
    await page.goto(url);
    await page.locator('.card h2', { hasText: 'Sinds Ria er niet meer is' }).waitFor();
    const original = readFileSync(bakkerFile, 'utf8');
    writeFileSync(bakkerFile, original.replace('title: "Sinds Ria er niet meer is"', 'title: "Ria is er niet meer"'));
    await page.locator('.card h2', { hasText: 'Ria is er niet meer' }).waitFor();

    const lines = original.split('\n');
    const at = lines.findIndex((l) => l.startsWith('title:'));
    lines.splice(at + 1, 0, 'moeilijkheid: basis');
    writeFileSync(bakkerFile, lines.join('\n'));
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(`bakker.yaml:${at + 2}`);
    expect(await page.locator('.card h2', { hasText: 'Ria' }).count()).toBe(0);
  });
});
