import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { caseSchema } from './engine/case/schema';
const lokaal: any = yaml.load(readFileSync('scenarios/lokaal.yaml', 'utf8'));
for (const f of process.argv.slice(2)) {
  const raw = readFileSync(f, 'utf8');
  const r = caseSchema.safeParse(yaml.load(raw));
  console.log(f, r.success ? 'schema ok' : JSON.stringify(r.error.issues.slice(0, 5), null, 1));
  for (const m of raw.matchAll(/\{lokaal\.([a-z_]+)\}/g)) if (!(m[1] in lokaal)) console.log('missing lokaal key', m[1]);
  for (const m of raw.matchAll(/\{(?!lokaal\.)[^}]*\}/g)) console.log('odd brace', m[0]);
}
