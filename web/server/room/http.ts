import type { IncomingMessage, ServerResponse } from 'node:http';
import { API_HEADERS } from '../replies';

// Small HTTP helpers for the room endpoints.

export const MAX_BODY = 16 * 1024;

/** The body as JSON; null when it is larger than `limit`, undefined when it is no JSON. */
export function readJson(req: IncomingMessage, limit = MAX_BODY): Promise<unknown | null | undefined> {
  return new Promise((resolve) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      req.resume();
      return resolve(null);
    }
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > limit) return resolve(null);
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        resolve(undefined);
      }
    });
    req.on('error', () => resolve(undefined));
  });
}

export function sendJson(res: ServerResponse, status: number, value: unknown, extra: Record<string, string> = {}): void {
  if (res.headersSent) return void res.end();
  const body = JSON.stringify(value);
  res.writeHead(status, { ...API_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body), ...extra });
  res.end(body);
}

export function fail(res: ServerResponse, status: number, message: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): void {
  sendJson(res, status, { error: message, ...extra }, headers);
}

/** A token from `Authorization: Bearer …`, or from `?token=` where a browser cannot set headers (EventSource). */
export function tokenOf(req: IncomingMessage, url: URL): string | null {
  const header = req.headers.authorization;
  const bearer = header?.startsWith('Bearer ') ? header.slice(7).trim() : null;
  const token = bearer || url.searchParams.get('token');
  return token && /^[A-Za-z0-9_-]{16,64}$/.test(token) ? token : null;
}

export function addressOf(req: IncomingMessage): string {
  return req.socket.remoteAddress ?? 'onbekend';
}
