import { allCases } from './test/helpers/cases';
import { profile } from './engine/text/similarity';
for (const s of allCases().filter((c) => process.argv.slice(2).includes(c.id))) {
  const all: any[] = [];
  for (const p of Object.values(s.points)) for (const o of p.options) all.push(...[o.text, ...o.examples].map(profile));
  const df = new Map<string, number>();
  for (const p of all) for (const k of p.stems.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const limit = Math.max(3, all.length * 0.05);
  console.log(s.id, 'limit', limit.toFixed(1), [...df].filter(([, n]) => n > limit).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k}:${n}`).join(' '));
}
