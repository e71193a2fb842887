import { own } from '../own';
import type { Scenario } from '../case/schema';
import { isCritical } from '../case/judgement';
import { refusesApplicationInText } from '../score/refusal';
import { evaluate, overall, sumDimensions } from '../score/score';
import { uptakeTurns } from '../score/uptake';
import type { Move } from '../vocabulary';
import { holds, type ConditionContext } from './conditions';
import { arrangedIds, echoedRefs, type RunState } from './state';

/** Scores below which an ending of that quality would flatter the run. */
export const STRONG_ENDING_MIN = 65;
export const MIDDLE_ENDING_MIN = 30;

/** Why an ending of a quality is refused for a run, or null when it is allowed. */
export type Refusal = 'critical' | 'no_uptake' | 'low_score' | null;

/**
 * On closing: the first ending whose condition holds, among the endings the run may still reach.
 * A critical error allows only a weak ending; a strong ending needs uptake (a reflection or summary
 * of something the client revealed). A fixed ending from an option obeys the same limits.
 */
export function chooseEnding(scenario: Scenario, state: RunState, fixed?: string): string {
  const judged = judgeEndings(scenario, state);
  const allowed = (quality: string) => judged.refusal(quality) === null;
  const endings = scenario.endings;
  if (fixed !== undefined && Object.hasOwn(endings, fixed) && allowed(endings[fixed]!.quality)) return fixed;
  const entries = Object.entries(endings);
  // When no allowed ending's condition holds, an unconditional one (a catch-all) tells the least that
  // could be untrue; only then any allowed ending.
  const hit =
    entries.find(([, ending]) => allowed(ending.quality) && holds(ending.when, judged.ctx)) ??
    entries.find(([, ending]) => allowed(ending.quality) && ending.when === undefined) ??
    entries.find(([, ending]) => allowed(ending.quality)) ??
    entries[entries.length - 1];
  return hit?.[0] ?? '';
}

/**
 * The ending the case file's own conditions pick for a run, before the trainer's limits on quality:
 * what the author meant. Lint compares it with the ending given.
 */
export function authoredEnding(scenario: Scenario, state: RunState, fixed?: string, judged = judgeEndings(scenario, state)): string | undefined {
  if (fixed !== undefined && Object.hasOwn(scenario.endings, fixed)) return fixed;
  const { ctx } = judged;
  const entries = Object.entries(scenario.endings);
  return (entries.find(([, ending]) => holds(ending.when, ctx)) ?? entries.find(([, ending]) => ending.when === undefined))?.[0];
}

/** The facts an ending's condition reads, and why the run's score or flags refuse a quality of ending. */
export function judgeEndings(scenario: Scenario, state: RunState): { ctx: ConditionContext; total: number; refusal: (quality: string) => Refusal } {
  const { flags, items } = evaluate(scenario, state, true);
  const critical = flags.some((f) => f.critical === true);
  const listened = uptakeTurns(scenario, state).length > 0;
  // The ending may not tell a better story than the score: a strong ending needs a strong score.
  const total = overall(sumDimensions(items), scenario.weights);
  const refusal = (quality: string): Refusal => {
    if (critical) return quality === 'zwak' ? null : 'critical';
    if (quality === 'sterk') return !listened ? 'no_uptake' : total < STRONG_ENDING_MIN ? 'low_score' : null;
    if (quality === 'gemiddeld') return total < MIDDLE_ENDING_MIN ? 'low_score' : null;
    return null;
  };
  const ctx: ConditionContext = {
    revealed: state.revealed,
    trust: state.trust,
    movesUsed: movesUsed(scenario, state),
    flags: new Set(flags.map((f) => f.code)),
    visited: coveredPoints(scenario, state),
  };
  return { ctx, total, refusal };
}

/**
 * The points a run went through, for ending conditions. A typed conversation takes its own route, so a
 * point whose subject a typed turn covered (it said one of the point's sound options in other words)
 * counts as visited: the strong ending cannot depend on which screen the words were typed at.
 */
function coveredPoints(scenario: Scenario, state: RunState): string[] {
  const covered = new Set(state.visited);
  for (const t of state.turns) if (t.kind === 'move') for (const echo of echoedRefs(t)) covered.add(echo.slice(0, echo.lastIndexOf('#')));
  // A typed conversation the trainee closed after making agreements went through its closing, wherever the screens were.
  const closedWithAgreements = state.turns.at(-1)?.kind === 'close' && state.turns.some((t) => t.kind === 'move' && t.move === 'afspraak' && own(scenario.points, t.point)?.phase !== 'opening');
  if (closedWithAgreements) for (const [id, point] of Object.entries(scenario.points)) if (point.phase === 'afspraken') covered.add(id);
  return [...covered];
}

const MOVE_OF_DIMENSION: Partial<Record<string, Move>> = { vraagverheldering: 'verhelderen', eigen_kracht: 'eigen_kracht', netwerk: 'netwerk', brede_blik: 'brede_blik' };
const MOVE_OF_PROVISION: Record<string, Move> = { eigen_kracht: 'eigen_kracht', netwerk: 'netwerk', algemeen: 'algemene_voorziening', maatwerk: 'maatwerkvoorziening' };

/**
 * The moves a run made, for ending conditions. A typed sentence is read as one move, so what it
 * evidently did counts too: the move of a sound option it said in other words, of support it
 * arranged, and the kind of fact it brought out (a fact about the network means the network was explored).
 */
export function movesUsed(scenario: Scenario, state: RunState): Set<Move> {
  const used = new Set<Move>();
  for (const t of state.turns) {
    // A knock-out is not an agreement or a solution, whatever move it was read as.
    const option = t.option !== null && Object.hasOwn(scenario.points, t.point) ? scenario.points[t.point]!.options[t.option - 1] : undefined;
    if ((option && isCritical(option)) || (!option && refusesApplicationInText(t.text))) continue;
    // Explaining the conversation in the opening is no agreement about its outcome.
    const inOpening = Object.hasOwn(scenario.points, t.point) && scenario.points[t.point]!.phase === 'opening';
    if (t.move !== null && !(inOpening && t.move === 'afspraak')) used.add(t.move);
    if (t.kind !== 'move') continue;
    for (const echo of echoedRefs(t)) {
      const at = echo.lastIndexOf('#');
      const pointId = echo.slice(0, at);
      const echoed = Object.hasOwn(scenario.points, pointId) ? scenario.points[pointId]!.options[Number(echo.slice(at + 1)) - 1] : undefined;
      if (echoed) used.add(echoed.move);
    }
    for (const id of arrangedIds(t)) if (Object.hasOwn(scenario.arrangements, id)) used.add(MOVE_OF_PROVISION[scenario.arrangements[id]!.provision]!);
    for (const factId of t.revealed) {
      const move = Object.hasOwn(scenario.facts, factId) ? MOVE_OF_DIMENSION[scenario.facts[factId]!.dimension] : undefined;
      if (move) used.add(move);
    }
  }
  return used;
}
