// A stand-in LMS for the SCORM tests: a page that holds scorm-again's SCORM 1.2 runtime as
// window.API and frames the package, served with the extracted package on a free loopback port.
import { createServer, type Server } from 'node:http';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { ROOT } from '../helpers/cases';

/** Reads a zip's central directory and writes every file under `dir` (our writer's subset: stored or deflated). */
export function unzipTo(archive: Buffer, dir: string): string[] {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('no end of central directory');
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    if (archive.readUInt32LE(at) !== 0x02014b50) throw new Error('bad central header');
    const method = archive.readUInt16LE(at + 10);
    const size = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const extra = archive.readUInt16LE(at + 30);
    const comment = archive.readUInt16LE(at + 32);
    const offset = archive.readUInt32LE(at + 42);
    const name = archive.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const localName = archive.readUInt16LE(offset + 26);
    const localExtra = archive.readUInt16LE(offset + 28);
    const body = archive.subarray(offset + 30 + localName + localExtra, offset + 30 + localName + localExtra + size);
    const data = method === 8 ? inflateRawSync(body) : body;
    const target = join(dir, ...name.split('/'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, data);
    names.push(name);
    at += 46 + nameLength + extra + comment;
  }
  return names;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.xml': 'application/xml', '.json': 'application/json' };

const LMS_PAGE = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Test-LMS</title>
<script src="/scorm12.js"></script></head><body><h1>Test-LMS</h1></body></html>`;

/** Serves / (the LMS page), /scorm12.js (scorm-again) and /pakket/… (the extracted package). */
export function serveLms(packageDir: string): Promise<{ server: Server; url: string }> {
  const runtime = readFileSync(join(ROOT, 'node_modules', 'scorm-again', 'dist', 'scorm12.js'));
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === '/') return void res.writeHead(200, { 'content-type': TYPES['.html']! }).end(LMS_PAGE);
    if (path === '/scorm12.js') return void res.writeHead(200, { 'content-type': TYPES['.js']! }).end(runtime);
    if (path.startsWith('/pakket/')) {
      const file = normalize(join(packageDir, path.slice('/pakket/'.length)));
      if (file.startsWith(packageDir + sep)) {
        let body: Buffer | null = null;
        try {
          body = readFileSync(file);
        } catch {
          /* not found below */
        }
        if (body) return void res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
      }
    }
    res.writeHead(404).end();
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    done({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
  }));
}
