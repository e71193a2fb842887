import { allCases } from './test/helpers/cases';
import { arrangementOf } from './engine/text/echoes';
import { profile, keyStems, commonStems } from './engine/text/similarity';
function keysFor(sc: any, texts: string[]) { const all: any[] = []; for (const p of Object.values<any>(sc.points)) for (const o of p.options) all.push(...[o.text, ...o.examples].map(profile)); const common = commonStems(all, 0.05); return [...keyStems(texts.map(profile), common)]; }
const want = new Set(process.argv.slice(2));
for (const sc of allCases()) {
  if (want.size && !want.has(sc.id)) continue;
  console.log(`== ${sc.id} leave-one-out`);
  for (const [id, a] of Object.entries(sc.arrangements)) console.log(`  keys ${id}: ${keysFor(sc, [a.summary, ...a.examples]).join(' ')}`);
  let miss = 0, tot = 0;
  for (const [id, a] of Object.entries(sc.arrangements)) {
    a.examples.forEach((ex, i) => {
      const copy = { ...sc, arrangements: { ...sc.arrangements, [id]: { ...a, examples: a.examples.filter((_, j) => j !== i) } } };
      const got = arrangementOf(copy as any, ex, 'advice_without_permission', 'algemene_voorziening');
      tot++;
      if (got !== id) { miss++; console.log(`  LOO ${id} -> ${got}: ${ex}`); }
    });
  }
  console.log(`  ${tot - miss}/${tot} ok`);
  // pitfall / weak options that "arrange" something or propose solutions
  for (const [pid, p] of Object.entries(sc.points)) {
    p.options.forEach((o: any, i: number) => {
      if (!['algemene_voorziening', 'maatwerkvoorziening', 'netwerk', 'eigen_kracht'].includes(o.move)) return;
      const neg = (o.score ?? []).some((s: any) => s.points < 0) || o.flag || o.critical;
      for (const t of [o.text, ...(o.examples ?? [])]) {
        const got = arrangementOf(sc, t, 'advice_without_permission', 'algemene_voorziening');
        if (got) console.log(`  ${neg ? 'NEG' : 'ok '} ${pid}#${i + 1} ${o.move} -> ${got}: ${t.slice(0, 90)}`);
      }
    });
  }
}
