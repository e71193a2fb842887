import { readFileSync } from 'node:fs';
import { allCases } from './test/helpers/cases';
import { playScriptText } from './test/calibration/strategies';
const id = process.argv[2]!;
const c = allCases().find((x) => x.id === id)!;
for (const f of [`test/transcripts/${id}-sterk.txt`, `test/calibration/typed/${id}-sterk.txt`]) {
  const r = playScriptText(c, readFileSync(f, 'utf8'), 7);
  const byRule = new Map<string, number>();
  for (const i of r.items) byRule.set(`${i.rule}/${i.dimension}`, (byRule.get(`${i.rule}/${i.dimension}`) ?? 0) + i.points);
  console.log(f, r.overall, JSON.stringify(r.dimensions));
  console.log([...byRule].sort().map(([k, v]) => `${k}=${v}`).join(' '));
}
