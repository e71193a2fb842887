import yaml from 'js-yaml';
import fs from 'fs';
for (const f of process.argv.slice(2)) {
  const c: any = yaml.load(fs.readFileSync(f, 'utf8'));
  let longest = 0, shortest = 0, total = 0;
  for (const [pid, p] of Object.entries<any>(c.points)) {
    total++;
    const opts = p.options.map((o: any, i: number) => ({ i: i + 1, len: o.text.length, sum: (o.score ?? []).reduce((a: number, s: any) => a + s.points, 0), strong: /^Sterk/.test(o.feedback) ? 2 : /^Goed/.test(o.feedback) ? 1 : 0 }));
    const best = [...opts].sort((a, b) => b.sum - a.sum || b.strong - a.strong)[0];
    const maxLen = Math.max(...opts.map((o: any) => o.len)), minLen = Math.min(...opts.map((o: any) => o.len));
    const isL = best.len === maxLen, isS = best.len === minLen;
    if (isL) longest++; if (isS) shortest++;
    console.log(`${pid.padEnd(18)} best=#${best.i} sum=${best.sum} ${isL ? 'LONGEST' : isS ? 'shortest' : ''}  ` + opts.map((o: any) => `#${o.i}:${o.len}/${o.sum}${o.strong ? 'S' : ''}`).join(' '));
  }
  console.log(`${f}: best longest ${longest}/${total}, shortest ${shortest}/${total}\n`);
}
