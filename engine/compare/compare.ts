import type { Scenario } from '../case/schema';
import { DIMENSIONS, MOVE_LABELS, type Dimension, type Move } from '../vocabulary';
import type { Participant } from './import-runs';
import { own } from '../own';
import { compareVerslagen, type VerslagComparison } from './verslag-compare';
import { verslagFigures, type VerslagTable } from './verslag-figures';

export interface Choice {
  participant: string;
  turn: number;
  kind: 'option' | 'move' | 'close';
  option: number | null;
  move: Move | null;
  /** What was said: for a typed turn the trainee's own words, also when they were taken as an option. */
  text: string;
  /** The words were typed, not an option clicked. */
  typed: boolean;
  /** The text of the option the turn took (clicked, or typed and taken as it), or null. */
  optionText: string | null;
  /** Points this turn earned or cost, per dimension. */
  deltas: Record<Dimension, number>;
}

export interface Member {
  participant: string;
  /** Where this participant ended up. */
  ending: string;
  /** What the participant typed, when the words were taken as this branch's option or matched none; null for a click. */
  typed: string | null;
}

export interface Branch {
  /** What was chosen: an option of the point, a free-text move that matched none, or closing. */
  label: string;
  /** The option of the point this branch took, or null (typed words that matched none, or closing). */
  option: number | null;
  /** Each participant once: by the last turn at this point, the one that moved them on. */
  members: Member[];
}

export interface PointComparison {
  point: string;
  client: string;
  discussion: string | undefined;
  choices: Choice[];
  branches: Branch[];
  /** Participants who never reached this point. */
  absent: string[];
}

export interface ScoreRow {
  participant: string;
  ending: string;
  overall: number;
  dimensions: Record<Dimension, number>;
  factsFound: number;
  factsTotal: number;
}

export interface Comparison {
  caseId: string;
  participants: string[];
  points: PointComparison[];
  scores: ScoreRow[];
  /** The verslagen written after the conversation, side by side; null when no one wrote one. */
  verslag: VerslagComparison | null;
  /** Every participant's verslag in figures (written, steps filled, checklist, ZRM), for the CSV. */
  verslagTable: VerslagTable;
}

/** "Deelnemer A", "B", … in the order runs were loaded; AA after Z for large groups. */
export function anonymousName(index: number): string {
  let name = '';
  let i = index;
  do {
    name = String.fromCharCode(65 + (i % 26)) + name;
    i = Math.floor(i / 26) - 1;
  } while (i >= 0);
  return `Deelnemer ${name}`;
}

/** Two people who chose the same name stay two: the second "Anna" becomes "Anna (2)". */
export function distinctNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    let unique = name;
    for (let n = 2; taken.has(unique); n++) unique = `${name} (${n})`;
    taken.add(unique);
    return unique;
  });
}

/**
 * What a group did, decision point by decision point in the order of the case: who chose what,
 * where paths split and what each path led to, and the scores side by side. One pass over each
 * run's turns and score items, so a long run costs in proportion to its length.
 */
export function compare(scenario: Scenario, participants: readonly Participant[], { anonymise = false } = {}): Comparison {
  const names = distinctNames(participants.map((p, i) => (anonymise || !p.alias ? anonymousName(i) : p.alias)));
  const endingTitle = (id: string | null): string => (id ? own(scenario.endings, id)?.title ?? id : 'niet afgerond');
  const pointIds = Object.keys(scenario.points);
  const choicesAt = new Map<string, Choice[]>(pointIds.map((id) => [id, []]));
  const lastAt = new Map<string, Map<number, Choice>>(pointIds.map((id) => [id, new Map()]));

  participants.forEach((p, i) => {
    const deltasByTurn = new Map<number, Record<Dimension, number>>();
    for (const item of p.run.report.items) {
      if (item.turn === null) continue;
      let deltas = deltasByTurn.get(item.turn);
      if (!deltas) deltasByTurn.set(item.turn, (deltas = zeroDeltas()));
      deltas[item.dimension] += item.points;
    }
    for (const t of p.run.state.turns) {
      const point = own(scenario.points, t.point);
      const list = choicesAt.get(t.point);
      if (!point || !list) continue;
      const optionText = t.option === null ? null : point.options[t.option - 1]?.text ?? null;
      const choice: Choice = {
        participant: names[i]!, turn: t.n, kind: t.kind, option: t.option, move: t.move, text: t.text,
        typed: t.kind === 'move', optionText, deltas: deltasByTurn.get(t.n) ?? zeroDeltas(),
      };
      list.push(choice);
      lastAt.get(t.point)!.set(i, choice);
    }
  });

  const points: PointComparison[] = pointIds.map((pointId) => {
    const point = scenario.points[pointId]!;
    const byLabel = new Map<string, Branch>();
    const absent: string[] = [];
    const last = lastAt.get(pointId)!;
    participants.forEach((p, i) => {
      const choice = last.get(i);
      if (!choice) {
        absent.push(names[i]!);
        return;
      }
      const label = choice.kind === 'close'
        ? 'afgerond'
        : choice.option !== null
          ? `optie ${choice.option}: ${choice.optionText ?? ''}`
          : `vrije tekst: ${choice.move ? MOVE_LABELS[choice.move] : 'onbekend'}`;
      const branch = byLabel.get(label) ?? { label, option: choice.kind === 'close' ? null : choice.option, members: [] };
      branch.members.push({ participant: names[i]!, ending: endingTitle(p.run.state.ending), typed: choice.typed ? choice.text : null });
      byLabel.set(label, branch);
    });
    const branches = [...byLabel.values()].sort((a, b) => b.members.length - a.members.length || a.label.localeCompare(b.label));
    return { point: pointId, client: point.client, discussion: point.discussion, choices: choicesAt.get(pointId)!, branches, absent };
  });

  const factsTotal = Object.keys(scenario.facts).length;
  const scores: ScoreRow[] = participants.map((p, i) => ({
    participant: names[i]!,
    ending: endingTitle(p.run.state.ending),
    overall: p.run.report.overall,
    dimensions: p.run.report.dimensions,
    factsFound: p.run.report.facts.found.length,
    factsTotal,
  }));
  return { caseId: scenario.id, participants: names, points, scores,
    verslag: compareVerslagen(scenario, participants, names), verslagTable: verslagFigures(scenario, participants, names) };
}

function zeroDeltas(): Record<Dimension, number> {
  return Object.fromEntries(DIMENSIONS.map((d) => [d, 0])) as Record<Dimension, number>;
}

export { comparisonCsv } from './comparison-csv';
