// The browser's side of the room endpoints (web/server/room/routes.ts).

// The event shapes are the server's own (web/server/room/events.ts): one definition, so the two sides cannot drift.
import type { RoomEvent, RoomSettings, TurnSummary } from '../../../server/room/events';

export type { RoomEvent, RoomSettings, TurnSummary };

export interface Snapshot {
  room: RoomSettings & { id: string; code: string; caseId: string; expiresAt: string };
  participants: { id: string; name: string; turns: TurnSummary[] }[];
  lastEventId: number;
}

export interface Network {
  host: string;
  port: number;
  addresses: string[];
}

export type Answer<T> = { ok: true; status: number; value: T } | { ok: false; status: number; error: string; body: Record<string, unknown> };

/** A request to the room endpoints; status 0 means the server could not be reached. */
export async function roomCall<T>(method: string, path: string, token?: string, body?: unknown): Promise<Answer<T>> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers: { ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return { ok: false, status: 0, error: '', body: {} };
  }
  let json: unknown = null;
  try {
    json = await res.json();
  } catch {
    /* not JSON */
  }
  const record = (json && typeof json === 'object' ? json : {}) as Record<string, unknown>;
  if (res.ok) return { ok: true, status: res.status, value: json as T };
  return { ok: false, status: res.status, error: typeof record.error === 'string' ? record.error : `Fout ${res.status}`, body: record };
}

/** The CSV as the server made it, bytes kept (the byte order mark Excel needs included). */
export async function fetchBlob(path: string, token: string): Promise<Blob | null> {
  try {
    const res = await fetch(path, { headers: { Authorization: `Bearer ${token}` } });
    return res.ok ? await res.blob() : null;
  } catch {
    return null;
  }
}
