import { classify } from '../../engine/classifier';
import { readForm } from '../../engine/text/form';
import { FRESH_HELDOUT_2 } from './fresh-heldout-2';

// The second fresh set, written after all tuning on the first: node_modules/.bin/tsx test/classifier/fresh-report-2.ts
let moves = 0;
let forms = 0;
for (const row of FRESH_HELDOUT_2) {
  if (classify(row.text).move === row.move) moves++;
  if (readForm(row.text).form === row.form) forms++;
}
const n = FRESH_HELDOUT_2.length;
console.log(`zinnen: ${n}`);
console.log(`move: ${(moves / n).toFixed(3)} (${moves}/${n})`);
console.log(`vorm: ${(forms / n).toFixed(3)} (${forms}/${n})`);
