import { allCases } from './test/helpers/cases';
import { arrangementOf } from './engine/text/echoes';
const ids = ['zorgboerderij', 'multiprobleem', 'kwetsbaar', 'gemotiveerd-nee'];
let miss = 0, wrong = 0, total = 0;
for (const s of allCases().filter((c) => ids.includes(c.id))) {
  for (const [id, a] of Object.entries(s.arrangements)) {
    a.examples.forEach((ex, i) => {
      total++;
      const arrangements = { ...s.arrangements, [id]: { ...a, examples: a.examples.filter((_, j) => j !== i) } };
      const clone = { ...s, arrangements };
      const got = arrangementOf(clone, ex, 'advice_without_permission', 'algemene_voorziening');
      if (got === null) { miss++; console.log(`MISS ${s.id}: ${id} :: ${ex}`); }
      else if (got !== id) { wrong++; console.log(`SIBLING ${s.id}: ${id} -> ${got} :: ${ex}`); }
    });
  }
}
console.log(`leave-one-out: ${total} examples, ${miss} unmatched, ${wrong} on a sibling`);
