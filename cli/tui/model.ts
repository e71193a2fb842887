import { MOVES, type Move, type RunState, type Scenario, type Topic } from '../../engine';

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
  /** Index into MOVES of the move the trainee is pointing at. */
  cursor: number;
}

export type Screen = 'menu' | 'conversation' | 'debrief';
export type Overlay = 'help' | 'quit' | null;

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
  optionCursor: number;
  text: string;
  pending: Pending | null;
  overlay: Overlay;
  showTurns: boolean;
  notice: string | null;
  exit: boolean;
}

export function menuModel(cases: CaseSummary[]): Model {
  return {
    screen: 'menu', cases, menuCursor: 0, scenario: null, state: null, runPath: null, mode: 'options',
    optionCursor: 0, text: '', pending: null, overlay: null, showTurns: false, notice: null, exit: false,
  };
}

/** A run in progress (new or resumed); a finished run opens on its debrief. */
export function runModel(cases: CaseSummary[], scenario: Scenario, state: RunState, runPath: string | null, notice: string | null = null): Model {
  return { ...menuModel(cases), screen: state.status === 'finished' ? 'debrief' : 'conversation', scenario, state, runPath, notice };
}

export function pendingFor(text: string, move: Move, confidence: number | null, topics: Topic[]): Pending {
  return { text, move, confidence, topics, cursor: Math.max(0, MOVES.indexOf(move)) };
}

export { currentPhase, PHASES, transcript, type Line, type Phase } from '../../engine/run/transcript';
