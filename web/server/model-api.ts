import type { ServerResponse } from 'node:http';
import { replay, type Scenario } from '../../engine';
import type { ModelMode } from '../../node/model/mode';
import { readingOf } from '../../node/model/reading';
import { readRequestSchema, voiceRequestSchema, type VoiceLine } from './model-requests';
import { rateLimiter, type RateLimit, type RateLimiter } from './rate-limit';
import { API_HEADERS, readBody, refuse, sendJson } from './replies';
import type { ApiHandler } from './serve';

// The web trainer's window on the language model. The key stays in this process: the browser
// asks here, this server asks the model, and answers carry the model's words and notices only.
// Origin and Content-Type are checked before a request gets here (serve.ts).

export type { VoiceLine } from './model-requests';

export interface ModelApiOptions {
  /** Model mode for one request; `stop` aborts it when the browser goes away. Null: no model configured. */
  makeMode: ((stop: AbortSignal) => ModelMode) | null;
  /** Which model answers, safe to show (never the key). */
  label: string | null;
  /** A case by id, as the server reads it from scenarios/. */
  findScenario(id: string): Scenario | undefined;
  /** Model requests per address; default 30 a minute in bursts of 20. */
  rate?: RateLimit;
  /** More for /api/health to tell the page, e.g. whether runs go to an LRS ({ xapi: true }). */
  health?(): Record<string, unknown>;
}

/** Far above a real request (300 turns of typed text), far below what would strain the server. */
const MAX_BODY = 128 * 1024;

export const NL_MODEL = {
  noModel: 'Deze server heeft geen taalmodel (OPENAI_API_KEY is niet gezet).',
  onlyPost: 'Alleen POST.',
  tooLarge: 'Het verzoek is te groot.',
  unreadable: 'Het verzoek kon niet gelezen worden.',
  tooMany: (seconds: number) => `Te veel verzoeken aan het taalmodel vanaf dit apparaat. Probeer het over ${seconds} seconden opnieuw.`,
  readShape: 'Stuur {"text": "…"} met de zin van de consulent, en eventueel samen "caseId" en "pointId" van het beslismoment.',
  voiceShape: 'Stuur de casus ("caseId"), de seed van het gesprek en de beurten tot nu toe ("turns").',
  unknownCase: (id: string) => `Onbekende casus "${id}".`,
  unknownPoint: (point: string, id: string) => `Onbekend beslismoment "${point}" in casus "${id}".`,
  runDoesNotFit: (id: string, turn: number, reason: string) =>
    `Dit gesprek past niet bij casus "${id}" zoals die op de server staat (beurt ${turn}: ${reason.replace(/\.$/, '')}). Is de casus gewijzigd? Start de trainer dan opnieuw.`,
} as const;

export function modelApi(options: ModelApiOptions): ApiHandler {
  const limiter: RateLimiter = rateLimiter(options.rate ?? { perMinute: 30, burst: 20 });
  return (req, res, path) => {
    if (path === '/api/health') {
      if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Alleen GET.', { Allow: 'GET, HEAD' });
      const extra = options.health?.() ?? {};
      sendJson(res, 200, options.makeMode ? { ok: true, mode: 'model', model: options.label, ...extra } : { ok: true, mode: 'scripted', ...extra });
      return true;
    }
    if (path !== '/api/model/read' && path !== '/api/model/voice') return false;
    if (req.method !== 'POST') return refuse(res, 405, NL_MODEL.onlyPost, { Allow: 'POST' });
    const makeMode = options.makeMode;
    if (!makeMode) return refuse(res, 404, NL_MODEL.noModel);
    // Every address spends from its own bucket, so one busy page (or script) cannot spend the trainer's model credit.
    const admitted = limiter.take(req.socket.remoteAddress ?? '');
    if (!admitted.ok) return refuse(res, 429, NL_MODEL.tooMany(admitted.retryAfterSeconds), { 'Retry-After': String(admitted.retryAfterSeconds) });
    const stop = new AbortController();
    res.on('close', () => stop.abort());
    readBody(req, MAX_BODY).then(
      (body) => {
        if (body === null) return void refuse(res, 413, NL_MODEL.tooLarge, { Connection: 'close' });
        if (path === '/api/model/read') return read(body, makeMode(stop.signal), options.findScenario, res);
        return voice(body, makeMode(stop.signal), options.findScenario, res);
      },
      () => refuse(res, 400, NL_MODEL.unreadable),
    );
    return true;
  };
}

async function read(body: string, mode: ModelMode, findScenario: ModelApiOptions['findScenario'], res: ServerResponse): Promise<void> {
  const request = readRequestSchema.safeParse(parse(body));
  if (!request.success) return void refuse(res, 400, NL_MODEL.readShape);
  const { text, caseId, pointId } = request.data;
  let choices: string[] = [];
  let clientSaid: string | undefined;
  if (caseId !== undefined && pointId !== undefined) {
    const scenario = findScenario(caseId);
    if (!scenario) return void refuse(res, 404, NL_MODEL.unknownCase(caseId));
    // Own properties only: "constructor" or "__proto__" is no point of any case.
    if (!Object.hasOwn(scenario.points, pointId)) return void refuse(res, 404, NL_MODEL.unknownPoint(pointId, caseId));
    const point = scenario.points[pointId]!;
    // The option texts in file order; they go to the model only, the answer carries the number it named.
    choices = point.options.map((o) => o.text);
    clientSaid = point.client;
  }
  sendJson(res, 200, readingOf(await mode.understand(text, clientSaid, choices)));
}

async function voice(body: string, mode: ModelMode, findScenario: ModelApiOptions['findScenario'], res: ServerResponse): Promise<void> {
  const request = voiceRequestSchema.safeParse(parse(body));
  if (!request.success) return void refuse(res, 400, NL_MODEL.voiceShape);
  const { caseId, seed, turns } = request.data;
  const scenario = findScenario(caseId);
  if (!scenario) return void refuse(res, 404, NL_MODEL.unknownCase(caseId));
  // The conversation as the case makes it: the client's lines and facts come from the case, never from the request.
  const run = replay(scenario, seed, turns);
  if (!run.ok) return void refuse(res, 409, NL_MODEL.runDoesNotFit(caseId, run.turn, run.reason));
  res.writeHead(200, { ...API_HEADERS, 'Content-Type': 'application/x-ndjson; charset=utf-8' });
  const send = (line: VoiceLine) => res.write(`${JSON.stringify(line)}\n`);
  const parts = mode.voice(scenario, { state: run.state, events: run.events });
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

function parse(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}
