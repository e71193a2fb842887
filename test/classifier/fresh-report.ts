import { classify } from '../../engine/classifier';
import { MOVES } from '../../engine/vocabulary';
import { FRESH_HELDOUT } from './fresh-heldout';

// First-look figures on the fresh held-out set: node_modules/.bin/tsx test/classifier/fresh-report.ts
// Form accuracy is printed too once the form reader exists (engine/text/form.ts).
const formReader = await import('../../engine/text/form').catch(() => null);
let moves = 0;
let forms = 0;
const perMove = new Map<string, { n: number; ok: number }>();
for (const row of FRESH_HELDOUT) {
  const got = classify(row.text).move;
  const m = perMove.get(row.move) ?? { n: 0, ok: 0 };
  perMove.set(row.move, m);
  m.n++;
  if (got === row.move) {
    moves++;
    m.ok++;
  }
  if (formReader && formReader.readForm(row.text).form === row.form) forms++;
}
const n = FRESH_HELDOUT.length;
console.log(`zinnen: ${n}`);
console.log(`move: ${(moves / n).toFixed(3)} (${moves}/${n})`);
for (const move of MOVES) {
  const m = perMove.get(move);
  if (m) console.log(`  ${move.padEnd(22)} ${(m.ok / m.n).toFixed(3)} (${m.ok}/${m.n})`);
}
if (formReader) console.log(`vorm: ${(forms / n).toFixed(3)} (${forms}/${n})`);
