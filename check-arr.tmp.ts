import { allCases } from './test/helpers/cases';
import { arrangementOf } from './engine/text/echoes';
const ids = ['zorgboerderij', 'multiprobleem', 'kwetsbaar', 'gemotiveerd-nee'];
const unrelated = ['Hoe gaat het met u?', 'Er is een buurtbus.', 'Dank u voor de koffie.'];
let bad = 0, total = 0;
for (const s of allCases().filter((c) => ids.includes(c.id))) {
  for (const [id, a] of Object.entries(s.arrangements)) {
    for (const ex of a.examples) {
      total++;
      const got = arrangementOf(s, ex, 'advice_without_permission', 'algemene_voorziening');
      if (got !== id) { bad++; console.log(`${s.id}: ${id} -> ${got} :: ${ex}`); }
    }
  }
  for (const u of unrelated) {
    const got = arrangementOf(s, u, 'advice_without_permission', 'algemene_voorziening');
    if (got !== null) { bad++; console.log(`${s.id}: unrelated "${u}" -> ${got}`); }
  }
  console.log(`${s.id}: ${Object.keys(s.arrangements).length} arrangements`);
}
console.log(`examples checked: ${total}, problems: ${bad}`);
