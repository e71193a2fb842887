import { useEffect, useRef, useState } from 'react';
import type { RoomEvent } from './api';

/**
 * Listens to a room's event stream. EventSource reconnects by itself and sends Last-Event-ID;
 * when the server refuses or the connection cannot be made at all, a new one is opened after a
 * pause, asking for what came after the last event it had.
 */
export function useRoomEvents(roomId: string | null, token: string | null, after: number | null, onEvent: (e: RoomEvent) => void, onClosed: () => void): boolean {
  const [connected, setConnected] = useState(false);
  const handler = useRef(onEvent);
  const closed = useRef(onClosed);
  handler.current = onEvent;
  closed.current = onClosed;

  useEffect(() => {
    if (!roomId || !token || after === null) return;
    let last = after;
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const open = () => {
      source = new EventSource(`/api/rooms/${encodeURIComponent(roomId)}/events?token=${encodeURIComponent(token)}&after=${last}`);
      source.onopen = () => setConnected(true);
      source.onmessage = (message) => {
        const id = Number(message.lastEventId);
        if (Number.isSafeInteger(id) && id <= last) return;
        if (Number.isSafeInteger(id)) last = id;
        try {
          handler.current(JSON.parse(message.data) as RoomEvent);
        } catch {
          /* a line this page cannot read is skipped */
        }
      };
      source.addEventListener('closed', () => {
        source?.close();
        stopped = true;
        closed.current();
      });
      source.onerror = () => {
        setConnected(false);
        if (source?.readyState === EventSource.CLOSED && !stopped) {
          source.close();
          retry = setTimeout(open, 3000);
        }
      };
    };
    open();
    return () => {
      stopped = true;
      clearTimeout(retry);
      source?.close();
    };
  }, [roomId, token, after]);

  return connected;
}
