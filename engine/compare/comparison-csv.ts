import { DIMENSIONS } from '../vocabulary';
import { VERSLAG_STEPS } from '../verslag/vocabulary';
import type { Comparison } from './compare';
import type { VerslagFigures, VerslagTable } from './verslag-figures';

/**
 * One row per participant per decision point, for a spreadsheet, with that participant's verslag in
 * figures repeated on each of their rows (so a filter on one column keeps them). Cells that a
 * spreadsheet would run as a formula are defused.
 */
export function comparisonCsv(comparison: Comparison): string {
  const table = comparison.verslagTable;
  const header = ['deelnemer', 'beslismoment', 'beurt', 'optie', 'gespreksstap', 'tekst', ...DIMENSIONS.map((d) => `punten_${d}`), ...verslagHeader(table)];
  const figures = new Map(table.rows.map((row) => [row.participant, verslagCells(row, table)]));
  const rows = comparison.points.flatMap((p) =>
    p.choices.map((c) => [
      c.participant, p.point, String(c.turn), c.option === null ? '' : String(c.option), c.move ?? '', c.text, ...DIMENSIONS.map((d) => String(c.deltas[d])),
      ...(figures.get(c.participant) ?? []),
    ]),
  );
  return `${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

function verslagHeader(table: VerslagTable): string[] {
  return [
    'verslag_geschreven',
    ...VERSLAG_STEPS.map((step) => `verslag_${step}_ingevuld`),
    'verslag_genoemd',
    'verslag_te_noemen',
    ...table.domains.flatMap((d) => [`zrm_${d}_zelf`, `zrm_${d}_verschil`]),
  ];
}

/** ja/nee and numbers; left empty where there is nothing to say (no verslag, no score, no expert score). */
function verslagCells(row: VerslagFigures, table: VerslagTable): string[] {
  if (!row.written) return ['nee', ...VERSLAG_STEPS.map(() => ''), '', '', ...table.domains.flatMap(() => ['', ''])];
  const zrm = new Map(row.zrm.map((z) => [z.domain, z]));
  return [
    'ja',
    ...VERSLAG_STEPS.map((step) => (row.filled[step] ? 'ja' : 'nee')),
    String(row.named),
    String(row.checkable),
    ...table.domains.flatMap((d) => {
      const score = zrm.get(d);
      const own = score?.own ?? null;
      const expert = score?.expert ?? null;
      return [own === null ? '' : String(own), own === null || expert === null ? '' : String(own - expert)];
    }),
  ];
}

function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d+$/.test(value) ? `'${value}` : value;
  // A semicolon is quoted too: a spreadsheet set to Dutch reads it as the separator.
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
