import { start, step, turnSchema, type RunState, type Scenario, type Turn } from '../../../engine';

// The server's own account of a run: the participant's turns replayed with the engine from the
// seed handed out on joining. What a browser says about its state is never read.

export type Replayed = { ok: true; state: RunState } | { ok: false; reason: string };

export function stepOnce(scenario: Scenario, state: RunState, input: Turn): Replayed {
  const result = step(scenario, state, input);
  const rejected = result.events.find((e) => e.type === 'turn_rejected');
  if (rejected && rejected.type === 'turn_rejected') return { ok: false, reason: rejected.reason };
  return { ok: true, state: result.state };
}

export function replay(scenario: Scenario, seed: number, inputs: readonly unknown[]): Replayed {
  let state = start(scenario, { seed }).state;
  for (const raw of inputs) {
    const input = turnSchema.safeParse(raw);
    if (!input.success) return { ok: false, reason: 'Een opgeslagen beurt is onleesbaar.' };
    const next = stepOnce(scenario, state, raw as Turn);
    if (!next.ok) return next;
    state = next.state;
  }
  return { ok: true, state };
}

/**
 * The last state per participant, so a turn does not replay the whole run. Keyed by the number of
 * turns it holds: another server process that took a turn meanwhile makes the entry stale, and
 * a stale entry is simply not used.
 */
export class ReplayCache {
  private readonly states = new Map<string, { n: number; state: RunState }>();
  constructor(private readonly limit = 10_000) {}

  get(participant: string, n: number): RunState | undefined {
    const hit = this.states.get(participant);
    return hit && hit.n === n ? hit.state : undefined;
  }

  set(participant: string, n: number, state: RunState): void {
    this.states.delete(participant);
    this.states.set(participant, { n, state });
    if (this.states.size > this.limit) this.states.delete(this.states.keys().next().value!);
  }

  forget(participant: string): void {
    this.states.delete(participant);
  }
}
