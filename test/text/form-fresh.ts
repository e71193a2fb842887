// FORM reader on the fresh held-out set (test/classifier/fresh-heldout.ts): per-form recall,
// confusion, errors and speed. Run: node_modules/.bin/tsx test/text/form-fresh.ts [--errors] [--bench]
import { FRESH_HELDOUT } from '../classifier/fresh-heldout';
import { readForm } from '../../engine/text/form';
import { printConfusion, SHORT } from './confusion';

const args = new Set(process.argv.slice(2));
const short = SHORT;
const confusion = new Map<string, number>();
const errors: string[] = [];
let correct = 0;
for (const row of FRESH_HELDOUT) {
  const r = readForm(row.text);
  confusion.set(`${row.form}|${r.form}`, (confusion.get(`${row.form}|${r.form}`) ?? 0) + 1);
  if (r.form === row.form) correct++;
  else errors.push(`  ${short[row.form]!.padEnd(7)} → ${short[r.form]!.padEnd(7)} ${JSON.stringify(row.text)} [${r.segments.map((s) => short[s]).join(' ')}]`);
}
const n = FRESH_HELDOUT.length;
console.log(`vorm ${(correct / n).toFixed(3)} (${correct}/${n})\n`);
printConfusion(confusion);
if (args.has('--errors')) console.log(`\nerrors:\n${errors.sort().join('\n')}`);
if (args.has('--bench')) {
  const texts = FRESH_HELDOUT.map((r) => r.text);
  const long = texts.filter((t) => t.split(/\s+/).length >= 20);
  for (let i = 0; i < 50_000; i++) readForm(texts[i % texts.length]!);
  const bench = (label: string, set: readonly string[], rounds: number) => {
    for (let run = 0; run < 3; run++) {
      const c0 = process.cpuUsage();
      for (let r = 0; r < rounds; r++) for (const t of set) readForm(t);
      const cpu = process.cpuUsage(c0);
      const us = (cpu.user + cpu.system) / (rounds * set.length);
      console.log(`${label} run ${run + 1}: ${us.toFixed(2)} µs/sentence cpu (${set.length} sentences × ${rounds})`);
    }
  };
  bench('fresh', texts, 200);
  bench(`long (≥20 words)`, long, 1000);
}
