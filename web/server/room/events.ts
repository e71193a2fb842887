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

export function readNotify(payload: string): { roomId: string; eventId: number | 'closed' } | null {
  const [roomId, id] = payload.split(' ');
  if (!roomId || !id) return null;
  if (id === 'closed') return { roomId, eventId: 'closed' };
  const eventId = Number(id);
  return Number.isSafeInteger(eventId) ? { roomId, eventId } : null;
}
