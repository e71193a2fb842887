import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Scenario } from '../../../engine';
import type { ApiHandler } from '../serve';
import { runFiles, summaryCsv } from './exports';
import { rateLimiter, type RateLimiter } from '../rate-limit';
import { addressOf, fail, readJson, sendJson, tokenOf } from './http';
import type { RoomHub } from './hub';
import { createRequest, joinRequest, settingsRequest, turnRequest } from './requests';
import { normaliseCode } from './secrets';
import { streamEvents } from './stream';
import type { Participant, Room, RoomStore } from './store';

// The room endpoints under /api/rooms. The facilitator proves the room with its secret token;
// a participant proves their own run with theirs; nobody else reads or writes anything.
// Host, Origin and JSON checks happen before this, for every endpoint (serve.ts, site-guard.ts).

export interface RoomApiOptions {
  store: RoomStore;
  hub: RoomHub;
  findScenario(id: string): Scenario | undefined;
  now(): Date;
  keepDays: number;
  /** Where participants can reach this server (for the QR code); empty when it listens on loopback only. */
  network(): { host: string; port: number; addresses: string[] };
  limits?: Partial<{ createPerMinute: number; joinPerMinute: number; turnsPerRoomPerMinute: number }>;
  /** After each accepted turn, with the participant's turns so far (xAPI: web/server/xapi/rooms.ts). Never awaited. */
  onTurn?(turn: { room: Room; participant: Participant; inputs: unknown[] }): void;
}

const ROOM_PATH = /^\/api\/rooms\/([A-Za-z0-9_-]{16})(\/me|\/turns|\/events|\/runs|\/export\.csv)?$/;

export function roomApi(options: RoomApiOptions): ApiHandler {
  const { store, hub, now } = options;
  // Per address: opening rooms and joining them (guessing codes); per room: turns (a flood in one room).
  const creates = limiter(options.limits?.createPerMinute ?? 20);
  const joins = limiter(options.limits?.joinPerMinute ?? 60);
  const roomTurns = limiter(options.limits?.turnsPerRoomPerMinute ?? 6000);

  const handle = async (req: IncomingMessage, res: ServerResponse, path: string, url: URL): Promise<void> => {
    const method = req.method ?? 'GET';
    if (path === '/api/rooms/network' && method === 'GET') return sendJson(res, 200, options.network());
    if (path === '/api/rooms' && method === 'POST') {
      if (!admitted(creates, addressOf(req), res, 'Te veel nieuwe ruimtes in korte tijd; probeer het over een minuut opnieuw.')) return;
      const body = createRequest.safeParse(await readBody(req, res));
      if (!body.success) return void (res.headersSent || fail(res, 400, 'Stuur {"caseId": "…", "mode": "self" of "paced"}.'));
      if (!options.findScenario(body.data.caseId)) return fail(res, 404, `Onbekende casus "${body.data.caseId}".`);
      const { room, token } = await store.createRoom(body.data.caseId, body.data.mode, now(), options.keepDays);
      return sendJson(res, 201, { roomId: room.id, code: room.code, token, caseId: room.caseId, expiresAt: room.expiresAt.toISOString() });
    }
    if (path === '/api/rooms/join' && method === 'POST') {
      if (!admitted(joins, addressOf(req), res, 'Te veel pogingen om mee te doen; wacht een minuut en probeer het opnieuw.')) return;
      const raw = await readBody(req, res);
      if (raw === undefined) return;
      const body = joinRequest.safeParse(raw);
      if (!body.success) return fail(res, 400, body.error.issues[0]?.path[0] === 'name' ? body.error.issues[0].message : 'Stuur een code en een naam.');
      const room = await store.roomByCode(normaliseCode(body.data.code), now());
      if (!room) return fail(res, 404, 'Er is geen groepsruimte met deze code (meer). Controleer de code bij de gespreksleider.');
      const joined = await store.join(room, body.data.name, now());
      if (joined === 'name-taken') return fail(res, 409, 'Deze naam is in deze ruimte al gekozen. Kies een andere naam.');
      return sendJson(res, 201, { roomId: room.id, participantId: joined.participant.id, token: joined.token, name: joined.participant.name, seed: joined.participant.seed, caseId: room.caseId });
    }
    const match = ROOM_PATH.exec(path);
    if (!match) return fail(res, 404, 'Onbekend adres voor groepsruimtes.');
    const [, roomId, sub = ''] = match as unknown as [string, string, string | undefined];
    const token = tokenOf(req, url);
    if (!token) return fail(res, 401, 'Zonder sleutel geen toegang tot deze ruimte.');

    if (sub === '/events' && method === 'GET') {
      const facilitator = await store.roomForFacilitator(roomId, token, now());
      const participant = facilitator ? null : await store.participantByToken(roomId, token, now());
      if (!facilitator && !participant) return fail(res, 404, 'Deze ruimte bestaat niet (meer) of de sleutel klopt niet.');
      const header = Number(req.headers['last-event-id']);
      const after = Number.isSafeInteger(header) && header >= 0 ? header : Math.max(0, Number(url.searchParams.get('after')) || 0);
      // A participant hears only about the room (pace, reveal), never about others' runs.
      return streamEvents(req, res, hub, roomId, after, facilitator ? () => true : (e) => e.type === 'room');
    }

    if (sub === '/me' || sub === '/turns') {
      const found = await store.participantByToken(roomId, token, now());
      if (!found) return fail(res, 404, 'Je deelname aan deze ruimte bestaat niet (meer).');
      const { participant, room } = found;
      if (sub === '/me' && method === 'GET') {
        // The last event id first, so the participant's stream starts after it and misses no change of pace.
        const lastEventId = await store.lastEventId(room.id);
        const inputs = await store.turnInputs(participant.id);
        return sendJson(res, 200, { participantId: participant.id, name: participant.name, seed: participant.seed, caseId: room.caseId, mode: room.mode, gate: room.gate, turns: inputs, lastEventId });
      }
      if (sub === '/me' && method === 'DELETE') {
        await store.deleteParticipant(participant, now());
        return sendJson(res, 200, { deleted: true });
      }
      if (sub === '/turns' && method === 'POST') {
        if (!admitted(roomTurns, room.id, res, 'Deze ruimte krijgt te veel beurten tegelijk; je beurt wordt zo opnieuw verstuurd.')) return;
        const raw = await readBody(req, res);
        if (raw === undefined) return;
        const body = turnRequest.safeParse(raw);
        if (!body.success) return fail(res, 400, 'Deze beurt wordt niet begrepen.');
        const scenario = options.findScenario(room.caseId);
        if (!scenario) return fail(res, 410, 'De casus van deze ruimte is niet meer op de server.');
        const result = await store.postTurn(scenario, participant.id, body.data.n, body.data.turn, now());
        switch (result.kind) {
          case 'accepted':
            if (options.onTurn) {
              const onTurn = options.onTurn;
              void store.turnInputs(participant.id).then((inputs) => onTurn({ room, participant, inputs })).catch(() => undefined);
            }
            return sendJson(res, 201, { n: body.data.n, point: result.state.point, status: result.state.status });
          case 'duplicate':
            return sendJson(res, 200, { n: result.n, duplicate: true });
          case 'conflict':
            return fail(res, 409, 'Deze beurt past niet na de vorige die de server heeft.', { expected: result.expected });
          case 'waiting':
            return fail(res, 409, 'Wacht tot de gespreksleider de groep verder laat gaan.', { gate: result.gate });
          case 'rejected':
            return fail(res, 422, result.reason);
        }
      }
      return fail(res, 405, 'Deze handeling kan hier niet.');
    }

    const room = await store.roomForFacilitator(roomId, token, now());
    if (!room) return fail(res, 404, 'Deze ruimte bestaat niet (meer) of de sleutel klopt niet.');
    if (sub === '' && method === 'GET') return sendJson(res, 200, await store.snapshot(room));
    if (sub === '' && method === 'PATCH') {
      const raw = await readBody(req, res);
      if (raw === undefined) return;
      const body = settingsRequest.safeParse(raw);
      if (!body.success) return fail(res, 400, 'Stuur mode, gate of revealed.');
      return sendJson(res, 200, await store.changeSettings(room.id, body.data, now()));
    }
    if (sub === '' && method === 'DELETE') {
      await store.deleteRoom(room.id);
      return sendJson(res, 200, { deleted: true });
    }
    if (sub === '/runs' || sub === '/export.csv') {
      const scenario = options.findScenario(room.caseId);
      if (!scenario) return fail(res, 410, 'De casus van deze ruimte is niet meer op de server.');
      const runs = await store.runs(room.id);
      if (sub === '/runs') return sendJson(res, 200, runFiles(scenario, runs));
      const csv = summaryCsv(scenario, runs);
      res.writeHead(200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="groepsruimte-${room.code}.csv"`,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      return void res.end(csv);
    }
    return fail(res, 405, 'Deze handeling kan hier niet.');
  };

  return (req, res, path) => {
    if (path !== '/api/rooms' && !path.startsWith('/api/rooms/')) return false;
    const url = new URL(req.url ?? '/', 'http://x');
    handle(req, res, path, url).catch(() => fail(res, 500, 'Er ging iets mis op de server; probeer het opnieuw.'));
    return true;
  };
}

function limiter(perMinute: number): RateLimiter {
  return rateLimiter({ perMinute, burst: Math.max(10, Math.ceil(perMinute / 2)) });
}

function admitted(limit: RateLimiter, key: string, res: ServerResponse, message: string): boolean {
  const admission = limit.take(key);
  if (admission.ok) return true;
  fail(res, 429, message, {}, { 'Retry-After': String(admission.retryAfterSeconds) });
  return false;
}

/** The body, or undefined after answering 413/400 itself. */
async function readBody(req: IncomingMessage, res: ServerResponse): Promise<unknown> {
  const body = await readJson(req);
  if (body === null) {
    fail(res, 413, 'Het verzoek is te groot.');
    return undefined;
  }
  if (body === undefined) {
    fail(res, 400, 'Het verzoek is geen geldige JSON.');
    return undefined;
  }
  return body;
}

export type { Room };
