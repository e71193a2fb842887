// Prints accuracy and a confusion table of the FORM reader on its own labelled examples.
// Run: node_modules/.bin/tsx test/text/form-report.ts [--errors] [--bench]
import { FORM_EXAMPLES } from '../../engine/text/form-data';
import { readForm } from '../../engine/text/form';
import { printConfusion, SHORT } from './confusion';

const args = new Set(process.argv.slice(2));
const short = SHORT;

const confusion = new Map<string, number>();
const errors: string[] = [];
let correct = 0;
for (const ex of FORM_EXAMPLES) {
  const got = readForm(ex.text).form;
  confusion.set(`${ex.form}|${got}`, (confusion.get(`${ex.form}|${got}`) ?? 0) + 1);
  if (got === ex.form) correct++;
  else errors.push(`  ${short[ex.form].padEnd(7)} → ${short[got].padEnd(7)} ${JSON.stringify(ex.text)}`);
}

console.log(`accuracy ${(correct / FORM_EXAMPLES.length).toFixed(3)} (${correct}/${FORM_EXAMPLES.length})\n`);
printConfusion(confusion);
if (args.has('--errors')) console.log(`\nerrors:\n${errors.join('\n')}`);

if (args.has('--bench')) {
  // Single thread, one call at a time. Wall time is what a user sees; CPU time of the process
  // is shown too because on a busy machine wall time mostly measures the other processes.
  const texts = FORM_EXAMPLES.map((e) => e.text);
  for (let i = 0; i < 50_000; i++) readForm(texts[i % texts.length]!); // warm-up (JIT)
  const rounds = 100;
  const n = rounds * texts.length;
  for (let run = 0; run < 3; run++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    for (let r = 0; r < rounds; r++) for (const t of texts) readForm(t);
    const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
    const cpu = process.cpuUsage(c0);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    const rate = (ms: number) => Math.round((n / ms) * 1000).toLocaleString('en');
    console.log(`run ${run + 1}: ${n} calls, wall ${wallMs.toFixed(0)} ms = ${rate(wallMs)} utterances/s, cpu ${cpuMs.toFixed(0)} ms = ${rate(cpuMs)} utterances/s`);
  }
  const chars = texts.reduce((a, t) => a + t.length, 0) / texts.length;
  console.log(`(mean utterance ${chars.toFixed(0)} characters)`);
}
