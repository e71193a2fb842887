import { createReadStream, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

// A small static server for the built trainer. It binds to loopback unless told otherwise,
// serves only files under its folder, and is the one place a model key would ever be read.

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

const HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy': "default-src 'self'; script-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
};

/** Answers the requests under /api/ it knows (true), or leaves them to the static files (false). */
export type ApiHandler = (req: IncomingMessage, res: ServerResponse, path: string) => boolean;

export interface ServeOptions {
  dir: string;
  port: number;
  host: string;
  /** The model endpoints (web/server/model-api.ts); without it the server is static only. */
  api?: ApiHandler;
}

export function serveStatic({ dir, port, host, api }: ServeOptions): Promise<{ server: Server; url: string }> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const requested = new URL(req.url ?? '/', 'http://x').pathname;
    if (api && requested.startsWith('/api/') && api(req, res, requested)) return;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (path === '/api/health') {
      res.writeHead(200, { 'Content-Type': 'application/json', ...HEADERS }).end('{"ok":true,"mode":"scripted"}');
      return;
    }
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    const found = fileAt(file) ?? (extname(path) === '' ? fileAt(join(root, 'index.html')) : undefined);
    if (!found) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...HEADERS }).end('Niet gevonden');
      return;
    }
    const immutable = found.file.includes(`${sep}assets${sep}`);
    const sent = compressed(found.file, req.headers['accept-encoding']) ?? { ...found, encoding: undefined };
    const head = () => res.writeHead(200, {
      'Content-Type': TYPES[extname(found.file)] ?? 'application/octet-stream',
      'Content-Length': sent.size,
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      // A cache between here and the browser must not hand the brotli copy to a browser that asked for plain.
      Vary: 'Accept-Encoding',
      ...(sent.encoding ? { 'Content-Encoding': sent.encoding } : {}),
      ...HEADERS,
    });
    if (req.method === 'HEAD') {
      head();
      res.end();
      return;
    }
    // The file may disappear (a new build) between the check above and the read: the headers wait
    // until the file is open, and a failing read never reaches the server as an unhandled error.
    const stream = createReadStream(sent.file);
    stream.once('open', () => {
      head();
      stream.pipe(res);
    });
    stream.on('error', (error: NodeJS.ErrnoException) => {
      stream.unpipe(res);
      if (!res.headersSent) {
        const gone = error.code === 'ENOENT' || error.code === 'ENOTDIR';
        res
          .writeHead(gone ? 404 : 500, { 'Content-Type': 'text/plain; charset=utf-8', ...HEADERS })
          .end(gone ? 'Niet gevonden' : 'Het bestand kon niet worden gelezen');
      } else {
        res.destroy();
      }
    });
    // A browser that goes away mid-file releases the file.
    res.once('close', () => stream.destroy());
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      const shown = host.includes(':') ? `[${host}]` : host;
      done({ server, url: `http://${shown}:${actual}/` });
    });
  });
}

// The build writes these beside each text file (web/build/compress-plugin.ts); brotli is smaller, so it goes first.
const ENCODINGS = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;

function compressed(file: string, header: string | undefined): { file: string; size: number; encoding: string } | undefined {
  if (!header) return undefined;
  const allowed = acceptedEncodings(header);
  for (const { encoding, suffix } of ENCODINGS) {
    if (!allowed(encoding)) continue;
    const found = fileAt(file + suffix);
    if (found) return { ...found, encoding };
  }
  return undefined;
}

/** Reads an Accept-Encoding header; `gzip;q=0` and `*;q=0` refuse, as the HTTP spec says. */
export function acceptedEncodings(header: string): (encoding: string) => boolean {
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [raw, ...params] = part.toLowerCase().split(';');
    const name = raw!.trim();
    if (!name) continue;
    const q = params.map((p) => /^\s*q\s*=\s*([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    weights.set(name, q === undefined ? 1 : Number(q));
  }
  return (encoding) => {
    const weight = weights.get(encoding) ?? weights.get('*');
    return weight !== undefined && weight > 0;
  };
}

function fileAt(file: string): { file: string; size: number } | undefined {
  try {
    const stat = statSync(file);
    return stat.isFile() ? { file, size: stat.size } : undefined;
  } catch {
    return undefined;
  }
}
