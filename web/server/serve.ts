import { createReadStream, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { API_HEADERS, PAGE_HEADERS, refuse, sendJson, sendsJson } from './replies';
import { siteGuard, type SiteGuard } from './site-guard';

// A small static server for the built trainer. It binds to loopback unless told otherwise,
// serves only files under its folder, and is the one place a model key would ever be read.
// Every request passes the same gate first: the Host must name this server; under /api/ a
// request that changes something must come from this server's own pages and send JSON.

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

/**
 * A request must arrive whole within these times, so a client that trickles its headers or body
 * cannot hold a connection (Node's own default is 300 s). Streamed answers are not limited by it.
 */
export const REQUEST_LIMITS = { headersTimeout: 10_000, requestTimeout: 10_000, connectionsCheckingInterval: 1_000 } as const;

/** Answers the requests under /api/ it knows (true), or leaves them to the server (false: 404). */
export type ApiHandler = (req: IncomingMessage, res: ServerResponse, path: string) => boolean;

export interface ServeOptions {
  dir: string;
  port: number;
  host: string;
  /** The model endpoints (web/server/model-api.ts); without it the server is static only. */
  api?: ApiHandler;
  /** Names besides this machine's own addresses the server may be reached by (KANTELTRAINER_HOSTS). */
  extraHosts?: readonly string[];
}

export const NL_SERVER = {
  wrongHost: 'Dit adres hoort niet bij deze Kanteltrainer. Open de trainer via het adres dat bij het starten werd getoond.',
  foreignOrigin: 'Alleen de pagina\'s van deze trainer zelf mogen dit verzoek doen.',
  notJson: 'Stuur de gegevens als JSON (Content-Type: application/json).',
  unknownApi: 'Dit API-adres bestaat niet.',
  badPath: 'Dit adres kan niet gelezen worden.',
  onlyGet: 'Alleen GET en HEAD.',
  notFound: 'Niet gevonden',
} as const;

const UNSAFE = (method: string | undefined) => method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS';

export function serveStatic({ dir, port, host, api, extraHosts }: ServeOptions): Promise<{ server: Server; url: string }> {
  const root = resolve(dir);
  let guard: SiteGuard | undefined;
  const server = createServer(REQUEST_LIMITS, (req, res) => {
    guard ??= siteGuard({ bind: host, port: (server.address() as AddressInfo).port, extraNames: extraHosts });
    if (!guard.hostAllowed(req.headers.host)) return void refuse(res, 421, NL_SERVER.wrongHost);
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      return void refuse(res, 400, NL_SERVER.badPath);
    }
    if (path.startsWith('/api/')) return void answerApi(req, res, path, guard, api);
    if (req.method !== 'GET' && req.method !== 'HEAD') return void refuse(res, 405, NL_SERVER.onlyGet, { Allow: 'GET, HEAD' });
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (file !== root && !file.startsWith(root + sep)) return void refuse(res, 403, NL_SERVER.notFound);
    const found = fileAt(file) ?? (extname(path) === '' ? fileAt(join(root, 'index.html')) : undefined);
    if (!found) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...API_HEADERS }).end(NL_SERVER.notFound);
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
      ...PAGE_HEADERS,
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
          .writeHead(gone ? 404 : 500, { 'Content-Type': 'text/plain; charset=utf-8', ...API_HEADERS })
          .end(gone ? NL_SERVER.notFound : 'Het bestand kon niet worden gelezen');
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

/** Under /api/: the origin and type checks every endpoint shares, then the endpoints, then 404 as JSON (never the app's page). */
function answerApi(req: IncomingMessage, res: ServerResponse, path: string, guard: SiteGuard, api: ApiHandler | undefined): void {
  if (UNSAFE(req.method)) {
    // Browsers send Origin on every cross-site and every same-origin POST; tools such as curl send none.
    if (!guard.originAllowed(req.headers.origin)) return void refuse(res, 403, NL_SERVER.foreignOrigin);
    // A form on another site can post text/plain without asking first; JSON it cannot. A request
    // without a body (DELETE, a POST that says nothing) has no type to check.
    if (!sendsJson(req) && (hasBody(req) || req.headers['content-type'] !== undefined)) return void refuse(res, 415, NL_SERVER.notJson);
  }
  if (api?.(req, res, path)) return;
  if (path === '/api/health') return void sendJson(res, 200, { ok: true, mode: 'scripted' });
  refuse(res, 404, NL_SERVER.unknownApi);
}

function hasBody(req: IncomingMessage): boolean {
  return req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
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
