import { mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Scenario } from '../../../engine';
import type { DatabaseConfig } from '../../../web/server/room/database';
import { openRooms, type RoomService, type RoomServiceOptions } from '../../../web/server/room/service';
import { serveStatic } from '../../../web/server/serve';
import { loadFile, SCENARIOS } from '../../helpers/cases';

export const bakker: Scenario = loadFile(join(SCENARIOS, 'bakker.yaml'), 'bakker.yaml');

/** A server with the room endpoints on a free loopback port, in this process. */
export async function roomServer(database: DatabaseConfig, extra: Partial<RoomServiceOptions> = {}): Promise<{ url: string; rooms: RoomService; server: Server; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'kantel-site-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>x</title>');
  const rooms = await openRooms({ database, findScenario: (id) => (id === 'bakker' ? bakker : undefined), ...extra });
  const { server, url } = await serveStatic({ dir, port: 0, host: '127.0.0.1', api: rooms.api });
  return {
    url: url.replace(/\/$/, ''),
    rooms,
    server,
    close: async () => {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
      await rooms.close();
    },
  };
}

export async function call(url: string, method: string, body?: unknown, token?: string, headers: Record<string, string> = {}): Promise<{ status: number; json: any }> {
  const res = await fetch(url, {
    method,
    headers: { ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...(token ? { Authorization: `Bearer ${token}` } : {}), ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let json: unknown = text;
  try {
    json = JSON.parse(text);
  } catch {
    /* CSV and other text */
  }
  return { status: res.status, json };
}
