import { allCases } from './test/helpers/cases';
import { arrangementOf } from './engine/text/echoes';
const want = new Set(process.argv.slice(2));
let bad = 0;
for (const sc of allCases()) {
  if (want.size && !want.has(sc.id)) continue;
  const arr = Object.entries(sc.arrangements ?? {});
  console.log(`== ${sc.id} (${arr.length} arrangements, needsMaatwerk=${(sc as any).needsMaatwerk})`);
  for (const [id, a] of arr) {
    for (const ex of a.examples) {
      const got = arrangementOf(sc, ex, 'advice_without_permission', 'algemene_voorziening');
      if (got !== id) { bad++; console.log(`  MISS ${id} -> ${got}: ${ex}`); }
    }
  }
  for (const s of ['Hoe gaat het met u?', 'Er is een buurtbus.', 'Dank u voor de koffie.', 'Wat vindt u daarvan?', 'Ik regel dat voor u.', 'Dan spreken we dat zo af.']) {
    const got = arrangementOf(sc, s, 'advice_without_permission', 'algemene_voorziening');
    console.log(`  unrelated ${JSON.stringify(s)} -> ${got}`);
    if (got !== null && s.length < 30 && ['Hoe gaat het met u?', 'Er is een buurtbus.', 'Dank u voor de koffie.'].includes(s)) bad++;
  }
}
console.log('bad', bad);
