import yaml from 'js-yaml';
import fs from 'fs';
import { caseSchema } from './engine/case/schema';
const lokaal: any = yaml.load(fs.readFileSync('scenarios/lokaal.yaml', 'utf8'));
for (const f of process.argv.slice(2)) {
  const raw = fs.readFileSync(f, 'utf8');
  const r = caseSchema.safeParse(yaml.load(raw));
  console.log(f, r.success ? 'schema OK' : JSON.stringify(r.error.issues.slice(0, 5), null, 1));
  for (const m of raw.matchAll(/\{lokaal\.([a-z_]+)\}/g)) if (!(m[1] in lokaal)) console.log('missing lokaal', m[1]);
  if (r.success) {
    const c = r.data;
    let opts = 0, ex3 = 0, crit: string[] = [];
    for (const [pid, p] of Object.entries(c.points)) p.options.forEach((o, i) => { opts++; if (o.examples.length >= 3) ex3++; if (o.critical || o.refusesApplication) crit.push(`${pid}#${i + 1}${o.refusesApplication ? ' (refuses)' : ''}`); });
    const facts = Object.entries(c.facts);
    console.log(` options with >=3 examples ${ex3}/${opts}; facts with cues ${facts.filter(([, f]) => f.cues.length >= 6).length}/${facts.length}; urgent ${facts.filter(([, f]) => f.urgent).map(([k]) => k)}; critical ${crit.join(', ')}`);
    for (const [k, f] of facts) console.log('  ', k, f.cues.length);
  }
}
