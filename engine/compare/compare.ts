import type { Scenario } from '../case/schema';
import { DIMENSIONS, MOVE_LABELS, type Dimension, type Move } from '../vocabulary';
import type { Participant } from './import-runs';
import { own } from '../own';

export interface Choice {
  participant: string;
  turn: number;
  kind: 'option' | 'move' | 'close';
  option: number | null;
  move: Move | null;
  text: string;
  /** Points this turn earned or cost, per dimension. */
  deltas: Record<Dimension, number>;
}

export interface Branch {
  /** What was chosen: an option of the point, a free-text move that matched none, or closing. */
  label: string;
  participants: string[];
  /** Where those who chose this ended up. */
  endings: string[];
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

/**
 * What a group did, decision point by decision point in the order of the case: who chose what,
 * where paths split and what each path led to, and the scores side by side.
 */
export function compare(scenario: Scenario, participants: readonly Participant[], { anonymise = false } = {}): Comparison {
  const names = participants.map((p, i) => (anonymise || !p.alias ? anonymousName(i) : p.alias));
  const endingTitle = (id: string | null): string => (id ? own(scenario.endings, id)?.title ?? id : 'niet afgerond');

  const points: PointComparison[] = Object.entries(scenario.points).map(([pointId, point]) => {
    const choices: Choice[] = [];
    const byLabel = new Map<string, Branch>();
    const absent: string[] = [];
    participants.forEach((p, i) => {
      const turns = p.run.state.turns.filter((t) => t.point === pointId);
      if (turns.length === 0) {
        absent.push(names[i]!);
        return;
      }
      for (const t of turns) {
        const deltas = Object.fromEntries(DIMENSIONS.map((d) => [d, 0])) as Record<Dimension, number>;
        for (const item of p.run.report.items) if (item.turn === t.n) deltas[item.dimension] += item.points;
        choices.push({ participant: names[i]!, turn: t.n, kind: t.kind, option: t.option, move: t.move, text: t.text, deltas });
        const label = t.kind === 'close'
          ? 'afgerond'
          : t.option !== null
            ? `optie ${t.option}: ${point.options[t.option - 1]?.text ?? ''}`
            : `vrije tekst: ${t.move ? MOVE_LABELS[t.move] : 'onbekend'}`;
        const branch = byLabel.get(label) ?? { label, participants: [], endings: [] };
        if (!branch.participants.includes(names[i]!)) {
          branch.participants.push(names[i]!);
          branch.endings.push(endingTitle(p.run.state.ending));
        }
        byLabel.set(label, branch);
      }
    });
    const branches = [...byLabel.values()].sort((a, b) => b.participants.length - a.participants.length || a.label.localeCompare(b.label));
    return { point: pointId, client: point.client, discussion: point.discussion, choices, branches, absent };
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
  return { caseId: scenario.id, participants: names, points, scores };
}

/** One row per participant per decision point, for a spreadsheet. Cells that a spreadsheet would run as a formula are defused. */
export function comparisonCsv(comparison: Comparison): string {
  const header = ['deelnemer', 'beslismoment', 'beurt', 'optie', 'move', 'tekst', ...DIMENSIONS.map((d) => `punten_${d}`)];
  const rows = comparison.points.flatMap((p) =>
    p.choices.map((c) => [c.participant, p.point, String(c.turn), c.option === null ? '' : String(c.option), c.move ?? '', c.text, ...DIMENSIONS.map((d) => String(c.deltas[d]))]),
  );
  return `${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d+$/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
