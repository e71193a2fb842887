import { CRITICAL_CAP, DIMENSION_LABELS, DIMENSIONS, FORM_LABELS, MOVE_LABELS, OPENING_STATUS_LABELS, OPENING_STATUS_MARKS, type Report, type Scenario } from '../engine';

const BAR_WIDTH = 20;

export function bar(value: number, width = BAR_WIDTH): string {
  const full = Math.round((value / 100) * width);
  return '█'.repeat(full) + '░'.repeat(width - full);
}

const VERDICT_MARK: Record<Report['turns'][number]['verdict'], string> = { sterk: '+', neutraal: '·', zwak: '-', kritiek: '!!' };

/** The debrief as plain Dutch text, for the terminal and for script runs without --json. */
export function formatDebrief(scenario: Scenario, report: Report): string[] {
  const out: string[] = [];
  out.push(`Nabespreking: ${scenario.title} (${scenario.id})`);
  if (report.critical.length > 0) {
    out.push('', `KRITIEKE FOUT: ${criticalCap(report)}`);
    for (const flag of report.critical) out.push(...wrap(flag.message, 76).map((l, i) => (i === 0 ? `  !! ${l}` : `     ${l}`)));
  }
  if (report.ending) {
    out.push('', `Einde: ${report.endingTitle} (${report.endingQuality})`);
    for (const paragraph of report.story) out.push('', ...wrap(paragraph, 80));
  } else out.push('', 'Het gesprek is niet afgerond.');
  out.push('', `Totaalscore: ${report.overall}/100`);
  const width = Math.max(...DIMENSIONS.map((d) => DIMENSION_LABELS[d].length));
  for (const d of DIMENSIONS) {
    out.push(`  ${DIMENSION_LABELS[d].padEnd(width)}  ${bar(report.dimensions[d])}  ${String(report.dimensions[d]).padStart(3)}`);
  }
  const others = report.flags.filter((f) => !f.critical);
  if (others.length > 0) {
    out.push('', 'Aandachtspunten:');
    for (const flag of others) out.push(`  ! ${flag.message} [${flag.code}]`);
  }
  const opening = formatOpening(report);
  if (opening.length > 0) out.push('', ...opening);
  out.push('', ...formatSkills(report));
  out.push('', `Feiten gevonden (${report.facts.found.length} van ${report.facts.found.length + report.facts.missed.length}):`);
  for (const id of report.facts.found) out.push(`  + ${Object.hasOwn(scenario.facts, id) ? scenario.facts[id]!.summary : id}`);
  if (report.facts.missed.length > 0) {
    out.push('Gemist:');
    for (const id of report.facts.missed) out.push(`  - ${Object.hasOwn(scenario.facts, id) ? scenario.facts[id]!.summary : id}`);
  }
  out.push('', 'Beurten (+ sterk, · neutraal, - zwak, !! kritiek):');
  for (const turn of report.turns) {
    const move = turn.move ? MOVE_LABELS[turn.move] : 'afronden';
    const form = turn.form ? `, ${FORM_LABELS[turn.form]}` : '';
    const how = turn.confidence === null ? '' : `, opgevat met zekerheid ${Math.round(turn.confidence * 100)}%`;
    out.push(`  ${VERDICT_MARK[turn.verdict]} ${turn.n}. [${move}${form}${how}] "${turn.text}"`);
    if (turn.kind === 'move') {
      out.push(...wrap(turn.optionText ? `Opgevat als de optie: "${turn.optionText}"` : 'Bij geen optie: de cliënt antwoordde vrij.', 72).map((l) => `       ${l}`));
    }
    if (turn.feedback) out.push(...wrap(turn.feedback, 72).map((l) => `       ${l}`));
    for (const reason of turn.reasons) out.push(...wrap(reason, 72).map((l) => `       ${l}`));
    if (turn.example) out.push(...wrap(`Zo had het ook gekund: "${turn.example}"`, 72).map((l) => `       ${l}`));
  }
  const general = report.items.filter((i) => i.turn === null || i.rule === 'empty_handed' || i.rule === 'agreements');
  if (general.length > 0) {
    out.push('', 'Over het hele gesprek:');
    for (const item of general) out.push(`  ${item.points > 0 ? '+' : ''}${item.points} ${DIMENSION_LABELS[item.dimension]}: ${item.reason}`);
  }
  return out;
}

/** What a critical error did to the score; "without it" only when it would have been higher. */
export function criticalCap(report: Pick<Report, 'overall' | 'uncapped'>): string {
  return report.uncapped > report.overall
    ? `de score is begrensd op ${report.overall} (zonder deze fout ${report.uncapped}) en het einde is zwak.`
    : `de score kan niet hoger worden dan ${CRITICAL_CAP} en het einde is zwak.`;
}

/** How the conversation was opened, element by element: what the client must hear before the onderzoek. */
export function formatOpening(report: Report): string[] {
  if (!report.opening) return [];
  const out = ['De opening (vóór het onderzoek):'];
  for (const e of report.opening.elements) {
    const when = e.turn === null ? '' : ` (beurt ${e.turn})`;
    out.push(...wrap(`${e.label}: ${OPENING_STATUS_LABELS[e.status]}${when}`, 74).map((l, i) => (i === 0 ? `  ${OPENING_STATUS_MARKS[e.status]} ${l}` : `    ${l}`)));
  }
  return out;
}

/** The conversation-skill panel, with the MITI 4.2.1 fair and good thresholds. */
export function formatSkills(report: Report): string[] {
  const { skills } = report;
  const out = ['Gesprekstechniek (drempels naar MITI 4.2.1):'];
  const counted = Object.entries(skills.counts).filter(([, n]) => n > 0);
  out.push(`  ${counted.length === 0 ? 'geen beurten' : counted.map(([f, n]) => `${FORM_LABELS[f as keyof typeof FORM_LABELS]} ${n}`).join(', ')}`);
  out.push(`  (${skills.note})`);
  for (const m of skills.measures) out.push(`  ${m.label}: ${m.shown} (redelijk ${m.fair}, goed ${m.good}): ${m.level}`);
  for (const e of skills.examples) out.push(...wrap(`Beurt ${e.turn}, ${FORM_LABELS[e.form]}: "${e.text}"`, 74).map((l, i) => (i === 0 ? `  > ${l}` : `    ${l}`)));
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
