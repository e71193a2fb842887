// The gate every request passes (web/server/serve.ts, site-guard.ts, replies.ts), against a real
// server on a free port: DNS rebinding, foreign origins, wrong content types, unknown API paths,
// and clients that send a request slowly.
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { serveStatic, type ApiHandler } from '../../web/server/serve';
import { siteGuard } from '../../web/server/site-guard';
import { rawRequest, stall } from './http-raw';

let open: Server | undefined;
afterEach(() => new Promise<void>((done) => {
  if (!open) return done();
  open.closeAllConnections();
  open.close(() => done());
  open = undefined;
}));

/** A server with a page and one endpoint that counts what reached it. */
async function site(host = '127.0.0.1'): Promise<{ port: number; reached: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'kt-gate-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Kanteltrainer</title>');
  const reached: string[] = [];
  const api: ApiHandler = (req, res, path) => {
    if (path !== '/api/echo') return false;
    reached.push(`${req.method} ${req.headers.host}`);
    req.resume();
    req.on('end', () => res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"ok":true}'));
    return true;
  };
  const { server } = await serveStatic({ dir, port: 0, host, api });
  open = server;
  return { port: (server.address() as AddressInfo).port, reached };
}

const post = (port: number, headers: Record<string, string>) =>
  rawRequest(port, '/api/echo', { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: '{}' });

describe('the server answers only to its own names (DNS rebinding)', () => {
  it('serves 127.0.0.1, localhost and [::1] on its port, and refuses any other Host with 421 and a Dutch JSON reason', async () => {
    const { port } = await site();
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`, `[::1]:${port}`]) {
      expect((await rawRequest(port, '/', { headers: { Host: host } })).status, host).toBe(200);
    }
    for (const host of [`evil.example:${port}`, 'evil.example', `127.0.0.1:${port + 1}`, `127.0.0.1.evil.example:${port}`, `192.0.2.7:${port}`, '', `127.0.0.1:${port}@evil`]) {
      const answer = await rawRequest(port, '/', { headers: { Host: host } });
      expect(answer.status, host).toBe(421);
      expect(answer.headers['content-type']).toContain('application/json');
      expect(JSON.parse(answer.body).error).toContain('adres hoort niet bij deze Kanteltrainer');
      expect(answer.body).not.toContain('<title>');
    }
  });

  it('does not let a rebound page reach the API, even when its Origin matches the Host it sends', async () => {
    const { port, reached } = await site();
    const attack = await post(port, { Host: `evil.example:${port}`, Origin: `http://evil.example:${port}` });
    expect(attack.status).toBe(421);
    expect(reached).toEqual([]);
  });

  it('on the network (HOST=0.0.0.0) also answers to this machine\'s own addresses, and still to no other name', async () => {
    const { port } = await site('0.0.0.0');
    const lan = Object.values(networkInterfaces()).flat().find((i) => i && i.family === 'IPv4' && !i.internal)?.address;
    if (lan) expect((await rawRequest(port, '/', { headers: { Host: `${lan}:${port}` } })).status).toBe(200);
    expect((await rawRequest(port, '/', { headers: { Host: `127.0.0.1:${port}` } })).status).toBe(200);
    expect((await rawRequest(port, '/', { headers: { Host: `evil.example:${port}` } })).status).toBe(421);
  });

  it('knows a LAN address that appears after the start, an extra name when given, and no LAN address on loopback', () => {
    let addresses = ['192.168.1.20'];
    const lan = siteGuard({ bind: '0.0.0.0', port: 4173, interfaces: () => addresses, extraNames: ['Trainer.Local'] });
    expect(lan.hostAllowed('192.168.1.20:4173')).toBe(true);
    expect(lan.hostAllowed('trainer.local:4173')).toBe(true);
    expect(lan.hostAllowed('192.168.1.20:4174')).toBe(false);
    expect(lan.hostAllowed('10.0.0.9:4173')).toBe(false);
    addresses = ['10.0.0.9'];
    expect(lan.hostAllowed('10.0.0.9:4173')).toBe(false); // looked up again only after a pause, so a flood of names costs nothing
    const loopback = siteGuard({ bind: '127.0.0.1', port: 80, interfaces: () => ['192.168.1.20'] });
    expect(loopback.hostAllowed('192.168.1.20')).toBe(false);
    expect(loopback.hostAllowed('localhost')).toBe(true);
  });
});

describe('a request that changes something must come from the trainer itself, as JSON', () => {
  it('compares Origin with the server\'s own origins, scheme and port included', async () => {
    const { port, reached } = await site();
    const host = `127.0.0.1:${port}`;
    for (const origin of [`http://evil.example:${port}`, `https://127.0.0.1:${port}`, `http://127.0.0.1:${port + 1}`, 'null', `http://127.0.0.1:${port}/pad`]) {
      const answer = await post(port, { Host: host, Origin: origin });
      expect(answer.status, origin).toBe(403);
      expect(JSON.parse(answer.body).error).toContain('pagina\'s van deze trainer');
    }
    expect(reached).toEqual([]);
    for (const origin of [`http://127.0.0.1:${port}`, `http://localhost:${port}`]) expect((await post(port, { Host: host, Origin: origin })).status).toBe(200);
    expect((await post(port, { Host: host })).status).toBe(200); // no Origin: not a browser
  });

  it('refuses a body that is not JSON with 415, before any endpoint sees it', async () => {
    const { port, reached } = await site();
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonp']) {
      const answer = await post(port, { 'Content-Type': type });
      expect(answer.status, type).toBe(415);
      expect(JSON.parse(answer.body).error).toContain('application/json');
    }
    const none = await rawRequest(port, '/api/echo', { method: 'POST', body: '{}' });
    expect(none.status).toBe(415);
    expect(reached).toEqual([]);
    // Without a body there is nothing to check (a DELETE, an empty POST).
    expect((await rawRequest(port, '/api/echo', { method: 'DELETE' })).status).toBe(200);
    expect((await post(port, { 'Content-Type': 'Application/JSON; charset=utf-8' })).status).toBe(200);
  });
});

describe('answers under /api/ and errors', () => {
  it('answers an unknown /api/ path with 404 JSON, not the app\'s page', async () => {
    const { port } = await site();
    for (const path of ['/api/bestaat-niet', '/api/model/onbekend', '/api/']) {
      const answer = await rawRequest(port, path);
      expect(answer.status, path).toBe(404);
      expect(answer.headers['content-type']).toContain('application/json');
      expect(JSON.parse(answer.body)).toEqual({ error: 'Dit API-adres bestaat niet.' });
    }
  });

  it('sends nosniff and a content security policy with every answer, errors included', async () => {
    const { port } = await site();
    const answers = [
      await rawRequest(port, '/'),
      await rawRequest(port, '/casus/bakker'),
      await rawRequest(port, '/api/health'),
      await rawRequest(port, '/api/bestaat-niet'),
      await rawRequest(port, '/bestaat-niet.js'),
      await rawRequest(port, '/', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }),
      await rawRequest(port, '/%E0%A4%A'),
      await rawRequest(port, '/', { headers: { Host: 'evil.example' } }),
      await post(port, { 'Content-Type': 'text/plain' }),
    ];
    for (const answer of answers) {
      expect(answer.headers['x-content-type-options'], `${answer.status} ${answer.body.slice(0, 40)}`).toBe('nosniff');
      expect(answer.headers['content-security-policy'], `${answer.status}`).toMatch(/default-src '(self|none)'/);
      expect(answer.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    }
    expect(answers[0]!.headers['content-security-policy']).toContain("script-src 'self'");
    expect(answers[2]!.headers['content-security-policy']).toContain("default-src 'none'");
  });
});

describe('a client that sends slowly', () => {
  it('is cut off after about ten seconds, whether it stalls in the headers or in the body (Node waits 300 s by default)', async () => {
    const { port } = await site();
    const [body, headers] = await Promise.all([
      stall(port, `POST /api/echo HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"a":`),
      stall(port, `GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nX-Langzaam: `),
    ]);
    for (const result of [body, headers]) {
      expect(result.closedAfterMs).toBeGreaterThanOrEqual(9_000);
      expect(result.closedAfterMs).toBeLessThan(14_000);
    }
    expect(body.answer).toMatch(/^HTTP\/1\.1 408/);
  }, 30_000);
});
