// What a live view is told. Turn events carry what the engine made of the turn (recomputed on
// the server), never what a browser claimed about it.

export interface RoomSettings {
  mode: 'self' | 'paced';
  gate: number;
  revealed: boolean;
}

export interface TurnSummary {
  participant: string;
  n: number;
  point: string;
  kind: 'option' | 'move' | 'close';
  option: number | null;
  text: string;
  nextPoint: string | null;
  ending: string | null;
}

export type RoomEvent =
  | { type: 'joined'; participant: { id: string; name: string } }
  | { type: 'left'; participant: string }
  | ({ type: 'turn' } & TurnSummary)
  | ({ type: 'room' } & RoomSettings);

/** One event as the stream sends it: the id is what the browser sends back as Last-Event-ID. */
export interface NumberedEvent {
  id: number;
  event: RoomEvent;
}

export const NOTIFY_CHANNEL = 'kantel_rooms';

/** The notification payload: which room has news, or that it is gone. */
export function notifyPayload(roomId: string, eventId: number | 'closed'): string {
  return `${roomId} ${eventId}`;
}

/**
 * What follows the event id in a notification: the event itself when it fits well within
 * NOTIFY's 8,000 bytes, so a listening hub can pass it on without reading it back; otherwise
 * nothing, and the hub reads it from the event table.
 */
export function notifyTail(event: RoomEvent): string {
  const json = JSON.stringify(event);
  return Buffer.byteLength(json) < 7000 ? ` ${json}` : '';
}

export interface Notice {
  roomId: string;
  eventId: number | 'closed';
  /** The event, when the notification carried it. */
  event?: RoomEvent;
}

export function readNotify(payload: string): Notice | null {
  const first = payload.indexOf(' ');
  if (first <= 0) return null;
  const roomId = payload.slice(0, first);
  const second = payload.indexOf(' ', first + 1);
  const id = second < 0 ? payload.slice(first + 1) : payload.slice(first + 1, second);
  if (id === 'closed') return { roomId, eventId: 'closed' };
  const eventId = Number(id);
  if (!Number.isSafeInteger(eventId) || eventId <= 0) return null;
  if (second < 0) return { roomId, eventId };
  const event = parseEvent(payload.slice(second + 1));
  return event ? { roomId, eventId, event } : { roomId, eventId };
}

/** An event as carried in a notification; anything that does not look like one is read from the table instead. */
function parseEvent(json: string): RoomEvent | undefined {
  try {
    const value: unknown = JSON.parse(json);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    const type = (value as { type?: unknown }).type;
    return type === 'joined' || type === 'left' || type === 'turn' || type === 'room' ? (value as RoomEvent) : undefined;
  } catch {
    return undefined;
  }
}
