import { afterEach } from 'vitest';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the fake server saw it. */
export interface Seen {
  path: string;
  authorization: string | undefined;
  body: { model?: string; stream?: boolean; messages?: { role: string; content: string }[]; response_format?: unknown };
}

/** How the fake server answers one request. */
export type Behaviour =
  | { kind: 'json'; content: string; refusal?: string; finish?: string }
  | { kind: 'status'; status: number; body?: string }
  | { kind: 'stream'; pieces: string[]; refusal?: string; finish?: string | null; drop?: boolean; stall?: boolean; error?: boolean }
  | { kind: 'hang' };

export interface FakeOpenAI {
  baseURL: string;
  seen: Seen[];
  close(): Promise<void>;
}

/**
 * A real HTTP server on 127.0.0.1 (port 0) that speaks the chat completions protocol, JSON and
 * SSE, and misbehaves when told to. `answer` gets the request and its 0-based number.
 */
export async function startFakeOpenAI(answer: (seen: Seen, n: number) => Behaviour): Promise<FakeOpenAI> {
  const seen: Seen[] = [];
  const open = new Set<ServerResponse>();
  const server: Server = createServer((req, res) => {
    open.add(res);
    res.on('close', () => open.delete(res));
    readBody(req).then((raw) => {
      const entry: Seen = { path: req.url ?? '', authorization: req.headers.authorization, body: raw ? JSON.parse(raw) : {} };
      seen.push(entry);
      respond(res, answer(entry, seen.length - 1), entry.body.model ?? 'test');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    seen,
    close: () =>
      new Promise((resolve) => {
        if (!server.listening) return resolve();
        for (const res of open) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A fake server per test: `serve(answer)` starts one, and it is closed after each test. */
export function fakeServerPerTest(): (answer: (n: number) => Behaviour) => Promise<FakeOpenAI> {
  let server: FakeOpenAI | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  return async (answer) => {
    server = await startFakeOpenAI((_, n) => answer(n));
    return server;
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (data += c));
    req.on('end', () => resolve(data));
  });
}

function respond(res: ServerResponse, behaviour: Behaviour, model: string): void {
  const base = { id: 'chatcmpl-test', created: 1_700_000_000, model };
  switch (behaviour.kind) {
    case 'hang':
      return; // never answers; the client's timeout must end it
    case 'status':
      res.writeHead(behaviour.status, { 'content-type': 'application/json' });
      res.end(behaviour.body ?? JSON.stringify({ error: { message: 'kapot', type: 'server_error' } }));
      return;
    case 'json':
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({
        ...base,
        object: 'chat.completion',
        choices: [{
          index: 0,
          finish_reason: behaviour.finish ?? 'stop',
          message: { role: 'assistant', content: behaviour.refusal ? null : behaviour.content, refusal: behaviour.refusal ?? null },
        }],
      }));
      return;
    case 'stream': {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
      const send = (delta: object, finish: string | null) =>
        res.write(`data: ${JSON.stringify({ ...base, object: 'chat.completion.chunk', choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`);
      send({ role: 'assistant', content: '' }, null);
      if (behaviour.refusal) send({ refusal: behaviour.refusal }, null);
      for (const piece of behaviour.pieces) send({ content: piece }, null);
      if (behaviour.error) {
        res.end(`data: ${JSON.stringify({ error: { message: 'overloaded', type: 'server_error' } })}\n\n`);
        return;
      }
      if (behaviour.drop) {
        setTimeout(() => res.socket?.destroy(), 20); // connection lost mid-reply
        return;
      }
      if (behaviour.stall) return; // sends part, then goes quiet
      const finish = behaviour.finish === undefined ? 'stop' : behaviour.finish;
      if (finish !== null) send({}, finish);
      res.end('data: [DONE]\n\n');
      return;
    }
  }
}
