import { allCases } from './test/helpers/cases';
import { profile, similarity, containment, makeIdf } from './engine/text/similarity';
import { judgeOption, casePoints } from './engine/case/judgement';
const [caseId, text] = [process.argv[2], process.argv[3]];
const s = allCases().find((c) => c.id === caseId)!;
const all: any[] = [];
for (const p of Object.values(s.points)) for (const o of p.options) all.push(...[o.text, ...o.examples].map(profile));
const idf = makeIdf(all);
const t = profile(text);
console.log([...t.stems.keys()].map((k) => `${k}:${idf(k).toFixed(1)}`).join(' '));
const rows: any[] = [];
for (const [id, a] of Object.entries(s.arrangements)) for (const v of [a.summary, ...a.examples]) {
  const p = profile(v);
  const c = p.stems.size >= 3 ? containment(t, p, idf) : 0; const sim = similarity(t, p, idf);
  const value = Math.max(c >= 0.4 ? c : 0, sim >= 0.3 ? sim + 0.2 : 0);
  rows.push({ id, value: value.toFixed(2), c: c.toFixed(2), sim: sim.toFixed(2), shared: [...p.stems.keys()].filter((k) => t.stems.has(k)).join(','), v: v.slice(0, 60) });
}
rows.sort((a, b) => b.value - a.value || b.sim - a.sim);
console.table(rows.slice(0, 6));
