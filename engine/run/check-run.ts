import type { Option, Point, Scenario } from '../case/schema';
import { continuation } from '../case/judgement';
import { startPoint } from '../case/references';
import { own } from '../own';
import { arrangementsOf, echoesOf } from '../text/echoes';
import { chooseEnding } from './ending';
import { revealByOption, revealByText } from './reveal';
import { freeTurnsAt } from './step';
import { echoedRefs, repeatsEarlier, type RunState, type TurnRecord } from './state';

/** More turns than any real conversation takes; a file with more is refused before anything is computed. */
export const MAX_RUN_TURNS = 500;

export type RunCheck = { ok: true; state: RunState } | { ok: false; reason: string };

/**
 * A run state from a file, checked against the case turn by turn in one pass: every point, option,
 * fact and ending must exist, each turn must follow from the one before (where the case leads, how
 * trust moves, which facts an option can bring out). What a run adds up to (facts found, trust,
 * the points visited, the ending) is derived again from the turns, never taken from the file.
 */
export function checkRun(scenario: Scenario, state: RunState): RunCheck {
  const turns = state.turns;
  if (turns.length > MAX_RUN_TURNS) return refuse(`Dit gesprek heeft ${turns.length} beurten; meer dan ${MAX_RUN_TURNS} kan geen echt gesprek zijn.`);
  const first = startPoint(scenario);
  if (first === undefined || !own(scenario.points, first)) return refuse('De casus heeft geen beginmoment.');
  let at: string | null = first;
  let trust = scenario.trust;
  let closedBy: { fixed: string | undefined } | null = null;
  const revealed: string[] = [];
  const seen = new Set<string>();
  const visited = [first];
  const freeTurns = new Map<string, number>();
  const derivedTurns: TurnRecord[] = [];
  for (let i = 0; i < turns.length; i++) {
    const t = turns[i]!;
    const where = `beurt ${i + 1}`;
    if (t.n !== i + 1) return refuse(`${where} heeft nummer ${t.n}; de beurten moeten doorlopend genummerd zijn.`);
    if (at === null) return refuse(`${where} komt na het einde van het gesprek.`);
    const point = own(scenario.points, t.point);
    if (!point) return refuse(`${where} staat bij beslismoment "${t.point}", dat deze casus niet heeft.`);
    if (t.point !== at) return refuse(`${where} staat bij "${t.point}", maar het gesprek was bij "${at}".`);
    const option = t.option === null ? undefined : point.options[t.option - 1];
    const wrong = checkTurn(scenario, t, option, point, trust, seen);
    if (wrong) return refuse(`${where}: ${wrong}`);
    // What came out is derived again from the case, the trust and the words, never taken from the file.
    const outcome = factsAgain(scenario, { ...state, revealed: [...revealed] }, t, option, turns.slice(0, i));
    derivedTurns.push({ ...readAgain(scenario, t, turns.slice(0, i)), revealed: outcome.revealed, heldBack: outcome.heldBack });
    for (const fact of outcome.revealed) {
      seen.add(fact);
      revealed.push(fact);
    }
    trust = t.trustAfter;
    if (t.kind === 'close' || (t.kind === 'option' && option && option.next === undefined)) {
      closedBy = { fixed: t.kind === 'option' ? option?.ending : undefined };
      at = null;
    } else if (option?.next !== undefined) {
      at = option.next;
    } else if (!option && t.kind === 'move') {
      // Typed turns that matched no option move the conversation on after a while, as step does.
      const free = (freeTurns.get(t.point) ?? 0) + 1;
      freeTurns.set(t.point, free);
      const onward = continuation(point);
      if (free >= freeTurnsAt(point) && onward !== undefined && own(scenario.points, onward)) at = onward;
    }
    if (at !== null && !visited.includes(at)) visited.push(at);
  }
  if (state.status === 'finished' && closedBy === null) return refuse('Het gesprek heet afgerond, maar geen beurt rondde het af.');
  if (state.status === 'active' && closedBy !== null) return refuse('Het gesprek heet nog bezig, maar het is afgerond.');
  if (state.status === 'active' && state.point !== at) return refuse(`Het gesprek staat bij "${state.point ?? 'geen moment'}", maar de beurten eindigen bij "${at}".`);
  if (state.ending !== null && !own(scenario.endings, state.ending)) return refuse(`Het einde "${state.ending}" bestaat niet in deze casus.`);
  const derived: RunState = { ...state, turns: derivedTurns, point: at, trust, revealed, visited, ending: null };
  if (closedBy === null) return { ok: true, state: derived };
  return { ok: true, state: { ...derived, ending: chooseEnding(scenario, derived, closedBy.fixed) } };
}

/** What is wrong with one turn given the point it was at, or undefined. */
function checkTurn(scenario: Scenario, t: TurnRecord, option: Option | undefined, point: Point, trustBefore: number, seen: ReadonlySet<string>): string | undefined {
  if (t.option !== null && !option) return `optie ${t.option} bestaat niet bij dit moment (het heeft ${point.options.length} opties).`;
  if (t.kind === 'option' && !option) return 'een gekozen optie zonder optienummer.';
  if (t.kind === 'close' && t.option !== null) return 'afronden met een optie.';
  if (t.kind !== 'close' && t.move === null) return 'een beurt zonder gespreksmove.';
  if (option && t.move !== option.move) return `optie ${t.option} is "${option.move}", niet "${t.move}".`;
  if (t.trustBefore !== trustBefore) return `het vertrouwen was ${trustBefore}, niet ${t.trustBefore}.`;
  if (t.trustAfter < 0 || t.trustAfter > 10) return `vertrouwen ${t.trustAfter} ligt buiten 0 tot 10.`;
  if (t.kind === 'close' && t.trustAfter !== trustBefore) return 'afronden verandert het vertrouwen niet.';
  if (option && t.trustAfter !== clamp(trustBefore + option.trust)) return `na optie ${t.option} is het vertrouwen ${clamp(trustBefore + option.trust)}, niet ${t.trustAfter}.`;
  if (t.kind === 'move' && !option && t.move !== null) {
    const base = trustBefore + scenario.fallback[t.move].trust;
    // A reflection or summary may add one (step's formTrust).
    if (t.trustAfter !== clamp(base) && t.trustAfter !== clamp(base + 1)) return `het vertrouwen kan na deze beurt geen ${t.trustAfter} zijn.`;
  }
  for (const fact of [...t.revealed, ...t.heldBack]) {
    if (!own(scenario.facts, fact)) return `feit "${fact}" bestaat niet in deze casus.`;
  }
  for (const fact of t.revealed) {
    if (seen.has(fact)) return `feit "${fact}" kwam al eerder naar boven.`;
    if (option && !option.reveals.includes(fact)) return `optie ${t.option} kan feit "${fact}" niet naar boven brengen.`;
  }
  if (t.kind === 'close' && t.revealed.length > 0) return 'afronden brengt geen feiten naar boven.';
  if (!option && t.revealed.length > 1) return 'een beurt in eigen woorden brengt hooguit één feit naar boven.';
  if (t.arranges !== null && !own(scenario.arrangements, t.arranges)) return `de regeling "${t.arranges}" bestaat niet in deze casus.`;
  for (const echo of echoedRefs(t)) if (!echoExists(scenario, echo)) return `de verwijzing "${echo}" wijst naar geen optie van deze casus.`;
  return undefined;
}

function echoExists(scenario: Scenario, echo: string): boolean {
  const at = echo.lastIndexOf('#');
  const number = Number(echo.slice(at + 1));
  return at > 0 && Number.isInteger(number) && number >= 1 && own(scenario.points, echo.slice(0, at))?.options[number - 1] !== undefined;
}

function clamp(trust: number): number {
  return Math.max(0, Math.min(10, trust));
}

function refuse(reason: string): RunCheck {
  return { ok: false, reason };
}

/**
 * What a typed turn said of the case's own options and support is read again from its words, never
 * taken from the file: a file that lists every sound option as said would otherwise score them all.
 * The turn's form and move stay as recorded (a model may have read them), so an honest file reads the same.
 */
function readAgain(scenario: Scenario, t: TurnRecord, before: readonly TurnRecord[]): TurnRecord {
  if (t.kind !== 'move' || t.option !== null || t.move === null) return { ...t, echoes: null, alsoEchoes: [], arranges: null, alsoArranges: [] };
  if (repeatsEarlier(t.text, before)) return { ...t, echoes: null, alsoEchoes: [], arranges: null, alsoArranges: [] };
  const inOpening = own(scenario.points, t.point)?.phase === 'opening';
  const echoed = echoesOf(scenario, t.text, t.form, t.move, inOpening);
  const arranged = arrangementsOf(scenario, t.text, t.form, t.move);
  return { ...t, echoes: echoed[0] ?? null, alsoEchoes: echoed.slice(1), arranges: arranged[0] ?? null, alsoArranges: arranged.slice(1) };
}

/** The facts a turn brought out and held back, as step decides them from the state before it. */
function factsAgain(
  scenario: Scenario, state: RunState, t: TurnRecord, option: Option | undefined, before: readonly TurnRecord[],
): { revealed: string[]; heldBack: string[] } {
  if (t.kind === 'close' || t.move === null) return { revealed: [], heldBack: [] };
  if (option) {
    const out = revealByOption(scenario, state, option, t.trustAfter);
    return { revealed: out.revealed, heldBack: out.heldBack };
  }
  if (repeatsEarlier(t.text, before)) return { revealed: [], heldBack: [] };
  const out = revealByText(scenario, state, { text: t.text, topics: t.topics, form: t.form }, t.move, t.trustAfter);
  return { revealed: out.revealed, heldBack: out.heldBack };
}

