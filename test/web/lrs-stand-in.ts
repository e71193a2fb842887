// A Learning Record Store stand-in on 127.0.0.1 for the xAPI tests: it keeps what it is sent, in
// order, and can be told to be down (503), to hang (never answer), or to be up.
import { createServer, type Server } from 'node:http';

export type LrsMode = 'up' | 'down' | 'hang';

export interface LrsStandIn {
  url: string;
  server: Server;
  mode: LrsMode;
  /** Statements received while up, in the order they came. */
  received: { id: string; verb: { id: string }; context: { registration: string }; [k: string]: unknown }[];
  /** Requests refused or left hanging. */
  refused: number;
  /** Statements sent again after a lost answer (same id); delivery is at least once. */
  duplicates: number;
  auth: string[];
  close(): Promise<void>;
}

export function startLrs(): Promise<LrsStandIn> {
  const hanging = new Set<import('node:http').ServerResponse>();
  const lrs: LrsStandIn = {
    url: '', server: undefined as unknown as Server, mode: 'up', received: [], refused: 0, duplicates: 0, auth: [],
    close: () => new Promise((done) => {
      for (const res of hanging) res.destroy();
      lrs.server.closeAllConnections();
      lrs.server.close(() => done());
    }),
  };
  lrs.server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      if (req.method !== 'POST' || !req.url?.endsWith('/statements') || req.headers['x-experience-api-version'] !== '1.0.3') return void res.writeHead(400).end();
      lrs.auth.push(req.headers.authorization ?? '');
      if (lrs.mode === 'down') {
        lrs.refused++;
        return void res.writeHead(503).end();
      }
      if (lrs.mode === 'hang') {
        lrs.refused++;
        hanging.add(res);
        return;
      }
      const batch = JSON.parse(body) as LrsStandIn['received'];
      // As an LRS does: a statement id it already has is the same statement, kept once.
      for (const s of batch) {
        if (lrs.received.some((r) => r.id === s.id)) lrs.duplicates++;
        else lrs.received.push(s);
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(batch.map((s) => s.id)));
    });
  });
  return new Promise((done) => lrs.server.listen(0, '127.0.0.1', () => {
    const address = lrs.server.address();
    lrs.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/xapi`;
    done(lrs);
  }));
}

export const VERB = (s: { verb: { id: string } }) => s.verb.id.split('/').at(-1);
