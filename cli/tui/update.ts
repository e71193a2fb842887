import { MOVES, start, step, type Move, type Scenario, type Topic, type Turn } from '../../engine';
import type { Key } from './keys';
import { NL } from './messages';
import { pendingFor, type Model } from './model';

/** What update() needs from outside: reading a case and reading free text. Both are given, so tests can replace them. */
export interface Deps {
  /** The case with this id, or a Dutch message why it cannot be played. */
  loadCase(id: string): Scenario | string;
  /** How typed text is read. Offline classifier now; a model could answer here later (then this becomes async). */
  understand(text: string): { move: Move; confidence: number | null; topics: Topic[] };
  /** A fresh file path for a new run of this case. */
  newRunPath(caseId: string): string;
}

/** One key in, the next interface state out. No I/O: saving happens in the hook, after the state changed. */
export function update(model: Model, key: Key, deps: Deps): Model {
  if (key.type === 'interrupt') return { ...model, exit: true };
  if (model.overlay === 'help') return { ...model, overlay: null };
  if (model.overlay === 'quit') return quitConfirm(model, key);
  switch (model.screen) {
    case 'menu':
      return menu(model, key, deps);
    case 'conversation':
      if (model.pending) return confirmMove(model, key, deps);
      return model.mode === 'text' ? typing(model, key, deps) : options(model, key, deps);
    case 'debrief':
      return debrief(model, key);
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
  if (key.type === 'up') return (cursor - 1 + count) % count;
  if (key.type === 'down') return (cursor + 1) % count;
  const n = digit(key);
  return n !== undefined && n <= count ? n - 1 : cursor;
}

function menu(model: Model, key: Key, deps: Deps): Model {
  if (isChar(key, 'q')) return { ...model, exit: true };
  if (isChar(key, '?')) return { ...model, overlay: 'help' };
  if (key.type !== 'enter') return { ...model, menuCursor: moveCursor(model.menuCursor, key, model.cases.length) };
  const chosen = model.cases[model.menuCursor];
  if (!chosen) return model;
  const scenario = deps.loadCase(chosen.id);
  if (typeof scenario === 'string') return { ...model, notice: scenario };
  return {
    ...model, screen: 'conversation', scenario, state: start(scenario).state, runPath: deps.newRunPath(scenario.id),
    mode: 'options', optionCursor: 0, text: '', pending: null, notice: null, showTurns: false,
  };
}

function optionCount(model: Model): number {
  const point = model.state?.point ? model.scenario?.points[model.state.point] : undefined;
  return point ? point.options.length : 0;
}

function options(model: Model, key: Key, deps: Deps): Model {
  if (isChar(key, 'q')) return { ...model, overlay: 'quit' };
  if (isChar(key, '?')) return { ...model, overlay: 'help' };
  if (key.type === 'tab') return { ...model, mode: 'text', notice: null };
  const count = optionCount(model) + 1; // the last entry closes the conversation
  if (key.type !== 'enter') return { ...model, optionCursor: moveCursor(model.optionCursor, key, count) };
  const turn: Turn = model.optionCursor === count - 1 ? { type: 'close' } : { type: 'option', option: model.optionCursor + 1 };
  return take(model, turn);
}

function typing(model: Model, key: Key, deps: Deps): Model {
  if (key.type === 'tab' || key.type === 'escape') return { ...model, mode: 'options' };
  if (key.type === 'backspace') return { ...model, text: [...model.text].slice(0, -1).join('') };
  if (key.type === 'char') return { ...model, text: model.text + key.char, notice: null };
  if (key.type !== 'enter') return model;
  const text = model.text.trim();
  if (!text) return model;
  const read = deps.understand(text);
  return { ...model, pending: pendingFor(text, read.move, read.confidence, read.topics) };
}

function confirmMove(model: Model, key: Key, deps: Deps): Model {
  const pending = model.pending!;
  if (key.type === 'escape') return { ...model, pending: null, mode: 'text', text: pending.text };
  if (key.type !== 'enter') return { ...model, pending: { ...pending, cursor: moveCursor(pending.cursor, key, MOVES.length) } };
  const move = MOVES[pending.cursor] ?? pending.move;
  const corrected = move !== pending.move;
  const turn: Turn = {
    type: 'move', move, text: pending.text, topics: pending.topics,
    confidence: corrected ? null : pending.confidence, source: corrected ? 'corrected' : 'classifier',
  };
  return take({ ...model, pending: null, text: '' }, turn);
}

function take(model: Model, turn: Turn): Model {
  const { scenario, state } = model;
  if (!scenario || !state) return model;
  const result = step(scenario, state, turn);
  const rejected = result.events.find((e) => e.type === 'turn_rejected');
  if (rejected && rejected.type === 'turn_rejected') return { ...model, notice: NL.rejected(rejected.reason) };
  const finished = result.state.status === 'finished';
  return {
    ...model, state: result.state, screen: finished ? 'debrief' : 'conversation',
    optionCursor: 0, mode: 'options', text: '', pending: null, notice: null,
  };
}

function quitConfirm(model: Model, key: Key): Model {
  if (isChar(key, 'j', 'y')) return { ...model, overlay: null, exit: true };
  if (isChar(key, 'n') || key.type === 'escape') return { ...model, overlay: null };
  return model;
}

function debrief(model: Model, key: Key): Model {
  if (isChar(key, 'q') || key.type === 'enter') return { ...model, exit: true };
  if (isChar(key, '?')) return { ...model, overlay: 'help' };
  if (isChar(key, 'b')) return { ...model, showTurns: !model.showTurns };
  if (isChar(key, 'm') && model.cases.length > 0) {
    return { ...model, screen: 'menu', scenario: null, state: null, runPath: null, showTurns: false };
  }
  return model;
}
