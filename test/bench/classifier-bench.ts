// Throughput of the move classifier over the held-out utterances, one core, steady state.
// Exported for the shared bench runner (test/bench/run.ts); run alone:
//   node_modules/.bin/tsx test/bench/classifier-bench.ts
import { classify, createClassifier, TRAINING_DATA } from '../../engine/classifier/index';
import { UTTERANCES } from '../classifier/utterances';

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  target?: string;
}

const WARM_UP_MS = 500;
const MEASURE_MS = 1500;

/**
 * Classifies every utterance in turn until `ms` of CPU time have passed; returns utterances
 * per CPU second. CPU time rather than wall time: the classifier runs on one core, and a busy
 * machine (tests running alongside) should not make it look slower than it is.
 */
function throughput(texts: readonly string[], ms: number): number {
  let sink = 0;
  let count = 0;
  const start = process.cpuUsage();
  let elapsed = 0;
  while (elapsed < ms) {
    for (const text of texts) sink += classify(text).confidence;
    count += texts.length;
    const used = process.cpuUsage(start);
    elapsed = (used.user + used.system) / 1000;
  }
  if (Number.isNaN(sink)) throw new Error('unreachable: keeps the loop from being optimised away');
  return (count / elapsed) * 1000;
}

export async function benchClassifier(): Promise<BenchResult[]> {
  const trainStart = performance.now();
  createClassifier(TRAINING_DATA);
  const trainMs = performance.now() - trainStart;

  const texts = UTTERANCES.map((u) => u.text);
  throughput(texts, WARM_UP_MS); // training, stem and spelling caches, JIT
  const perSecond = throughput(texts, MEASURE_MS);
  return [
    { name: 'classifier throughput (one core)', value: Math.round(perSecond), unit: 'utterances/s', target: '≥ 50000' },
    { name: 'classifier training', value: Math.round(trainMs), unit: 'ms' },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await benchClassifier()) console.log(`${r.name}: ${r.value} ${r.unit}${r.target ? `  (doel ${r.target})` : ''}`);
}
