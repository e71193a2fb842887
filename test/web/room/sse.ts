/** One Server-Sent Event as received. */
export interface Received {
  id: number | null;
  event: string;
  data: unknown;
  at: number;
}

/**
 * Listens to an event stream with fetch (as a browser's EventSource would, without reconnecting):
 * every event lands in `events` (or goes to `onEvent`, for a load that would fill memory); `until` waits for one that matches.
 */
export function listen(url: string, headers: Record<string, string> = {}, onEvent?: (e: Received) => void) {
  const events: Received[] = [];
  const waiters: { test: (e: Received) => boolean; done: (e: Received) => void }[] = [];
  const stop = new AbortController();
  const opened = fetch(url, { headers: { Accept: 'text/event-stream', ...headers }, signal: stop.signal }).then(async (res) => {
    if (!res.ok || !res.body) throw new Error(`stream refused: ${res.status}`);
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    void (async () => {
      for (;;) {
        const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true as const }));
        if (done) return;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const fields = Object.fromEntries(block.split('\n').filter((l) => l && !l.startsWith(':')).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trimStart()]));
          if (fields.data === undefined) continue;
          const received: Received = { id: fields.id ? Number(fields.id) : null, event: fields.event ?? 'message', data: JSON.parse(fields.data), at: performance.now() };
          if (onEvent) onEvent(received);
          else events.push(received);
          for (const w of [...waiters]) if (w.test(received)) {
            waiters.splice(waiters.indexOf(w), 1);
            w.done(received);
          }
        }
      }
    })();
  });
  return {
    events,
    opened,
    until(test: (e: Received) => boolean, ms = 10_000): Promise<Received> {
      const found = events.find(test);
      if (found) return Promise.resolve(found);
      return new Promise((done, fail) => {
        const timer = setTimeout(() => fail(new Error(`no matching event within ${ms} ms; had ${JSON.stringify(events.map((e) => e.data))}`)), ms);
        waiters.push({ test, done: (e) => (clearTimeout(timer), done(e)) });
      });
    },
    close: () => stop.abort(),
  };
}
