// Prints precision, recall and F1 per move, accuracy and macro-F1 on the held-out set
// (utterances.ts with utterances-later.ts, never trained on) and on the training set
// (engine/classifier/training-data.ts), then every held-out miss.
// Run: node_modules/.bin/tsx test/classifier/report.ts
import { classify, TRAINING_DATA } from '../../engine/classifier/index';
import { evaluate, type Evaluation } from './metrics';
import { UTTERANCES } from './utterances';

const pct = (x: number): string => (x * 100).toFixed(1).padStart(5);

function print(title: string, result: Evaluation, size: number): void {
  console.log(`\n== ${title} (${size} utterances)`);
  console.log(`${'move'.padEnd(22)} ${'prec'.padStart(5)} ${'rec'.padStart(5)} ${'F1'.padStart(5)}  n`);
  for (const m of result.perMove) {
    console.log(`${m.move.padEnd(22)} ${pct(m.precision)} ${pct(m.recall)} ${pct(m.f1)}  ${m.support}`);
  }
  console.log(`accuracy ${pct(result.accuracy)}   macro-F1 ${pct(result.macroF1)}`);
}

const predict = (text: string) => classify(text).move;
const heldOut = evaluate(UTTERANCES, predict);
const train = evaluate(TRAINING_DATA, predict);
print('held-out: test/classifier/utterances.ts + utterances-later.ts', heldOut, UTTERANCES.length);
print('train: engine/classifier/training-data.ts', train, TRAINING_DATA.length);
console.log(`\n== held-out misses (${heldOut.errors.length})`);
for (const e of heldOut.errors) console.log(`${e.expected.padEnd(21)} -> ${e.got.padEnd(21)} ${JSON.stringify(e.text)}`);
