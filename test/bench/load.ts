import { Agent, request } from 'node:http';

// A small load generator on Node's own http: `connections` requests in flight at all times over
// keep-alive sockets, for a fixed time. Every answer that is not the expected status counts as an
// error, as does a request that fails or takes longer than the time-out.

export interface LoadTarget {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: () => string;
  /** The status a good answer has (200). */
  expect?: number;
}

export interface LoadResult {
  requests: number;
  errors: number;
  perSecond: number;
  p50: number;
  p99: number;
  max: number;
  /** The first few distinct error descriptions, to say what went wrong. */
  examples: string[];
}

export async function load(target: LoadTarget, { connections = 200, durationMs = 8_000, timeoutMs = 10_000 } = {}): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const url = new URL(target.url);
  const latencies: number[] = [];
  const examples = new Set<string>();
  let errors = 0;
  const t0 = performance.now();
  const end = t0 + durationMs;
  const once = () =>
    new Promise<void>((done) => {
      const start = performance.now();
      const body = target.body?.();
      const fail = (what: string) => {
        errors++;
        if (examples.size < 5) examples.add(what);
        done();
      };
      const req = request(url, { method: target.method ?? 'GET', agent, headers: { ...target.headers, ...(body ? { 'Content-Length': Buffer.byteLength(body) } : {}) }, timeout: timeoutMs }, (res) => {
        res.resume();
        res.on('end', () => {
          if (res.statusCode !== (target.expect ?? 200)) return fail(`status ${res.statusCode}`);
          latencies.push(performance.now() - start);
          done();
        });
        res.on('error', (e) => fail(e.message));
      });
      req.on('timeout', () => req.destroy(new Error('time-out')));
      req.on('error', (e) => fail(e.message));
      req.end(body);
    });
  const worker = async () => {
    while (performance.now() < end) await once();
  };
  await Promise.all(Array.from({ length: connections }, worker));
  const elapsed = performance.now() - t0;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? Number.NaN;
  return { requests: latencies.length + errors, errors, perSecond: (latencies.length / elapsed) * 1000, p50: at(0.5), p99: at(0.99), max: latencies.at(-1) ?? Number.NaN, examples: [...examples] };
}
