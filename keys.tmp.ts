import { allCases } from './test/helpers/cases';
import { profile, keyStems, commonStems, usesKey } from './engine/text/similarity';
const ids = process.argv.slice(2);
for (const s of allCases().filter((c) => ids.includes(c.id))) {
  const all: any[] = [];
  for (const p of Object.values(s.points)) for (const o of p.options) all.push(...[o.text, ...o.examples].map(profile));
  const common = commonStems(all, 0.05);
  console.log(`== ${s.id} (${all.length} option sentences)`);
  for (const [id, a] of Object.entries(s.arrangements)) {
    const variants = [a.summary, ...a.examples].map(profile);
    const keys = keyStems(variants, common);
    const lacking = a.examples.filter((e) => !usesKey(profile(e), keys));
    const commonIn = [...new Set(variants.flatMap((v) => [...v.stems.keys()]))].filter((k) => common(k));
    console.log(`${id}: keys=[${[...keys].join(',')}] lacking=${lacking.length} common=[${commonIn.join(',')}]`);
    for (const l of lacking) console.log(`    - ${l}`);
  }
}
