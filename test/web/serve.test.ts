import { readdirSync, readFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders, type Server } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptedEncodings, serveStatic } from '../../web/server/serve';
import { buildFixtureSite, HAS_CHROMIUM, launch } from './browser';

// What a browser gets from `npm start`: the built files compressed when it accepts that, the
// same bytes after decompression, plain otherwise; and a link to a case asks for the case's
// chunks at once instead of after the entry script.

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

function get(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((done, fail) => {
    const req = request(url, { method, headers }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (d: Buffer) => parts.push(d));
      res.on('end', () => done({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(parts) }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('static server', () => {
  let site: string;
  let server: Server;
  let url: string;
  let entry: string;
  let css: string;

  beforeAll(async () => {
    site = await buildFixtureSite();
    ({ server, url } = await serveStatic({ dir: site, port: 0, host: '127.0.0.1' }));
    const assets = readdirSync(join(site, 'assets'));
    entry = assets.find((f) => /^index-.*\.js$/.test(f))!;
    css = assets.find((f) => f.endsWith('.css'))!;
  }, 120_000);

  afterAll(() => new Promise((done) => (server ? server.close(done) : done(undefined))));

  it('sends brotli or gzip to a browser that accepts it, the same bytes once unpacked', async () => {
    for (const file of [entry, css]) {
      const plain = readFileSync(join(site, 'assets', file));
      const br = await get(`${url}assets/${file}`, { 'Accept-Encoding': 'gzip, deflate, br' });
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.headers.vary).toMatch(/Accept-Encoding/);
      expect(Number(br.headers['content-length'])).toBe(br.body.length);
      expect(br.body.length).toBeLessThan(plain.length / 2);
      expect(brotliDecompressSync(br.body).equals(plain)).toBe(true);

      const gz = await get(`${url}assets/${file}`, { 'Accept-Encoding': 'gzip' });
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(Number(gz.headers['content-length'])).toBe(gz.body.length);
      expect(gunzipSync(gz.body).equals(plain)).toBe(true);
    }
  });

  it('sends plain bytes when compression is not accepted or refused', async () => {
    const plain = readFileSync(join(site, 'assets', entry));
    const variants: Record<string, string>[] = [{}, { 'Accept-Encoding': 'identity' }, { 'Accept-Encoding': 'gzip;q=0, br;q=0' }];
    for (const headers of variants) {
      const answer = await get(`${url}assets/${entry}`, headers);
      expect(answer.headers['content-encoding']).toBeUndefined();
      expect(answer.headers.vary).toMatch(/Accept-Encoding/);
      expect(Number(answer.headers['content-length'])).toBe(plain.length);
      expect(answer.body.equals(plain)).toBe(true);
    }
  });

  it('answers HEAD with the length of the body a GET would get', async () => {
    for (const encoding of ['br', 'gzip', '']) {
      const headers: Record<string, string> = encoding ? { 'Accept-Encoding': encoding } : {};
      const head = await get(`${url}assets/${entry}`, headers, 'HEAD');
      const body = await get(`${url}assets/${entry}`, headers);
      expect(head.body.length).toBe(0);
      expect(head.headers['content-length']).toBe(String(body.body.length));
      expect(head.headers['content-encoding']).toBe(body.headers['content-encoding']);
    }
  });

  it('reads Accept-Encoding weights', () => {
    const accepts = acceptedEncodings('gzip;q=0.5, br;q=0, *;q=0.1');
    expect(accepts('gzip')).toBe(true);
    expect(accepts('br')).toBe(false);
    expect(accepts('deflate')).toBe(true);
    expect(acceptedEncodings('*;q=0')('gzip')).toBe(false);
    expect(acceptedEncodings('GZIP')('gzip')).toBe(true);
  });

  describe.skipIf(!HAS_CHROMIUM)('a link to a case in Chromium', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launch();
    }, 60_000);
    afterAll(() => browser?.close());

    const chunk = (name: string) => new RegExp(`/assets/${name}-[\\w-]+\\.js$`);
    const CASE_CHUNKS = ['engine', 'Conversation', 'Debrief', 'bakker'];

    it('asks for the case and the engine without waiting for the entry script', async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      // With the entry script refused, only the page itself can have asked for these.
      await page.route(chunk('index'), (route) => route.abort());
      const asked = Promise.all(CASE_CHUNKS.map((name) => page.waitForRequest(chunk(name))));
      await page.goto(`${url}#/casus/bakker`);
      expect((await asked).length).toBe(CASE_CHUNKS.length);
      await context.close();
    });

    it('runs under the server\'s content security policy: a whole conversation, typed turn and debrief without one violation', async () => {
      const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      const problems: string[] = [];
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`));
      });
      page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
      page.on('pageerror', (e) => problems.push(String(e)));
      const answer = await page.goto(`${url}#/casus/bakker`);
      expect(answer!.headers()['content-security-policy']).toContain("script-src 'self'");
      expect(answer!.headers()['content-security-policy']).not.toContain('unsafe');
      await page.getByRole('heading', { level: 1, name: 'Gesprek met Henk Bakker' }).waitFor();
      await page.getByLabel('Of zeg het in je eigen woorden').fill('Wie helpt u nu met de boodschappen?');
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: 'Klopt, zeg het' }).click();
      const debrief = page.getByRole('heading', { name: /Nabespreking/ });
      for (let turn = 0; turn < 30 && !(await debrief.isVisible()); turn++) {
        const first = page.locator('fieldset.options button').first();
        if (await first.isVisible()) await first.click();
        else await page.waitForTimeout(100);
      }
      await debrief.waitFor();
      expect(await page.locator('svg[role="img"] rect.chart-bar').count()).toBeGreaterThan(0);
      expect(problems).toEqual([]);
      await context.close();
    }, 60_000);

    it('opens a linked case, and shows the list without loading any case', async () => {
      for (const [address, heading, wanted] of [
        [`${url}#/casus/bakker`, 'Gesprek met Henk Bakker', true],
        [url, 'Kies een casus', false],
      ] as const) {
        const context = await browser.newContext();
        const page = await context.newPage();
        const requested: string[] = [];
        const failed: string[] = [];
        page.on('request', (r) => requested.push(r.url()));
        page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
        page.on('pageerror', (e) => failed.push(String(e)));
        await page.goto(address);
        await page.getByRole('heading', { level: 1, name: heading }).waitFor();
        expect(failed).toEqual([]);
        for (const name of CASE_CHUNKS) expect(requested.some((u) => chunk(name).test(u))).toBe(wanted);
        await context.close();
      }
    });
  });
});
