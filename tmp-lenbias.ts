import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
const lokaal: any = yaml.load(readFileSync('scenarios/lokaal.yaml', 'utf8'));
const render = (s: string) => s.replace(/\{lokaal\.([a-z_]+)\}/g, (_, k) => lokaal[k]);
for (const f of process.argv.slice(2)) {
  const c: any = yaml.load(readFileSync(f, 'utf8'));
  for (const mode of ['raw', 'rendered']) {
    let longest = 0, shortest = 0, n = 0; const lines: string[] = [];
    for (const [pid, p] of Object.entries<any>(c.points)) {
      n++;
      const opts = p.options.map((o: any, i: number) => ({ i: i + 1, sum: (o.score ?? []).reduce((a: number, s: any) => a + s.points, 0), strong: /^Sterk/.test(o.feedback) ? 2 : /^(Goed|Moedig)/.test(o.feedback) ? 1 : 0, len: (mode === 'raw' ? o.text : render(o.text)).length }));
      const best = [...opts].sort((a, b) => b.sum - a.sum || b.strong - a.strong)[0];
      const lens = opts.map((o: any) => o.len);
      const isL = best.len === Math.max(...lens), isS = best.len === Math.min(...lens);
      if (isL) longest++; if (isS) shortest++;
      lines.push(`${pid.padEnd(18)} best=#${best.i} lens=${lens.join(',')} ${isL ? 'LONGEST' : ''}${isS ? 'SHORTEST' : ''}`);
    }
    if (mode === 'raw') console.log(lines.join('\n'));
    console.log(`${f} [${mode}]: best longest at ${longest}/${n}, shortest at ${shortest}/${n}`);
  }
  const facts = Object.entries<any>(c.facts);
  const opts = Object.values<any>(c.points).flatMap((p: any) => p.options);
  console.log(`options with >=3 examples ${opts.filter((o: any) => (o.examples ?? []).length >= 3).length}/${opts.length}; facts with 6-12 cues ${facts.filter(([, x]) => (x.cues ?? []).length >= 6 && x.cues.length <= 12).length}/${facts.length}; urgent: ${facts.filter(([, x]) => x.urgent).map(([k]) => k).join(',')}`);
}
