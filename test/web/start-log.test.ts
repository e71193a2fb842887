import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cases';

// `npm run serve` as a facilitator starts it: what it prints and what /api/health tells anyone on
// the network must not give away a token that sits in OPENAI_BASE_URL.

let child: ChildProcess | undefined;
afterEach(() => {
  child?.kill();
  child = undefined;
});

function serve(env: Record<string, string>): Promise<{ log: string; url: string }> {
  const site = mkdtempSync(join(tmpdir(), 'kt-start-'));
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>t</title>');
  const started = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'web', 'server', 'start.ts'), '--no-build'], {
    cwd: ROOT, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', KANTEL_OUT_DIR: site, PORT: '0', ...env },
  });
  child = started;
  return new Promise((done, fail) => {
    let log = '';
    const read = (d: Buffer) => {
      log += d.toString();
      const url = /draait op (http:\/\/\S+)/.exec(log)?.[1];
      if (url && log.includes('Taalmodel')) done({ log, url });
    };
    started.stdout!.on('data', read);
    started.stderr!.on('data', read);
    started.on('exit', (code) => fail(new Error(`server stopped (${code}):\n${log}`)));
  });
}

describe('the start log and /api/health', () => {
  it('show of OPENAI_BASE_URL only scheme and host: no user, password, path or query', async () => {
    const { log, url } = await serve({
      OPENAI_API_KEY: 'sk-test-SLEUTEL-0123',
      OPENAI_BASE_URL: 'https://gebruiker:GEHEIM-1@proxy.example:8443/v1/GEHEIM-2/?key=GEHEIM-3',
    });
    const health = await (await fetch(new URL('api/health', url))).text();
    for (const shown of [log, health]) {
      expect(shown).toContain('gpt-4o-mini via https://proxy.example:8443 (time-out 20 s)');
      expect(shown).not.toMatch(/GEHEIM|gebruiker|SLEUTEL|\/v1/);
    }
  }, 30_000);
});
