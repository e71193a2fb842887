import { MOVES, optionOrder, start, step, type Glossary, type Move, type Point, type Scenario, type Topic, type Turn } from '../../engine';
import type { ModelMode } from '../../node/model/mode';
import type { TurnReading } from '../../node/model/reading';
import type { Key } from './keys';
import { NL } from './messages';
import { pendingFor, type Model } from './model';
import { refit, scrolled, type Fit } from './scroll';
import { verslag } from './verslag-update';
import { EMPTY_VERSLAG } from '../../engine';
import type { RunRecords } from './run-records';
import { RESUME_KEYS } from './resume-keys';

/** What update() needs from outside: reading a case and reading free text. Both are given, so tests can replace them. */
export interface Deps {
  /** The case with this id, or a Dutch message why it cannot be played. */
  loadCase(id: string): Scenario | string;
  /** How typed text is read offline (and when no model is used). */
  understand(text: string): { move: Move; confidence: number | null; topics: Topic[]; likely?: Move[] };
  /** A seed for a new run: the order options are shown in. Tests give a fixed one. */
  newSeed?(): number;
  /** A fresh file path for a new run of this case. */
  newRunPath(caseId: string): string;
  /** False while the offline reader is still untrained: its first reading takes seconds, so it is done as a job, with a spinner on screen. */
  readerReady?(): boolean;
  /** Model mode (play --model): the model reads typed turns and voices the client. Its answers arrive as ModelNews. */
  model?: ModelMode;
  /** Reads the runs folder again for the menu (best and last scores, unfinished runs). */
  records?(): RunRecords;
  /** The glossary (scenarios/begrippen.yaml): the key u shows the terms of this case. */
  glossary?: Glossary;
}

/** What the model's work sends back to update(): a reading, a piece of a voiced reply, or the reply's end. */
export type ModelNews =
  | ({ type: 'read'; likely?: Move[] } & TurnReading)
  | { type: 'voice_piece'; n: number; text: string; replace: boolean; notice?: string }
  | { type: 'voice_done'; n: number; text: string; notice?: string };

/** A paged view's measure of itself (the debrief or the glossary), so scrolling stops at its last line. */
export type Layout = ({ type: 'debrief_fit' } & Fit) | ({ type: 'glossary_fit' } & Fit);

export type Message = Key | ModelNews | Layout;

/** One key (or one piece of model news) in, the next interface state out. No I/O: saving and model calls happen in the hook. */
export function update(model: Model, key: Message, deps: Deps): Model {
  if (key.type === 'read' || key.type === 'voice_piece' || key.type === 'voice_done') return news(model, key);
  if (key.type === 'debrief_fit' || key.type === 'glossary_fit') return fitted(model, key);
  if (key.type === 'interrupt') return { ...model, exit: true };
  if (model.overlay === 'help') return { ...model, overlay: null };
  if (model.overlay === 'begrippen') return glossary(model, key);
  if (model.overlay === 'quit') return quitConfirm(model, key);
  if (model.overlay === 'close') return closeConfirm(model, key, deps);
  if (model.waiting) return isChar(key, 'q') ? { ...model, overlay: 'quit' } : model;
  switch (model.screen) {
    case 'menu':
      return menu(model, key, deps);
    case 'conversation':
      if (model.pending) return confirmMove(model, key, deps);
      return model.mode === 'text' ? typing(model, key, deps) : options(model, key, deps);
    case 'debrief':
      return debrief(model, key, deps);
    case 'verslag':
      return verslag(model, key);
  }
}

function isChar(key: Key, ...chars: string[]): boolean {
  return key.type === 'char' && chars.includes(key.char.toLowerCase());
}

function digit(key: Key): number | undefined {
  return key.type === 'char' && /^[1-9]$/.test(key.char) ? Number(key.char) : undefined;
}

function moveCursor(cursor: number, key: Key, count: number): number {
  if (count === 0) return 0;
  // -1: nothing chosen yet (after a turn the cursor rests on no option, so Enter cannot pick one unread).
  if (key.type === 'up') return cursor < 0 ? count - 1 : (cursor - 1 + count) % count;
  if (key.type === 'down') return cursor < 0 ? 0 : (cursor + 1) % count;
  const n = digit(key);
  return n !== undefined && n <= count ? n - 1 : cursor;
}


function menu(model: Model, key: Key, deps: Deps): Model {
  if (isChar(key, 'q')) return { ...model, exit: true };
  if (isChar(key, '?')) return { ...model, overlay: 'help' };
  const letter = key.type === 'char' ? RESUME_KEYS.indexOf(key.char.toLowerCase()) : -1;
  if (letter >= 0 && key.type === 'char' && key.char.length === 1) {
    const run = model.records.unfinished[letter];
    if (!run) return model;
    const scenario = deps.loadCase(run.caseId);
    if (typeof scenario === 'string') return { ...model, notice: scenario };
    return {
      ...model, screen: 'conversation', scenario, state: run.state, runPath: run.path,
      mode: 'options', optionCursor: -1, text: '', pending: null, notice: null, showTurns: false,
    };
  }
  if (key.type !== 'enter') return { ...model, menuCursor: moveCursor(model.menuCursor, key, model.cases.length) };
  const chosen = model.cases[model.menuCursor];
  if (!chosen) return model;
  const scenario = deps.loadCase(chosen.id);
  if (typeof scenario === 'string') return { ...model, notice: scenario };
  return {
    ...model, screen: 'conversation', scenario, state: start(scenario, { seed: deps.newSeed?.() ?? 0 }).state, runPath: deps.newRunPath(scenario.id),
    mode: 'options', optionCursor: -1, text: '', pending: null, notice: null, showTurns: false,
  };
}

/** The point the run is at, looked up as the case's own property only. */
function currentPoint(model: Pick<Model, 'scenario' | 'state'>): Point | undefined {
  const { scenario, state } = model;
  if (!scenario || !state || state.point === null || !Object.hasOwn(scenario.points, state.point)) return undefined;
  return scenario.points[state.point];
}

/** The option numbers (file order) in the order this run shows them. */
export function shownOptions(model: Pick<Model, 'scenario' | 'state'>): number[] {
  const { scenario, state } = model;
  if (!scenario || !state || state.point === null || !Object.hasOwn(scenario.points, state.point)) return [];
  return optionOrder(state.seed, state.point, scenario.points[state.point]!.options.length);
}

function options(model: Model, key: Key, deps: Deps): Model {
  if (isChar(key, 'q')) return { ...model, overlay: 'quit' };
  if (isChar(key, '?')) return { ...model, overlay: 'help' };
  if (isChar(key, 'u') && deps.glossary) return openGlossary(model);
  if (key.type === 'tab') return { ...model, mode: 'text', notice: null };
  const shown = shownOptions(model);
  const count = shown.length + 1; // the last entry closes the conversation
  if (key.type !== 'enter') {
    const optionCursor = moveCursor(model.optionCursor, key, count);
    // "Choose first" is answered once something is chosen; other notices (may close, rejected) stay.
    return { ...model, optionCursor, notice: optionCursor >= 0 && model.notice === NL.pickFirst ? null : model.notice };
  }
  if (model.optionCursor < 0) return { ...model, notice: NL.pickFirst };
  // Closing ends the run for good and sits right under the last option: one ↓ too many must not end it.
  if (model.optionCursor === count - 1) return { ...model, overlay: 'close' };
  return take(model, { type: 'option', option: shown[model.optionCursor] ?? 1 }, deps);
}

function typing(model: Model, key: Key, deps: Deps): Model {
  if (key.type === 'tab' || key.type === 'escape') return { ...model, mode: 'options' };
  if (key.type === 'backspace') return { ...model, text: [...model.text].slice(0, -1).join('') };
  if (key.type === 'char') return { ...model, text: model.text + key.char, notice: null };
  if (key.type !== 'enter') return model;
  const text = model.text.trim();
  if (!text) return model;
  if (deps.model) {
    const point = currentPoint(model);
    // The options in file order (not the order on screen): the model names one by its number in the file.
    const choices = point?.options.map((o) => o.text) ?? [];
    return { ...model, waiting: 'reading', job: { type: 'read', text, clientSaid: point?.client, choices }, modelNotice: null };
  }
  if (deps.readerReady && !deps.readerReady()) return { ...model, waiting: 'reading', job: { type: 'read', text }, modelNotice: null };
  const read = deps.understand(text);
  return { ...model, pending: pendingFor(text, read.move, read.confidence, read.topics, 'classifier', read.likely ?? []) };
}

/** Model news is taken only while it is awaited, so a late answer after quitting or a new case changes nothing. */
function news(model: Model, message: ModelNews): Model {
  if (message.type === 'read') {
    if (model.waiting !== 'reading') return model;
    const text = model.text.trim();
    return {
      ...model, waiting: null, modelNotice: message.notice ?? null,
      pending: pendingFor(text, message.move, message.confidence, message.topics, message.reader, message.likely ?? [], { form: message.form, option: message.option }),
    };
  }
  if (model.waiting !== 'answering' || model.state?.turns.at(-1)?.n !== message.n) return model;
  const before = model.voiced[message.n] ?? '';
  const text = message.type === 'voice_done' || message.replace ? message.text : before + message.text;
  return {
    ...model,
    voiced: { ...model.voiced, [message.n]: text },
    waiting: message.type === 'voice_done' ? null : 'answering',
    modelNotice: message.notice ?? model.modelNotice,
  };
}

function confirmMove(model: Model, key: Key, deps: Deps): Model {
  const pending = model.pending!;
  if (key.type === 'escape') return { ...model, pending: null, mode: 'text', text: pending.text, notice: model.notice === NL.pickMoveFirst ? null : model.notice };
  if (key.type !== 'enter') {
    const cursor = moveCursor(pending.cursor, key, MOVES.length);
    return { ...model, pending: { ...pending, cursor }, notice: cursor >= 0 && model.notice === NL.pickMoveFirst ? null : model.notice };
  }
  const move = MOVES[pending.cursor];
  if (move === undefined) return { ...model, notice: NL.pickMoveFirst };
  const corrected = move !== pending.move;
  // The form the model read stays; its option hint belonged to its own move, so a correction drops it.
  const form = pending.form !== undefined ? { form: pending.form } : {};
  const option = !corrected && pending.option !== undefined ? { option: pending.option } : {};
  const turn: Turn = {
    type: 'move', move, text: pending.text, topics: pending.topics,
    confidence: corrected ? null : pending.confidence, source: corrected ? 'corrected' : pending.reader, ...form, ...option,
  };
  return take({ ...model, pending: null, text: '' }, turn, deps);
}

function take(model: Model, turn: Turn, deps: Deps): Model {
  const { scenario, state } = model;
  if (!scenario || !state) return model;
  const result = step(scenario, state, turn);
  const rejected = result.events.find((e) => e.type === 'turn_rejected');
  if (rejected && rejected.type === 'turn_rejected') return { ...model, notice: NL.rejected(rejected.reason) };
  const finished = result.state.status === 'finished';
  const mayClose = result.events.some((e) => e.type === 'may_close');
  const next: Model = {
    ...model, state: result.state, screen: finished ? 'debrief' : 'conversation', debriefTop: 0, debriefFit: null,
    // After an agreement the close entry is offered; otherwise the cursor rests on nothing.
    optionCursor: mayClose ? shownOptions({ scenario, state: result.state }).length : -1,
    mode: 'options', text: '', pending: null, notice: mayClose ? NL.mayClose : null, modelNotice: null,
  };
  const n = result.state.turns.at(-1)?.n;
  // The debrief needs no voice: the scores are the engine's, and the last reply is in the turn list.
  if (!deps.model || finished || n === undefined) return next;
  return { ...next, waiting: 'answering', job: { type: 'voice', n, events: [...result.events] } };
}

/** Only j closes: Enter pressed twice in a hurry keeps the conversation going. */
function closeConfirm(model: Model, key: Key, deps: Deps): Model {
  if (isChar(key, 'j', 'y')) return take({ ...model, overlay: null }, { type: 'close' }, deps);
  if (isChar(key, 'n') || key.type === 'escape' || key.type === 'up') return { ...model, overlay: null };
  return model;
}

function quitConfirm(model: Model, key: Key): Model {
  if (isChar(key, 'j', 'y')) return { ...model, overlay: null, exit: true };
  if (isChar(key, 'n') || key.type === 'escape') return { ...model, overlay: null };
  return model;
}

function debrief(model: Model, key: Key, deps: Deps): Model {
  if (isChar(key, 'q') || key.type === 'enter') return { ...model, exit: true };
  if (isChar(key, '?')) return { ...model, overlay: 'help' };
  if (isChar(key, 'u') && deps.glossary) return openGlossary(model);
  // The other view starts at its own top; its size is measured again once it is drawn.
  if (isChar(key, 'b')) return { ...model, showTurns: !model.showTurns, debriefTop: 0, debriefFit: null };
  if (isChar(key, 'v') && model.state?.status === 'finished') return { ...model, screen: 'verslag', verslagReview: false, verslagTop: 0, notice: null };
  if (isChar(key, 'm') && model.cases.length > 0) {
    return {
      ...model, screen: 'menu', scenario: null, state: null, runPath: null, showTurns: false, debriefTop: 0, debriefFit: null,
      verslag: EMPTY_VERSLAG, verslagCursor: 0, verslagReview: false, verslagTop: 0,
      records: deps.records?.() ?? model.records,
    };
  }
  const top = scrolled(model.debriefTop, model.debriefFit, key);
  return top === undefined ? model : { ...model, debriefTop: top };
}

const openGlossary = (model: Model): Model => ({ ...model, overlay: 'begrippen', glossaryTop: 0, glossaryFit: null });

/** A long glossary scrolls with the debrief's keys; any other key (Esc, Enter, q) closes it, as does any key when it fits. */
function glossary(model: Model, key: Key): Model {
  const top = scrolled(model.glossaryTop, model.glossaryFit, key);
  return top === undefined ? { ...model, overlay: null, glossaryTop: 0, glossaryFit: null } : { ...model, glossaryTop: top };
}

/** A new measure of the debrief or the glossary. */
function fitted(model: Model, fit: Layout): Model {
  if (fit.type === 'glossary_fit') {
    const next = refit(model.glossaryFit, model.glossaryTop, fit);
    return next ? { ...model, glossaryFit: next.fit, glossaryTop: next.top } : model;
  }
  const next = refit(model.debriefFit, model.debriefTop, fit);
  return next ? { ...model, debriefFit: next.fit, debriefTop: next.top } : model;
}
