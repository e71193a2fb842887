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
  /**
   * Per room: every event up to this id has reached this hub (read from the table or carried in
   * a notification). A room's events commit in id order and notifications arrive in commit
   * order, so an event carried in the next notification can be passed on without a read.
   */
  private readonly known = new Map<string, number>();

  constructor(private readonly read: ReadEvents) {}

  add(roomId: string, view: View): () => void {
    let set = this.views.get(roomId);
    if (!set) this.views.set(roomId, (set = new Set()));
    set.add(view);
    void this.pull(roomId);
    return () => {
      set.delete(view);
      if (set.size === 0) {
        this.views.delete(roomId);
        this.known.delete(roomId);
      }
    };
  }

  notified(payload: string): void {
    // An empty payload: the listening connection was lost and is back; every room catches up.
    if (payload === '') {
      this.known.clear();
      for (const roomId of this.views.keys()) void this.pull(roomId);
      return;
    }
    const note = readNotify(payload);
    if (!note) return;
    if (note.eventId === 'closed') {
      for (const view of this.views.get(note.roomId) ?? []) view.closed();
      this.views.delete(note.roomId);
      this.known.delete(note.roomId);
      return;
    }
    const known = this.known.get(note.roomId);
    if (note.event && known !== undefined && !this.busy.has(note.roomId)) {
      if (note.eventId > known) this.deliver(note.roomId, [{ id: note.eventId, event: note.event }]);
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
        let events: NumberedEvent[];
        try {
          events = await this.read(roomId, after);
        } catch {
          // Unknown what was missed: the next notification reads again.
          this.known.delete(roomId);
          break;
        }
        this.deliver(roomId, events, after);
        // A full page means there may be more; a notification meanwhile means there is.
        if (events.length < 1000 && !this.busy.get(roomId)) break;
        this.busy.set(roomId, false);
      }
    } finally {
      this.busy.delete(roomId);
    }
  }

  private deliver(roomId: string, events: readonly NumberedEvent[], after = 0): void {
    const set = this.views.get(roomId);
    if (!set) return;
    for (const view of set) {
      for (const e of events) {
        if (e.id <= view.last) continue;
        view.last = e.id;
        if (view.wants(e.event)) view.send(e);
      }
    }
    this.known.set(roomId, Math.max(after, this.known.get(roomId) ?? 0, events.at(-1)?.id ?? 0));
  }
}
