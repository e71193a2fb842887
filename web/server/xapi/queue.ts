import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { statementSchema, type Statement } from './statements';

// Statements wait on disk, one file each, named by a rising number, until the LRS has taken
// them: a restart loses none, and they go out in the order they were made. Sending runs on its
// own; an LRS that is down or slow delays the statements, never a trainee: adding one is a
// small file write. A failed batch is tried again after a pause that grows to a minute.

export interface Sender {
  /** Resolves when the LRS took the batch (or already had it); rejects otherwise. */
  send(batch: readonly Statement[]): Promise<void>;
}

export interface QueueOptions {
  dir: string;
  sender: Sender;
  /** At most this many statements per request. */
  batch?: number;
  /** Pauses after a failure, in ms: first, and the most (doubling in between). */
  retry?: { first: number; most: number };
  /** What went wrong, for the server's log (no statement content). */
  log?(message: string): void;
}

export interface StatementQueue {
  add(statements: readonly Statement[]): void;
  /** Statements on disk, not yet taken by the LRS. */
  pending(): number;
  /** Resolves once nothing is waiting (for tests and a clean stop); does not send by itself. */
  idle(): Promise<void>;
  stop(): void;
}

const NAME = /^(\d{16})\.json$/;

export function statementQueue(options: QueueOptions): StatementQueue {
  const { dir, sender } = options;
  const batchSize = options.batch ?? 20;
  const retry = options.retry ?? { first: 1000, most: 60_000 };
  mkdirSync(dir, { recursive: true });
  // Half-written files of a crash are temporary files: never sent, removed here.
  for (const name of readdirSync(dir)) if (name.endsWith('.tmp')) rmSync(join(dir, name), { force: true });
  const waiting = () => readdirSync(dir).filter((n) => NAME.test(n)).sort();
  let next = Number(waiting().at(-1)?.slice(0, 16) ?? 0) + 1;
  let sending = false;
  let stopped = false;
  let pause = 0;
  let timer: NodeJS.Timeout | undefined;
  let idlers: (() => void)[] = [];

  const wake = () => {
    if (sending || stopped || timer) return;
    void pump();
  };

  async function pump(): Promise<void> {
    sending = true;
    try {
      for (;;) {
        if (stopped) return;
        const names = waiting().slice(0, batchSize);
        if (names.length === 0) break;
        const batch: Statement[] = [];
        for (const name of names) {
          const parsed = readStatement(join(dir, name));
          if (parsed) batch.push(parsed);
          else rmSync(join(dir, name), { force: true }); // unreadable: it can never be sent
        }
        try {
          if (batch.length > 0) await sender.send(batch);
        } catch (e) {
          pause = pause === 0 ? retry.first : Math.min(retry.most, pause * 2);
          options.log?.(`xAPI: versturen mislukt (${(e as Error).message}); ${waiting().length} verklaringen wachten, nieuwe poging over ${Math.round(pause / 1000)} s.`);
          timer = setTimeout(() => {
            timer = undefined;
            wake();
          }, pause);
          timer.unref();
          return;
        }
        pause = 0;
        for (const name of names) rmSync(join(dir, name), { force: true });
      }
      const done = idlers;
      idlers = [];
      for (const resolve of done) resolve();
    } finally {
      sending = false;
    }
  }

  wake();
  return {
    add(statements) {
      for (const s of statements) {
        const name = `${String(next++).padStart(16, '0')}.json`;
        writeDurably(join(dir, name), JSON.stringify(s));
      }
      wake();
    },
    pending: () => waiting().length,
    idle: () => (waiting().length === 0 ? Promise.resolve() : new Promise((resolve) => idlers.push(resolve))),
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}

function readStatement(path: string): Statement | null {
  try {
    const parsed = statementSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** A temporary file, flushed, then renamed: a statement file is whole or absent. */
function writeDurably(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w');
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, path);
}
