import { describe, expect, it } from 'vitest';
import type { NumberedEvent, RoomEvent } from '../../../web/server/room/events';
import { RoomHub } from '../../../web/server/room/hub';

// The live hub on one server: what reaches a facilitator's view, and when it reads the event table.

const joined = (name: string): RoomEvent => ({ type: 'joined', participant: { id: `p-${name}`, name } });
const settle = () => new Promise((done) => setTimeout(done, 10));

function table(rows: NumberedEvent[]) {
  const reads: number[] = [];
  return { reads, read: async (_room: string, after: number) => (reads.push(after), rows.filter((r) => r.id > after)) };
}

function view(last = 0) {
  const names: string[] = [];
  return { names, view: { last, wants: () => true, send: ({ event }: NumberedEvent) => void names.push(event.type === 'joined' ? event.participant.name : event.type), closed: () => undefined } };
}

describe('the room hub', () => {
  it('passes on an event carried in its notification without reading the table again', async () => {
    const rows: NumberedEvent[] = [{ id: 3, event: joined('Anna') }];
    const { reads, read } = table(rows);
    const hub = new RoomHub(read);
    const { names, view: v } = view();
    hub.add('kamer', v);
    await settle();
    expect(names).toEqual(['Anna']);
    rows.push({ id: 8, event: joined('Bram') });
    hub.notified(`kamer 8 ${JSON.stringify(joined('Bram'))}`);
    expect(names).toEqual(['Anna', 'Bram']);
    expect(reads).toEqual([0]);
    // The same event again (another process, a late notification) is not sent twice.
    hub.notified(`kamer 8 ${JSON.stringify(joined('Bram'))}`);
    expect(names).toEqual(['Anna', 'Bram']);
  });

  it('reads the table when a notification carries no event, carries something else, or the connection was lost', async () => {
    const rows: NumberedEvent[] = [{ id: 1, event: joined('Anna') }];
    const { reads, read } = table(rows);
    const hub = new RoomHub(read);
    const { names, view: v } = view();
    hub.add('kamer', v);
    await settle();
    rows.push({ id: 2, event: joined('Bram') });
    hub.notified('kamer 2');
    await settle();
    rows.push({ id: 4, event: joined('Cor') });
    hub.notified('kamer 4 {"type":"iets anders"}');
    await settle();
    rows.push({ id: 5, event: joined('Dirk') });
    hub.notified('');
    await settle();
    expect(names).toEqual(['Anna', 'Bram', 'Cor', 'Dirk']);
    expect(reads).toEqual([0, 1, 2, 4]);
  });
});
