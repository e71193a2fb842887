import type { IncomingMessage, ServerResponse } from 'node:http';

// Headers and answers shared by every route: the static files, the model endpoints and any
// endpoint added later. An error answer is JSON with a Dutch `error`, and carries the same
// protective headers as a page does.

const COMMON = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
} as const;

/**
 * For the built app. Every script and style is a file of its own (Vite writes no inline script);
 * React's style props are set through the DOM, which a style-src without 'unsafe-inline' allows.
 */
export const PAGE_HEADERS = {
  ...COMMON,
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
} as const;

/** For JSON and other answers that are data, never a page: nothing may load or run from them. */
export const API_HEADERS = {
  ...COMMON,
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'; sandbox",
  'Cache-Control': 'no-store',
} as const;

export function sendJson(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  const body = JSON.stringify(value);
  res.writeHead(status, { ...API_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body), ...headers });
  res.end(body);
}

/** An error answer with a Dutch reason; after the headers are out (a stream) it can only end. Always true, so a handler can return it. */
export function refuse(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): true {
  if (!res.headersSent) sendJson(res, status, { error: message }, headers);
  else res.end();
  return true;
}

/** Whether a request says it sends JSON (`application/json`, any parameters such as charset). */
export function sendsJson(req: IncomingMessage): boolean {
  const type = req.headers['content-type'];
  return type !== undefined && type.split(';')[0]!.trim().toLowerCase() === 'application/json';
}

/** The body as text, or null when it is larger than `limit` bytes (the rest is not kept). */
export function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else {
        // Stop reading: the caller answers 413 and the connection closes.
        req.removeAllListeners('data');
        req.pause();
        resolve(null);
      }
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
