import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { classify } from '../../engine/classifier';
import { FORMS, readForm } from '../../engine/text/form';
import { MOVES } from '../../engine/vocabulary';
import { FRESH_HELDOUT } from './fresh-heldout';
import { FRESH_HELDOUT_2 } from './fresh-heldout-2';
import { FRESH_HELDOUT_3 } from './fresh-heldout-3';
import { UTTERANCES } from './utterances';

// Accuracy per set, then for the third fresh set (never trained on) the confusion matrices for move
// and form and every miss. Extra check sets (files of LabelledText written outside the repository)
// may be named on the command line; they are read, never trained on.
// Run: node_modules/.bin/tsx test/classifier/fresh-report-3.ts [--misses] [extra.ts …]

type Row = { readonly text: string; readonly move: string; readonly form?: string };

const args = process.argv.slice(2);
const showMisses = args.includes('--misses');
const sets: [string, readonly Row[]][] = [
  ['utterances (oud, 1.029)', UTTERANCES],
  ['vers 1 (getraind)', FRESH_HELDOUT],
  ['vers 2 (getraind)', FRESH_HELDOUT_2],
  ['vers 3 (nooit getraind)', FRESH_HELDOUT_3],
];
for (const file of args.filter((a) => !a.startsWith('--'))) {
  const path = resolve(file);
  if (!existsSync(path)) throw new Error(`${file}: bestand bestaat niet`);
  const module = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
  for (const [name, value] of Object.entries(module)) {
    if (Array.isArray(value)) sets.push([`${file} ${name}`, value as Row[]]);
  }
}

const ratio = (ok: number, n: number) => `${(ok / Math.max(1, n)).toFixed(3)} (${ok}/${n})`;
for (const [name, rows] of sets) {
  let moves = 0;
  let forms = 0;
  let withForm = 0;
  for (const row of rows) {
    if (classify(row.text).move === row.move) moves++;
    if (row.form === undefined) continue;
    withForm++;
    if (readForm(row.text).form === row.form) forms++;
  }
  console.log(`${name.padEnd(48)} move ${ratio(moves, rows.length)}${withForm > 0 ? `  vorm ${ratio(forms, withForm)}` : ''}`);
}

function confusion(labels: readonly string[], pairs: readonly [string, string][]): void {
  const short = labels.map((l) => l.slice(0, 6));
  console.log(`${'gold \\ got'.padEnd(24)}${short.map((s) => s.padStart(7)).join('')}`);
  for (const gold of labels) {
    const counts = labels.map((got) => pairs.filter(([g, p]) => g === gold && p === got).length);
    console.log(`${gold.padEnd(24)}${counts.map((c) => String(c || '.').padStart(7)).join('')}`);
  }
}

const three = FRESH_HELDOUT_3.map((r) => ({ ...r, gotMove: classify(r.text).move, gotForm: readForm(r.text).form }));
console.log('\n== vers 3: move');
confusion(MOVES, three.map((r) => [r.move, r.gotMove]));
console.log('\n== vers 3: vorm');
confusion(FORMS, three.map((r) => [r.form, r.gotForm]));
if (showMisses) {
  console.log('\n== vers 3: gemist (move)');
  for (const r of three) if (r.gotMove !== r.move) console.log(`${r.move.padEnd(21)} -> ${r.gotMove.padEnd(21)} ${JSON.stringify(r.text)}`);
  console.log('\n== vers 3: gemist (vorm)');
  for (const r of three) if (r.gotForm !== r.form) console.log(`${r.form.padEnd(26)} -> ${r.gotForm.padEnd(26)} ${JSON.stringify(r.text)}`);
}
