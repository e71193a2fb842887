import { DIMENSION_LABELS, DIMENSIONS, MOVE_LABELS, type Report, type Scenario } from '../engine';

const BAR_WIDTH = 20;

export function bar(value: number, width = BAR_WIDTH): string {
  const full = Math.round((value / 100) * width);
  return '█'.repeat(full) + '░'.repeat(width - full);
}

/** The debrief as plain Dutch text, for the terminal and for script runs without --json. */
export function formatDebrief(scenario: Scenario, report: Report): string[] {
  const out: string[] = [];
  out.push(`Nabespreking: ${scenario.title} (${scenario.id})`);
  if (report.ending) {
    const ending = scenario.endings[report.ending];
    out.push(`Einde: ${report.endingTitle} (${report.endingQuality})`);
    if (ending) out.push('', ...wrap(ending.debrief, 80));
  } else out.push('Het gesprek is niet afgerond.');
  out.push('', `Totaalscore: ${report.overall}/100`);
  const width = Math.max(...DIMENSIONS.map((d) => DIMENSION_LABELS[d].length));
  for (const d of DIMENSIONS) {
    out.push(`  ${DIMENSION_LABELS[d].padEnd(width)}  ${bar(report.dimensions[d])}  ${String(report.dimensions[d]).padStart(3)}`);
  }
  if (report.flags.length > 0) {
    out.push('', 'Aandachtspunten:');
    for (const flag of report.flags) out.push(`  ! ${flag.message} [${flag.code}]`);
  }
  out.push('', `Feiten gevonden (${report.facts.found.length} van ${report.facts.found.length + report.facts.missed.length}):`);
  for (const id of report.facts.found) out.push(`  + ${scenario.facts[id]?.summary ?? id}`);
  if (report.facts.missed.length > 0) {
    out.push('Gemist:');
    for (const id of report.facts.missed) out.push(`  - ${scenario.facts[id]?.summary ?? id}`);
  }
  out.push('', 'Beurten:');
  for (const turn of report.turns) {
    const move = turn.move ? MOVE_LABELS[turn.move] : 'afronden';
    const how = turn.confidence === null ? '' : `, opgevat met zekerheid ${Math.round(turn.confidence * 100)}%`;
    out.push(`  ${turn.n}. [${move}${how}] "${turn.text}"`);
    if (turn.feedback) out.push(...wrap(turn.feedback, 74).map((l) => `       ${l}`));
  }
  out.push('', 'Punten per beurt:');
  for (const item of report.items) out.push(`  ${item.points > 0 ? '+' : ''}${item.points} ${DIMENSION_LABELS[item.dimension]}: ${item.reason}`);
  return out;
}

export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.trim().split(/\n\s*\n/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/)) {
      if (line && line.length + word.length + 1 > width) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    if (line) lines.push(line);
  }
  return lines;
}
