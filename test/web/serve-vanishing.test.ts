import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../web/server/serve';

// A file that disappears between the server's check and its read (`npm run build` while
// `npm run serve` runs) must not take the server down. The test removes the file in a second
// 'request' listener: it runs right after the server's own handler has checked the file and
// before the read stream opens it (streams open on a later tick), so the race is deterministic.

interface Answer {
  status?: number;
  body: string;
  error?: string;
}

function get(url: string): Promise<Answer> {
  return new Promise((done) => {
    const req = request(url, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => done({ status: res.statusCode, body }));
      res.on('error', (e) => done({ status: res.statusCode, body, error: e.message }));
      res.on('aborted', () => done({ status: res.statusCode, body, error: 'aborted' }));
    });
    req.on('error', (e) => done({ body: '', error: e.message }));
    req.end();
  });
}

describe('static server: a file that disappears between check and read', () => {
  let dir: string;
  let server: Server;
  let url: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kt-vanish-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>x</title>');
    writeFileSync(join(dir, 'blijft.txt'), 'hallo');
    ({ server, url } = await serveStatic({ dir, port: 0, host: '127.0.0.1' }));
    server.on('request', (req) => {
      if (req.url === '/weg.txt') unlinkSync(join(dir, 'weg.txt'));
      if (req.url === '/map.txt') {
        unlinkSync(join(dir, 'map.txt'));
        mkdirSync(join(dir, 'map.txt'));
      }
    });
  });

  afterAll(async () => {
    await new Promise((done) => server.close(done));
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers 404 in Dutch when the file is removed after the check, and keeps serving', async () => {
    writeFileSync(join(dir, 'weg.txt'), 'x'.repeat(1 << 20));
    const gone = await get(`${url}weg.txt`);
    expect(gone.status).toBe(404);
    expect(gone.body).toBe('Niet gevonden');
    const next = await get(`${url}blijft.txt`);
    expect(next).toEqual({ status: 200, body: 'hallo' });
  });

  it('ends the response when the read fails after the headers went out, and keeps serving', async () => {
    // Replaced by a folder: opening succeeds, reading fails (EISDIR).
    writeFileSync(join(dir, 'map.txt'), 'y'.repeat(1000));
    const broken = await get(`${url}map.txt`);
    expect(broken.body.length).toBeLessThan(1000);
    const next = await get(`${url}blijft.txt`);
    expect(next).toEqual({ status: 200, body: 'hallo' });
  });
});
