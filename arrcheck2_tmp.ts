import { allCases } from './test/helpers/cases';
import { arrangementOf } from './engine/text/echoes';
import { profile, keyStems, commonStems, makeIdf, containment, similarity, usesKey } from './engine/text/similarity';
const want = new Set(process.argv.slice(2));
for (const sc of allCases()) {
  if (want.size && !want.has(sc.id)) continue;
  const all: any[] = []; for (const p of Object.values<any>(sc.points)) for (const o of p.options) all.push(...[o.text, ...o.examples].map(profile));
  const common = commonStems(all, 0.05); const idf = makeIdf(all);
  const items = Object.entries(sc.arrangements).map(([id, a]) => { const vs = [a.summary, ...a.examples].map(profile); return { id, vs, keys: keyStems(vs, common) }; });
  console.log(`== ${sc.id}`);
  for (const it of items) console.log(`  keys ${it.id}: ${[...it.keys].join(' ')}`);
  let miss = 0, tot = 0;
  for (const it of items) {
    sc.arrangements[it.id].examples.forEach((ex, i) => {
      const typed = profile(ex); tot++;
      let best: any = null;
      for (const o of items) {
        if (!usesKey(typed, o.keys, true)) continue;
        o.vs.forEach((v, j) => {
          if (o.id === it.id && j === i + 1) return; // held out
          const c = v.stems.size >= 3 ? containment(typed, v, idf) : 0; const s = similarity(typed, v, idf);
          const value = Math.max(c >= 0.4 ? c : 0, s >= 0.3 ? s + 0.2 : 0);
          if (value > 0 && (!best || value > best.value)) best = { id: o.id, value };
        });
      }
      const got = typed.stems.size < 3 ? 'TOO_SHORT' : best?.id ?? null;
      if (got !== it.id) { miss++; console.log(`  LOO ${it.id} -> ${got}: ${ex}`); }
    });
  }
  console.log(`  LOO ${tot - miss}/${tot} ok`);
  for (const [pid, p] of Object.entries<any>(sc.points)) {
    p.options.forEach((o: any, i: number) => {
      if (!['algemene_voorziening', 'maatwerkvoorziening', 'netwerk', 'eigen_kracht', 'afspraak'].includes(o.move)) return;
      const neg = (o.score ?? []).some((s: any) => s.points < 0) || o.flag || o.critical;
      for (const t of [o.text, ...(o.examples ?? [])]) {
        const got = arrangementOf(sc, t, 'advice_without_permission', 'algemene_voorziening');
        if (got) console.log(`  ${neg ? 'NEG' : 'opt'} ${pid}#${i + 1} ${o.move} -> ${got}: ${t.slice(0, 100)}`);
      }
    });
  }
}
