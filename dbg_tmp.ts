import { allCases } from './test/helpers/cases';
import { profile, makeIdf, containment, similarity } from './engine/text/similarity';
const [caseId, arrId, text] = process.argv.slice(2);
const sc = allCases().find((s) => s.id === caseId)!;
const all: any[] = []; for (const p of Object.values<any>(sc.points)) for (const o of p.options) all.push(...[o.text, ...o.examples].map(profile));
const idf = makeIdf(all);
const t = profile(text);
console.log('typed', [...t.stems.keys()].map((s) => `${s}:${idf(s).toFixed(2)}`).join(' '));
const a = sc.arrangements[arrId];
for (const v of [a.summary, ...a.examples]) { const p = profile(v); console.log(`c=${containment(t, p, idf).toFixed(2)} s=${similarity(t, p, idf).toFixed(2)} | ${[...p.stems.keys()].map((s) => `${s}:${idf(s).toFixed(1)}`).join(' ')}`); }
