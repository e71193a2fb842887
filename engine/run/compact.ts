import { z } from 'zod';
import type { Scenario } from '../case/schema';
import { FORMS } from '../text/form';
import { MOVES, TOPICS } from '../vocabulary';
import { start } from './start';
import { step } from './step';
import type { RunState, Turn, TurnRecord } from './state';

// A run as short text: the seed and the turns as they were put in, nothing the engine can work
// out again. Replaying them through step() gives the run back (the engine is pure). SCORM 1.2
// keeps a learner's place in cmi.suspend_data, at most 4,096 characters; a run by options costs
// two or three characters a turn. Typed sentences cost their length: when the whole does not
// fit, the oldest typed turns that took an option are kept as that option without their words,
// then the words of the others are shortened (and their reader's certainty rounded). The route through the case stays the same.

const SOURCES = ['classifier', 'model', 'corrected', 'trainee'] as const;
const COMPACT_VERSION = 1;

/** A typed turn: move, words, topics, confidence (or -1), source, form given by a model (or -1), option hint (or 0). */
const typedSchema = z.tuple([
  z.number().int().min(0).max(MOVES.length - 1),
  z.string().max(4000),
  z.array(z.number().int().min(0).max(TOPICS.length - 1)).max(TOPICS.length),
  z.number().min(-1).max(1),
  z.number().int().min(0).max(SOURCES.length - 1),
  z.number().int().min(-1).max(FORMS.length - 1),
  z.number().int().min(0).max(99),
]);
/** n ≥ 1: that option (file order); 0: close; a tuple: a typed turn. */
const compactTurnSchema = z.union([z.number().int().min(0).max(99), typedSchema]);
const compactSchema = z.tuple([z.literal(COMPACT_VERSION), z.string().max(100), z.number().int(), z.array(compactTurnSchema).max(1000)]);

type CompactTurn = z.infer<typeof compactTurnSchema>;

function compactTurn(record: TurnRecord): CompactTurn {
  if (record.kind === 'close') return 0;
  if (record.kind === 'option') return record.option ?? 0;
  const source = SOURCES.indexOf(record.source as (typeof SOURCES)[number]);
  // A form given with the turn (a model's reading) leaves exactly that one form as its segments
  // (or none, for a repeated sentence); passing the form again then changes nothing.
  const formGiven = record.form !== null && (record.segments.length === 0 || (record.segments.length === 1 && record.segments[0] === record.form));
  return [
    Math.max(0, MOVES.indexOf(record.move ?? 'verhelderen')),
    record.text,
    record.topics.map((t) => TOPICS.indexOf(t)).filter((i) => i >= 0),
    record.confidence ?? -1,
    Math.max(0, source),
    formGiven && record.form ? FORMS.indexOf(record.form) : -1,
    record.match === 'model' && record.option !== null ? record.option : 0,
  ];
}

function toTurn(c: CompactTurn): Turn {
  if (typeof c === 'number') return c === 0 ? { type: 'close' } : { type: 'option', option: c };
  const [move, text, topics, confidence, source, form, option] = c;
  return {
    type: 'move', move: MOVES[move]!, text, topics: topics.map((t) => TOPICS[t]!), confidence: confidence < 0 ? null : confidence,
    source: SOURCES[source]!, ...(form >= 0 ? { form: FORMS[form]! } : {}), ...(option > 0 ? { option } : {}),
  };
}

/** The run in at most `limit` characters (SCORM 1.2: 4,096). Returns null only when even the bare route does not fit. */
export function encodeRun(state: RunState, limit = 4096): string | null {
  const turns = state.turns.map(compactTurn);
  const text = () => JSON.stringify([COMPACT_VERSION, state.caseId, state.seed, turns]);
  if (text().length <= limit) return text();
  // First: typed turns that took an option become that option, oldest first.
  for (let i = 0; i < turns.length && text().length > limit; i++) {
    const record = state.turns[i]!;
    if (Array.isArray(turns[i]) && record.option !== null) turns[i] = record.option;
  }
  // Then: the words of the remaining typed turns, shortened, oldest first.
  for (let i = 0; i < turns.length && text().length > limit; i++) {
    const t = turns[i];
    if (Array.isArray(t)) turns[i] = [t[0], t[1].slice(0, 24), t[2], Math.round(t[3] * 100) / 100, t[4], t[5], t[6]];
  }
  return text().length <= limit ? text() : null;
}

export type CompactReplay = { ok: true; state: RunState; complete: boolean } | { ok: false };

/**
 * The run back from its short text, replayed through the engine. `complete` is false when a turn
 * no longer fits the case (it changed since): the run then stands as far as it went.
 */
export function decodeRun(scenario: Scenario, text: string): CompactReplay {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false };
  }
  const parsed = compactSchema.safeParse(data);
  if (!parsed.success || parsed.data[1] !== scenario.id) return { ok: false };
  const [, , seed, turns] = parsed.data;
  let state = start(scenario, { seed }).state;
  for (const c of turns) {
    const result = step(scenario, state, toTurn(c));
    if (result.events.some((e) => e.type === 'turn_rejected')) return { ok: true, state, complete: false };
    state = result.state;
  }
  return { ok: true, state, complete: true };
}
