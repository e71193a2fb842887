import type { Scenario } from '../case/schema';
import { readForm, type Form } from '../text/form';
import type { Move, Topic } from '../vocabulary';
import { start } from './start';
import type { RunEvent, RunState, Turn, TurnRecord } from './state';
import { step } from './step';

/** A turn with every field spelled out, as a replay (and a request to replay) carries it. */
export type ReplayTurn =
  | { type: 'option'; option: number }
  | { type: 'move'; move: Move; text: string; topics: Topic[]; confidence: number | null; source: 'classifier' | 'model' | 'corrected' | 'trainee'; form?: Form; option?: number }
  | { type: 'close'; text: string };

/**
 * The turn that produced a record, as little as the step needs to produce it again: what the
 * trainee chose or said, and what a reader decided about it. Nothing the engine derived (the reply,
 * trust, facts) goes back in, so a replay cannot be told what the case says.
 */
export function turnOf(record: TurnRecord): ReplayTurn {
  if (record.kind === 'option') return { type: 'option', option: record.option ?? 0 };
  if (record.kind === 'close') return { type: 'close', text: record.text };
  const read = readForm(record.text);
  // A form a reader (the model) gave shows as a record the words alone would not give. A repeated
  // sentence keeps no segments, so there only the form itself can tell.
  const repeated = record.segments.length === 0;
  const fromWords = record.form === read.form && (repeated || sameForms(record.segments, read.segments));
  return {
    type: 'move',
    move: record.move ?? 'verhelderen',
    text: record.text,
    topics: record.topics,
    confidence: record.confidence,
    source: record.source === 'option' ? 'trainee' : record.source,
    ...(!fromWords && record.form !== null ? { form: record.form } : {}),
    ...(record.match === 'model' && record.option !== null ? { option: record.option } : {}),
  };
}

export type Replay =
  | { ok: true; state: RunState; events: RunEvent[] }
  | { ok: false; turn: number; reason: string };

/** A run played again from its seed and turns; the events are those of the last turn (or of the start). */
export function replay(scenario: Scenario, seed: number, turns: readonly Turn[]): Replay {
  let { state, events } = start(scenario, { seed });
  for (const [i, turn] of turns.entries()) {
    const result = step(scenario, state, turn);
    const rejected = result.events.find((e) => e.type === 'turn_rejected');
    if (rejected) return { ok: false, turn: i + 1, reason: rejected.reason };
    ({ state, events } = result);
  }
  return { ok: true, state, events };
}

function sameForms(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((f, i) => f === b[i]);
}
