import type { NumberedEvent, RoomEvent } from './events';
import { readNotify } from './events';

// Live views on this process, by room. A notification (from this process or another, through
// LISTEN/NOTIFY) says "room R has event N"; the hub reads what its views have not yet had from
// the event table, so an event missed while a view reconnected is sent all the same.

export interface View {
  /** The last event id this view has had. */
  last: number;
  wants(event: RoomEvent): boolean;
  send(event: NumberedEvent): void;
  closed(): void;
}

export type ReadEvents = (roomId: string, after: number) => Promise<NumberedEvent[]>;

export class RoomHub {
  private readonly views = new Map<string, Set<View>>();
  private readonly busy = new Map<string, boolean>();

  constructor(private readonly read: ReadEvents) {}

  add(roomId: string, view: View): () => void {
    let set = this.views.get(roomId);
    if (!set) this.views.set(roomId, (set = new Set()));
    set.add(view);
    void this.pull(roomId);
    return () => {
      set.delete(view);
      if (set.size === 0) this.views.delete(roomId);
    };
  }

  notified(payload: string): void {
    // An empty payload: the listening connection was lost and is back; every room catches up.
    if (payload === '') {
      for (const roomId of this.views.keys()) void this.pull(roomId);
      return;
    }
    const note = readNotify(payload);
    if (!note) return;
    if (note.eventId === 'closed') {
      for (const view of this.views.get(note.roomId) ?? []) view.closed();
      this.views.delete(note.roomId);
      return;
    }
    void this.pull(note.roomId);
  }

  get viewCount(): number {
    let n = 0;
    for (const set of this.views.values()) n += set.size;
    return n;
  }

  /** One read per room at a time; news that arrives meanwhile triggers one more read after it. */
  private async pull(roomId: string): Promise<void> {
    if (this.busy.has(roomId)) {
      this.busy.set(roomId, true);
      return;
    }
    this.busy.set(roomId, false);
    try {
      for (;;) {
        const set = this.views.get(roomId);
        if (!set || set.size === 0) break;
        const after = Math.min(...[...set].map((v) => v.last));
        const events = await this.read(roomId, after).catch(() => []);
        for (const view of set) {
          for (const e of events) {
            if (e.id <= view.last) continue;
            view.last = e.id;
            if (view.wants(e.event)) view.send(e);
          }
        }
        // A full page means there may be more; a notification meanwhile means there is.
        if (events.length < 1000 && !this.busy.get(roomId)) break;
        this.busy.set(roomId, false);
      }
    } finally {
      this.busy.delete(roomId);
    }
  }
}
