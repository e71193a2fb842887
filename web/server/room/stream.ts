import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RoomEvent } from './events';
import type { RoomHub } from './hub';

// Server-Sent Events: plain HTTP, reconnects by itself, and sends Last-Event-ID on return.

const HEARTBEAT_MS = 20_000;

export function streamEvents(req: IncomingMessage, res: ServerResponse, hub: RoomHub, roomId: string, after: number, wants: (e: RoomEvent) => boolean): void {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    // A proxy in front (nginx) must pass each event on at once.
    'X-Accel-Buffering': 'no',
  });
  res.write('retry: 2000\n\n');
  const heartbeat = setInterval(() => res.write(': nog hier\n\n'), HEARTBEAT_MS);
  const remove = hub.add(roomId, {
    last: after,
    wants,
    send: ({ id, event }) => res.write(`id: ${id}\ndata: ${JSON.stringify(event)}\n\n`),
    closed: () => {
      res.end('event: closed\ndata: {}\n\n');
    },
  });
  const stop = () => {
    clearInterval(heartbeat);
    remove();
  };
  req.on('close', stop);
  res.on('close', stop);
}
