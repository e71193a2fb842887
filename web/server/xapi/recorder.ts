import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { replay, score, type Scenario, type Turn } from '../../../engine';
import type { StatementQueue } from './queue';
import { statementsFor, type Agent, type GroupContext } from './statements';

// Turns a run into statements once each: per run it keeps (on disk, beside the queue) how many
// turns were sent and when the run began. The run itself is played again from the case and the
// turns; the score is the engine's, never a number from the browser.

export interface RunReport {
  runId: string;
  caseId: string;
  seed: number;
  turns: readonly Turn[];
  learner: Agent;
  /** Set when the run was played in a group room; the room service passes it (see README). */
  group?: GroupContext;
}

const trackSchema = z.object({ sent: z.number().int().min(0), startedAt: z.number(), done: z.boolean() });
type Track = z.infer<typeof trackSchema>;

export interface Recorder {
  /** Queues what is new in this run; returns how many statements, or why the run was refused. */
  record(run: RunReport): { ok: true; queued: number } | { ok: false; reason: 'unknown-case' | 'does-not-fit' };
}

export function runRecorder(options: {
  dir: string;
  queue: StatementQueue;
  findScenario(id: string): Scenario | undefined;
  base: string;
  typedText: boolean;
  now?: () => Date;
}): Recorder {
  const runs = join(options.dir, 'runs');
  mkdirSync(runs, { recursive: true });
  const now = options.now ?? (() => new Date());
  const path = (runId: string) => join(runs, `${runId}.json`);
  const read = (runId: string): Track | null => {
    try {
      const parsed = trackSchema.safeParse(JSON.parse(readFileSync(path(runId), 'utf8')));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  };
  const write = (runId: string, track: Track) => {
    const temporary = `${path(runId)}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(track));
    renameSync(temporary, path(runId));
  };
  return {
    record(run) {
      const scenario = options.findScenario(run.caseId);
      if (!scenario) return { ok: false, reason: 'unknown-case' };
      const played = replay(scenario, run.seed, run.turns);
      if (!played.ok) return { ok: false, reason: 'does-not-fit' };
      const { state } = played;
      const track = read(run.runId);
      if (track?.done) return { ok: true, queued: 0 };
      const at = now();
      const startedAt = track?.startedAt ?? at.getTime();
      const sent = Math.min(track?.sent ?? 0, state.turns.length);
      if (track && sent === state.turns.length && state.status !== 'finished') return { ok: true, queued: 0 };
      const facts = { runId: run.runId, learner: run.learner, scenario, base: options.base, typedText: options.typedText, id: randomUUID, now: () => at, ...(run.group ? { group: run.group } : {}) };
      const statements = statementsFor(facts, state, score(scenario, state), sent, track === null, at.getTime() - startedAt);
      options.queue.add(statements);
      write(run.runId, { sent: state.turns.length, startedAt, done: state.status === 'finished' });
      return { ok: true, queued: statements.length };
    },
  };
}
