import { readFileSync } from 'node:fs';
import { allCases } from './test/helpers/cases';
import { classify } from './engine/classifier';
import { readForm } from './engine/text/form';
import { containment, makeIdf, profile, similarity } from './engine/text/similarity';
const c = allCases().find((x) => x.id === process.argv[2])!;
const lines = readFileSync(`test/calibration/typed/${c.id}-${process.argv[3] ?? 'sterk'}.txt`, 'utf8').split('\n').filter((l) => l && !l.startsWith('//') && !l.startsWith('/'));
const all = Object.values(c.points).flatMap((p) => p.options.flatMap((o) => [o.text, ...o.examples].map(profile)));
const idf = makeIdf(all);
const arr = Object.entries(c.points).flatMap(([id, p]) => p.options.map((o, i) => ({ ref: `${id}#${i + 1}`, o })).filter((x) => x.o.arranges));
for (const line of lines) {
  const t = profile(line);
  const best = arr.map((a) => ({ ref: a.ref, c: Math.max(...[a.o.text, ...a.o.examples].map((v) => containment(t, profile(v), idf))), s: Math.max(...[a.o.text, ...a.o.examples].map((v) => similarity(t, profile(v), idf))) })).sort((x, y) => y.s - x.s)[0]!;
  const cl = classify(line);
  console.log(cl.move.padEnd(20), readForm(line).form.padEnd(26), best.ref.padEnd(18), best.c.toFixed(2), best.s.toFixed(2), '|', line.slice(0, 80));
}
console.log(arr.map((a) => a.ref + ': ' + a.o.text.slice(0, 100)).join('\n'));
