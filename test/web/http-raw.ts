import { request, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';

// Requests a browser's fetch cannot make (any Host header, a body that never ends), for the
// tests of the server's gate.

export interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** One request to a server on 127.0.0.1 with exactly these headers (Host included). */
export function rawRequest(port: number, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<RawAnswer> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers, setHost: !(options.headers && 'Host' in options.headers) }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => done({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end(options.body);
  });
}

/** Sends `start` and then nothing more; resolves with what came back and when the server closed the connection. */
export function stall(port: number, start: string): Promise<{ answer: string; closedAfterMs: number }> {
  return new Promise((done, fail) => {
    const t0 = Date.now();
    let answer = '';
    const socket = connect(port, '127.0.0.1', () => socket.write(start));
    socket.setEncoding('utf8');
    socket.on('data', (d: string) => (answer += d));
    socket.on('error', fail);
    socket.on('close', () => done({ answer, closedAfterMs: Date.now() - t0 }));
  });
}
