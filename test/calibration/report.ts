import { allCases } from '../helpers/cases';
import { calibrationRuns } from './table';

// Prints the calibration table: node_modules/.bin/tsx test/calibration/report.ts [case…]
const wanted = process.argv.slice(2);
const cases = allCases().filter((c) => wanted.length === 0 || wanted.includes(c.id));
const rows: string[][] = [];
for (const scenario of cases) {
  for (const run of calibrationRuns(scenario)) {
    const r = run.report;
    rows.push([scenario.id, run.name, String(r.overall), r.endingQuality ?? '-', (r.critical?.length ?? 0) > 0 ? 'kritiek' : '', `${r.facts.found.length}/${r.facts.found.length + r.facts.missed.length}`]);
  }
}
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const row of rows) console.log(row.map((c, i) => c.padEnd(widths[i]!)).join('  '));
