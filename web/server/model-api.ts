import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { runStateSchema, type RunEvent, type Scenario } from '../../engine';
import type { ModelMode } from '../../node/model/mode';
import { readingOf } from '../../node/model/reading';
import type { ApiHandler } from './serve';

// The web trainer's window on the language model. The key stays in this process: the browser
// asks here, this server asks the model, and answers carry the model's words and notices only.

export interface ModelApiOptions {
  /** Model mode for one request; `stop` aborts it when the browser goes away. Null: no model configured. */
  makeMode: ((stop: AbortSignal) => ModelMode) | null;
  /** Which model answers, safe to show (never the key). */
  label: string | null;
  /** A case by id, as the server reads it from scenarios/. */
  findScenario(id: string): Scenario | undefined;
}

const MAX_BODY = 256 * 1024;

/** A case id or point id as the case files write them: never a path, never a property of Object. */
const caseIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);
const pointIdSchema = z.string().max(200).regex(/^[a-z0-9][a-z0-9_-]*$/);

/**
 * What the browser sends to have one sentence read. With the case and the point the trainee is at,
 * the server looks up that point's option texts itself, so the model can name the option the words say.
 */
export const readRequestSchema = z.strictObject({
  text: z.string().trim().min(1).max(2000),
  clientSaid: z.string().max(8000).optional(),
  caseId: caseIdSchema.optional(),
  pointId: pointIdSchema.optional(),
}).refine((r) => (r.caseId === undefined) === (r.pointId === undefined), { message: 'caseId en pointId horen bij elkaar.' });

/** What the browser sends to have one reply voiced: the case, the state after the step, and what the client says in it. */
export const voiceRequestSchema = z.strictObject({
  caseId: caseIdSchema,
  state: runStateSchema,
  said: z.array(z.object({ text: z.string().max(8000), point: z.string().nullable() })).min(1).max(4),
});

/** One line of the voice stream (NDJSON): pieces as they come, a fallback that replaces them, then the end. */
export type VoiceLine =
  | { type: 'delta'; text: string }
  | { type: 'fallback'; text: string; notice: string }
  | { type: 'done'; text: string; source: 'model' | 'engine'; notice?: string };

export function modelApi(options: ModelApiOptions): ApiHandler {
  return (req, res, path) => {
    if (path === '/api/health') {
      if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Alleen GET.');
      json(res, 200, options.makeMode ? { ok: true, mode: 'model', model: options.label } : { ok: true, mode: 'scripted' });
      return true;
    }
    if (path !== '/api/model/read' && path !== '/api/model/voice') return false;
    if (req.method !== 'POST') return refuse(res, 405, 'Alleen POST.');
    if (!sameOrigin(req)) return refuse(res, 403, 'Alleen de trainer zelf mag het taalmodel gebruiken.');
    const makeMode = options.makeMode;
    if (!makeMode) return refuse(res, 404, 'Deze server heeft geen taalmodel (OPENAI_API_KEY is niet gezet).');
    const stop = new AbortController();
    res.on('close', () => stop.abort());
    readBody(req).then(
      (body) => {
        if (body === null) return void refuse(res, 413, 'Het verzoek is te groot.');
        if (path === '/api/model/read') return read(body, makeMode(stop.signal), options.findScenario, res);
        return voice(body, makeMode(stop.signal), options.findScenario, res);
      },
      () => refuse(res, 400, 'Het verzoek kon niet gelezen worden.'),
    );
    return true;
  };
}

async function read(body: string, mode: ModelMode, findScenario: ModelApiOptions['findScenario'], res: ServerResponse): Promise<void> {
  const request = readRequestSchema.safeParse(parse(body));
  if (!request.success) {
    return void refuse(res, 400, 'Stuur {"text": "…"} met de zin van de consulent, en eventueel samen "caseId" en "pointId" van het beslismoment.');
  }
  const { text, clientSaid, caseId, pointId } = request.data;
  let choices: string[] = [];
  if (caseId !== undefined && pointId !== undefined) {
    const scenario = findScenario(caseId);
    if (!scenario) return void refuse(res, 404, `Onbekende casus "${caseId}".`);
    // Own properties only: "constructor" or "__proto__" is no point of any case.
    if (!Object.hasOwn(scenario.points, pointId)) return void refuse(res, 404, `Onbekend beslismoment "${pointId}" in casus "${caseId}".`);
    // The option texts in file order; they go to the model only, the answer carries the number it named.
    choices = scenario.points[pointId]!.options.map((o) => o.text);
  }
  json(res, 200, readingOf(await mode.understand(text, clientSaid, choices)));
}

async function voice(body: string, mode: ModelMode, findScenario: ModelApiOptions['findScenario'], res: ServerResponse): Promise<void> {
  const request = voiceRequestSchema.safeParse(parse(body));
  if (!request.success) return void refuse(res, 400, 'Stuur de casus, de stand van het gesprek en wat de cliënt zegt.');
  const scenario = findScenario(request.data.caseId);
  if (!scenario) return void refuse(res, 404, `Onbekende casus "${request.data.caseId}".`);
  const events: RunEvent[] = request.data.said.map((s) => ({ type: 'client_said', text: s.text, point: s.point }));
  res.writeHead(200, { 'Content-Type': 'application/x-ndjson; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  const send = (line: VoiceLine) => res.write(`${JSON.stringify(line)}\n`);
  const parts = mode.voice(scenario, { state: request.data.state, events });
  for (;;) {
    const next = await parts.next();
    if (res.destroyed) return;
    if (next.done) {
      send({ type: 'done', text: next.value.text, source: next.value.source, ...(next.value.notice ? { notice: next.value.notice } : {}) });
      res.end();
      return;
    }
    const part = next.value;
    send(part.type === 'delta' ? { type: 'delta', text: part.text } : { type: 'fallback', text: part.text, notice: part.notice });
  }
}

/** A page elsewhere must not spend the trainer's model credit: browsers send Origin on cross-site POSTs. */
function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parse(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

function json(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-store' });
  res.end(body);
}

function refuse(res: ServerResponse, status: number, message: string): true {
  if (!res.headersSent) json(res, status, { error: message });
  else res.end();
  return true;
}
