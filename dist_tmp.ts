import yaml from 'js-yaml';
import fs from 'fs';
const norm = (s: string) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\{lokaal\.[a-z_]+\}/g, ' ');
const grams = (s: string) => { const t = ' ' + norm(s).replace(/[^a-z0-9]+/g, ' ') + ' '; const m = new Map<string, number>(); for (let i = 0; i < t.length - 3; i++) { const g = t.slice(i, i + 4); m.set(g, (m.get(g) ?? 0) + 1); } return m; };
const cos = (a: Map<string, number>, b: Map<string, number>) => { let d = 0, na = 0, nb = 0; for (const [k, v] of a) { na += v * v; d += v * (b.get(k) ?? 0); } for (const v of b.values()) nb += v * v; return d / Math.sqrt(na * nb || 1); };
for (const f of process.argv.slice(2)) {
  const c: any = yaml.load(fs.readFileSync(f, 'utf8'));
  let bad = 0, tot = 0;
  for (const [pid, p] of Object.entries<any>(c.points)) {
    p.options.forEach((o: any, i: number) => {
      o.examples.forEach((e: string, j: number) => {
        tot++;
        const ge = grams(e);
        const scores = p.options.map((o2: any, k: number) => {
          const texts = [o2.text, ...o2.examples.filter((_: string, jj: number) => !(k === i && jj === j))];
          return Math.max(...texts.map((t: string) => cos(ge, grams(t))));
        });
        const best = scores.indexOf(Math.max(...scores));
        const margin = scores[i] - Math.max(...scores.filter((_: number, k: number) => k !== i));
        if (best !== i || margin < 0.03) { bad++; console.log(`${pid}#${i + 1} ex${j + 1} -> #${best + 1} margin ${margin.toFixed(2)}: ${e}`); }
      });
    });
  }
  console.log(f, `${bad}/${tot} weak`);
}
