import type { Option, Point, Scenario } from '../case/schema';
import { continuation, judgeOption } from '../case/judgement';
import { readForm, type Form, type FormReading } from '../text/form';
import { arrangementsOf, echoesOf } from '../text/echoes';
import { matchPoint, PITFALL_THRESHOLD } from '../text/match-point';
import type { Move, Topic } from '../vocabulary';
import { SOLUTION_MOVES } from '../vocabulary';
import { chooseEnding } from './ending';
import { revealByOption, revealByText } from './reveal';
import { repeatsEarlier, turnSchema, type RunEvent, type RunState, type Turn, type TurnRecord } from './state';
import { own } from '../own';

export interface StepResult {
  state: RunState;
  events: RunEvent[];
}

interface Said {
  text: string;
  topics: Topic[];
  confidence: number | null;
  source: TurnRecord['source'];
  form: Form | null;
  segments: Form[];
  match: TurnRecord['match'];
}

/** Typed turns at one point that matched no option before the conversation moves on. */
export const FREE_TURNS_PER_POINT = 2;
/** In the opening one is enough: a greeting or an introduction in other words must not hold up the onderzoek. */
export const FREE_TURNS_IN_OPENING = 1;

/** How many typed turns that match no option a point takes before the conversation moves on. */
export function freeTurnsAt(point: Point): number {
  return point.phase === 'opening' ? FREE_TURNS_IN_OPENING : FREE_TURNS_PER_POINT;
}

/** One trainee turn. Pure: the same case, state and turn always give the same result; never throws for a bad turn. */
export function step(scenario: Scenario, state: RunState, input: Turn): StepResult {
  const parsed = turnSchema.safeParse(input);
  if (!parsed.success) return reject(state, 'Deze beurt wordt niet begrepen.');
  if (state.status === 'finished') return reject(state, 'Het gesprek is al afgerond.');
  const pointId = state.point;
  const point = pointId !== null && Object.hasOwn(scenario.points, pointId) ? scenario.points[pointId] : undefined;
  if (pointId === null || !point) return reject(state, 'Er is geen actief beslismoment.');
  const turn = parsed.data;

  if (turn.type === 'close') return close(scenario, state, pointId, turn.text ?? 'Ik rond het gesprek af.');
  if (turn.type === 'option') {
    const option = point.options[turn.option - 1];
    if (!option) return reject(state, `Optie ${turn.option} bestaat niet; kies 1 tot en met ${point.options.length}.`);
    const reading = optionForm(option);
    const said: Said = { text: turn.text ?? option.text, topics: option.topics, confidence: null, source: 'option', form: reading.form, segments: reading.segments, match: null };
    return takeOption(scenario, state, pointId, turn.option, option, said, 'option');
  }
  // Saying the same sentence again is not a new turn in the conversation: it gets the fallback, nothing more.
  if (repeatsEarlier(turn.text, state.turns)) {
    return freeTurn(scenario, state, pointId, point, turn.move, { text: turn.text, topics: turn.topics, confidence: turn.confidence, source: turn.source, form: turn.form ?? readForm(turn.text).form, segments: [], match: 'none' }, true);
  }
  const reading = readForm(turn.text);
  const form = turn.form ?? reading.form;
  const base = { text: turn.text, topics: turn.topics, confidence: turn.confidence, source: turn.source, form, segments: turn.form ? [turn.form] : reading.segments };
  const found = matchPoint(point, { text: turn.text, move: turn.move, topics: turn.topics });
  let number = found.option;
  let kind: 'verbatim' | 'meaning' | 'model' | 'none' = found.kind;
  // A model's reading may name an option; the engine still refuses a pitfall the words do not clearly say.
  if (number === undefined && turn.option !== undefined) {
    const hinted = point.options[turn.option - 1];
    if (hinted && (judgeOption(hinted) !== 'weak' || (found.similarity[turn.option - 1] ?? 0) >= PITFALL_THRESHOLD)) {
      number = turn.option;
      kind = 'model';
    }
  }
  if (number !== undefined && kind !== 'none') {
    const option = point.options[number - 1]!;
    const result = takeOption(scenario, state, pointId, number, option, { ...base, match: kind }, 'move');
    return { ...result, events: [{ type: 'option_matched', option: number, move: turn.move, kind }, ...result.events] };
  }
  return freeTurn(scenario, state, pointId, point, turn.move, { ...base, match: 'none' });
}

const optionForms = new WeakMap<Option, FormReading>();

/** The form of an option's own words, read once. */
export function optionForm(option: Option): FormReading {
  let reading = optionForms.get(option);
  if (reading === undefined) {
    reading = readForm(option.text);
    optionForms.set(option, reading);
  }
  return reading;
}

function takeOption(
  scenario: Scenario, state: RunState, pointId: string, number: number, option: Option, said: Said, kind: 'option' | 'move',
): StepResult {
  const trustAfter = clampTrust(state.trust + option.trust);
  const outcome = revealByOption(scenario, state, option, trustAfter);
  // The option's own reply carries what did come out; the guarded line only speaks when nothing did.
  // Without a reply of its own and with nothing new to tell (its fact already out), the client answers
  // as to any such move: a conversation partner who stays silent reads as a broken trainer.
  const fallback = scenario.fallback[option.move].replies;
  const generic = fallback[pickIndex(state.seed, state.turns.length + 1, fallback.length)] ?? fallback[0] ?? '';
  const reply = (outcome.revealed.length === 0 ? outcome.heldBackReply : undefined) ?? option.reply ?? outcome.saysReply ?? outcome.heldBackReply ?? generic;
  const record = makeRecord(state, pointId, kind, number, option.move, said, trustAfter, outcome.revealed, outcome.heldBack, reply);
  const next = applyRecord(state, record);
  const events: RunEvent[] = [...trustEvents(state.trust, trustAfter), ...outcome.events];
  if (reply) events.push({ type: 'client_said', text: reply, point: pointId });
  events.push({ type: 'feedback', text: option.feedback });

  if (option.next !== undefined) return enterPoint(scenario, next, option.next, events);
  // Typed words that say a closing option do not end the conversation: only the trainee closes.
  if (kind === 'move') return { state: next, events: [...events, { type: 'may_close' }] };
  return finish(scenario, next, events, option.ending);
}

/**
 * Typed text that is none of the options: the client answers the fact it asks about, or from the
 * fallback. After a few such turns at one point the conversation moves on, so typing never stalls.
 */
function freeTurn(scenario: Scenario, state: RunState, pointId: string, point: Point, move: Move, said: Said, repeated = false): StepResult {
  const fallback = scenario.fallback[move];
  const trustAfter = clampTrust(state.trust + fallback.trust + formTrust(said.segments));
  const outcome = repeated ? { revealed: [], heldBack: [], events: [] } : revealByText(scenario, state, said, move, trustAfter);
  const pick = fallback.replies[pickIndex(state.seed, state.turns.length + 1, fallback.replies.length)] ?? fallback.replies[0] ?? '';
  const reply = outcome.reply ?? pick;
  const arranged = repeated ? [] : arrangementsOf(scenario, said.text, said.form, move);
  const echoed = repeated ? [] : echoesOf(scenario, said.text, said.form, move, point.phase === 'opening');
  const record = {
    ...makeRecord(state, pointId, 'move', null, move, said, trustAfter, outcome.revealed, outcome.heldBack, reply),
    echoes: echoed[0] ?? null,
    alsoEchoes: echoed.slice(1),
    arranges: arranged[0] ?? null,
    alsoArranges: arranged.slice(1),
  };
  const next = applyRecord(state, record);
  const events: RunEvent[] = [
    { type: 'no_option_matched', move },
    ...trustEvents(state.trust, trustAfter),
    ...outcome.events,
    { type: 'client_said', text: reply, point: pointId },
  ];
  const freeHere = next.turns.filter((t) => t.point === pointId && t.kind === 'move' && t.option === null).length;
  const limit = freeTurnsAt(point);
  const onward = continuation(point);
  const moveOn = freeHere >= limit && onward !== undefined && Object.hasOwn(scenario.points, onward);
  // An agreement once solutions were on the table: the faces may ask whether to close. Only the trainee closes.
  const solutionsSeen = next.turns.some((t) => t.move !== null && SOLUTION_MOVES.includes(t.move));
  if ((move === 'afspraak' && solutionsSeen) || (freeHere >= limit && onward === undefined)) events.push({ type: 'may_close' });
  if (moveOn) return enterPoint(scenario, next, onward!, events);
  return { state: next, events };
}

/** Feeling heard builds trust: a reflection, summary or affirmation in a typed turn adds one (once per turn). */
const TRUSTED_FORMS: ReadonlySet<Form> = new Set(['simple_reflection', 'complex_reflection', 'summary', 'affirmation']);

function formTrust(segments: readonly Form[]): number {
  return segments.some((f) => TRUSTED_FORMS.has(f)) ? 1 : 0;
}

function close(scenario: Scenario, state: RunState, pointId: string, text: string): StepResult {
  const said: Said = { text, topics: [], confidence: null, source: 'trainee', form: null, segments: [], match: null };
  const record = makeRecord(state, pointId, 'close', null, null, said, state.trust, [], [], '');
  return finish(scenario, applyRecord(state, record), []);
}

function enterPoint(scenario: Scenario, state: RunState, pointId: string, events: RunEvent[]): StepResult {
  const visited = state.visited.includes(pointId) ? state.visited : state.visited.concat([pointId]);
  return {
    state: copy(state, { point: pointId, visited }),
    events: [...events, { type: 'point_entered', point: pointId }, { type: 'client_said', text: own(scenario.points, pointId)!.client, point: pointId }],
  };
}

function finish(scenario: Scenario, state: RunState, events: RunEvent[], fixedEnding?: string): StepResult {
  const ending = chooseEnding(scenario, state, fixedEnding);
  return {
    state: copy(state, { status: 'finished', ending, point: null }),
    events: [...events, { type: 'ended', ending }],
  };
}

function makeRecord(
  state: RunState, pointId: string, kind: TurnRecord['kind'], option: number | null, move: Move | null, said: Said,
  trustAfter: number, revealed: string[], heldBack: string[], reply: string,
): TurnRecord {
  return {
    n: state.turns.length + 1, point: pointId, kind, option, form: said.form, segments: said.segments, match: said.match, echoes: null, alsoEchoes: [], arranges: null, alsoArranges: [], move, text: said.text, topics: said.topics,
    confidence: said.confidence, source: said.source, trustBefore: state.trust, trustAfter, revealed, heldBack, reply,
  };
}

function applyRecord(state: RunState, record: TurnRecord): RunState {
  return copy(state, {
    trust: record.trustAfter,
    revealed: record.revealed.length === 0 ? state.revealed : state.revealed.concat(record.revealed),
    turns: state.turns.concat([record]),
  });
}

/** A new state with some fields changed. Written out field by field: this runs on every turn, and a literal is much cheaper than a spread. */
function copy(state: RunState, change: Partial<RunState>): RunState {
  return {
    version: state.version,
    caseId: state.caseId,
    caseVersion: state.caseVersion,
    seed: state.seed,
    point: change.point !== undefined ? change.point : state.point,
    status: change.status ?? state.status,
    ending: change.ending !== undefined ? change.ending : state.ending,
    trust: change.trust ?? state.trust,
    revealed: change.revealed ?? state.revealed,
    visited: change.visited ?? state.visited,
    turns: change.turns ?? state.turns,
  };
}

function reject(state: RunState, reason: string): StepResult {
  return { state, events: [{ type: 'turn_rejected', reason }] };
}

function trustEvents(from: number, to: number): RunEvent[] {
  return from === to ? [] : [{ type: 'trust_changed', from, to }];
}

function clampTrust(trust: number): number {
  return Math.max(0, Math.min(10, trust));
}

/** A small integer hash, so the seed and turn number pick a reply without any randomness. */
export function pickIndex(seed: number, turn: number, length: number): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ turn, 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  // >>> 0: without it the xor is signed and a third of the picks were negative (an empty reply).
  return ((h ^ (h >>> 16)) >>> 0) % Math.max(1, length);
}
