import type { RunRecords } from './run-records';
import type { Fit } from './scroll';
import { EMPTY_VERSLAG, MOVES, type WrittenVerslag, type Form, type Move, type RunEvent, type RunState, type Scenario, type Topic } from '../../engine';

/** What the menu shows of a case. */
export interface CaseSummary {
  id: string;
  title: string;
  summary: string;
  clientName: string;
  clientAge: number;
  difficulty: string;
  learningGoals: string[];
}

/** A typed turn waiting for the trainee to accept how it was read ("Opgevat als: …"). */
export interface Pending {
  text: string;
  move: Move;
  confidence: number | null;
  topics: Topic[];
  /** Who read it: the offline classifier or the language model (a fallback counts as the classifier). */
  reader: 'classifier' | 'model';
  /** Index into MOVES of the move the trainee is pointing at; -1 when the reader was unsure and nothing is chosen yet. */
  cursor: number;
  /** The likely moves, most likely first (offline reader). */
  likely: Move[];
  /** The form the model read; kept when the trainee corrects the move. */
  form?: Form;
  /** The option (1-based, file order) the model says the words match: a hint for the engine, dropped on a correction. */
  option?: number;
}

/** What a model reading adds to a pending turn besides the move. */
export type ReadingHint = Pick<Pending, 'form' | 'option'>;

/** Below this certainty the reader's guess is not made the default: the trainee chooses. */
export const SURE = 0.6;

/**
 * Work for the language model that update() asks for and the hook carries out: reading a typed
 * turn, or voicing the client's reply to turn `n` (the engine has already taken that turn).
 */
export type Job =
  | { type: 'read'; text: string; clientSaid?: string; choices?: string[] }
  | { type: 'voice'; n: number; events: RunEvent[] };

export type Screen = 'menu' | 'conversation' | 'debrief' | 'verslag';
export type Overlay = 'help' | 'begrippen' | 'quit' | 'close' | null;

/** The whole interface state: a plain value, changed only by update(). */
export interface Model {
  screen: Screen;
  cases: CaseSummary[];
  menuCursor: number;
  scenario: Scenario | null;
  state: RunState | null;
  /** Where this run is saved; set when the run starts or is resumed. */
  runPath: string | null;
  mode: 'options' | 'text';
  /** Position on screen (0-based; the last entry closes the conversation); -1 when nothing is chosen yet. */
  optionCursor: number;
  text: string;
  pending: Pending | null;
  overlay: Overlay;
  showTurns: boolean;
  /** The debrief's first line on screen, when it is taller than the terminal and read page by page. */
  debriefTop: number;
  /** How tall the debrief is and how many of its lines the terminal shows (null: it fits, or is not drawn yet). */
  debriefFit: Fit | null;
  /** The glossary overlay's first line on screen, when its list is taller than the terminal. */
  glossaryTop: number;
  /** How tall the glossary's list is and how many of its lines fit (null: it fits, or is not drawn yet). */
  glossaryFit: Fit | null;
  notice: string | null;
  exit: boolean;
  /** Set in model mode: which model answers (never the key). */
  modelLabel: string | null;
  /** What the model is doing now; keys other than q wait until it is done. */
  waiting: 'reading' | 'answering' | null;
  /** Handed to the hook once, then cleared. */
  job: Job | null;
  /** The client's replies as the model voiced them, by turn number; shown instead of the case's own lines. */
  voiced: Record<number, string>;
  /** Why the last answer came from the offline path; shown until the next turn. */
  modelNotice: string | null;
  /** Earlier play in the runs folder: best and last score per case, unfinished runs to play on. */
  records: RunRecords;
  /** The verslag written after the debrief; saved in the run file with every change. */
  verslag: WrittenVerslag;
  /** Which field of the verslag has the cursor: the steps first, then the ZRM domains. */
  verslagCursor: number;
  /** Showing the verslag beside the model (true) or the fields to write in. */
  verslagReview: boolean;
  /** The first line of the review on screen. */
  verslagTop: number;
}

export const NO_RECORDS: RunRecords = { cases: {}, unfinished: [] };

export function menuModel(cases: CaseSummary[], records: RunRecords = NO_RECORDS): Model {
  return {
    // optionCursor -1: a conversation (new or resumed) opens with the cursor on no option, as after every turn.
    screen: 'menu', cases, menuCursor: 0, scenario: null, state: null, runPath: null, mode: 'options',
    optionCursor: -1, text: '', pending: null, overlay: null, showTurns: false, debriefTop: 0, debriefFit: null, glossaryTop: 0, glossaryFit: null, notice: null, exit: false,
    modelLabel: null, waiting: null, job: null, voiced: {}, modelNotice: null, records,
    verslag: EMPTY_VERSLAG, verslagCursor: 0, verslagReview: false, verslagTop: 0,
  };
}

/** A run in progress (new or resumed); a finished run opens on its debrief. */
export function runModel(cases: CaseSummary[], scenario: Scenario, state: RunState, runPath: string | null, notice: string | null = null): Model {
  return { ...menuModel(cases), screen: state.status === 'finished' ? 'debrief' : 'conversation', scenario, state, runPath, notice };
}

export function pendingFor(
  text: string, move: Move, confidence: number | null, topics: Topic[], reader: Pending['reader'] = 'classifier', likely: Move[] = [],
  hint: ReadingHint = {},
): Pending {
  const sure = confidence === null || confidence >= SURE;
  const form = hint.form !== undefined ? { form: hint.form } : {};
  const option = hint.option !== undefined ? { option: hint.option } : {};
  return { text, move, confidence, topics, reader, likely, cursor: sure ? Math.max(0, MOVES.indexOf(move)) : -1, ...form, ...option };
}

export { currentPhase, PHASES, transcript, voicedTranscript, type Line, type Phase } from '../../engine/run/transcript';
