import { readFileSync } from 'node:fs';
import { allCases } from './test/helpers/cases';
import { profile, makeIdf, containment, similarity } from './engine/text/similarity';
const [caseId, file] = process.argv.slice(2);
const sc = allCases().find((s) => s.id === caseId)!;
const all: any[] = []; for (const p of Object.values<any>(sc.points)) for (const o of p.options) all.push(...[o.text, ...o.examples].map(profile));
const idf = makeIdf(all);
const spec = JSON.parse(readFileSync(file, 'utf8'));
for (const cand of spec.cands) {
  const v = profile(cand);
  const row = [...spec.pos.map((t: string) => { const p = profile(t); return `+${Math.max(v.stems.size >= 3 ? containment(p, v, idf) : 0, similarity(p, v, idf) + 0.1).toFixed(2)}`; }), ...spec.neg.map((t: string) => { const p = profile(t); return `-${Math.max(v.stems.size >= 3 ? containment(p, v, idf) : 0, similarity(p, v, idf) + 0.1).toFixed(2)}`; })];
  console.log(row.join(' '), '|', cand);
}
