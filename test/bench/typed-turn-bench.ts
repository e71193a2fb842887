// Throughput of reading and matching one typed turn, one core, steady state: the classifier (move),
// the form reader, matching against the point's options, the echoes (per sentence, as step reads them) and
// arrangement look-ups and the fact cues. Run alone: node_modules/.bin/tsx test/bench/typed-turn-bench.ts
import { classify } from '../../engine/classifier/index';
import { factsAskedAbout } from '../../engine/text/fact-cues';
import { arrangementsOf, echoesOf } from '../../engine/text/echoes';
import { sentences } from '../../engine/text/sentences';
import { readForm } from '../../engine/text/form';
import { forgetProfiles } from '../../engine/text/similarity';
import { matchPoint } from '../../engine/text/match-point';
import { FRESH_HELDOUT_3 } from '../classifier/fresh-heldout-3';
import { allCases } from '../helpers/cases';
import type { Measure } from './measure';

// Three seconds: the readers keep lazily made tables and caches, and with 500 ms the first windows were still
// up to three times slower than the later ones (V8 still optimising them): the figure asked for is the steady rate.
const WARM_UP_MS = 3000;
/**
 * Seven windows of 300 ms, and their median: on a shared machine the speed of the same code swings by a
 * factor of two within minutes (neighbours in the shared cache), which one long window reports as it finds it.
 * Every window is printed beside it, in order, so the swing stays visible (and a climb would show a warm-up too short).
 */
const WINDOWS = 7;
const WINDOW_MS = 300;

export async function benchTypedTurns(): Promise<Measure[]> {
  const cases = allCases();
  const texts = FRESH_HELDOUT_3.map((u) => u.text);
  // The sentences inside a turn are read (and kept) on their own too: they must be new each round as well.
  const forgotten = [...texts, ...texts.flatMap((t) => sentences(t))];
  const turn = (text: string, i: number): number => {
    const scenario = cases[i % cases.length]!;
    const pointIds = Object.keys(scenario.points);
    const pointId = pointIds[i % pointIds.length]!;
    const read = classify(text);
    const form = readForm(text).form;
    const reading = { text, move: read.move, topics: read.topics };
    const here = matchPoint(scenario.points[pointId]!, reading);
    const echoed = echoesOf(scenario, text, form, read.move, false).length;
    const arranged = arrangementsOf(scenario, text, form, read.move)[0] ?? null;
    const facts = factsAskedAbout(scenario, text, read.topics, []);
    return (here.option ?? 0) + echoed + (arranged ? 1 : 0) + facts.length;
  };
  const run = (ms: number): number => {
    let sink = 0;
    let count = 0;
    const start = process.cpuUsage();
    let elapsed = 0;
    while (elapsed < ms) {
      // Every turn is a sentence not seen before: nothing made for it may be left from the last round.
      forgetProfiles(forgotten);
      texts.forEach((t, i) => (sink += turn(t, i)));
      count += texts.length;
      const used = process.cpuUsage(start);
      elapsed = (used.user + used.system) / 1000;
    }
    if (Number.isNaN(sink)) throw new Error('unreachable');
    return (count / elapsed) * 1000;
  };
  // The classifier trains on its first sentence (over a second of CPU, more than the whole warm-up): step never
  // does that per turn, so it is done before the clock, and the warm-up warms up the turns themselves.
  classify(texts[0] ?? '');
  run(WARM_UP_MS);
  const inOrder = Array.from({ length: WINDOWS }, () => run(WINDOW_MS));
  const windows = [...inOrder].sort((a, b) => a - b);
  const median = windows[Math.floor(WINDOWS / 2)]!;
  const spread = `${inOrder.map((w) => Math.round(w)).join(' ')} turns/s (${WINDOWS} metingen van ${WINDOW_MS} ms, in volgorde)`;
  return [
    { name: 'typed turn: read + match (one core)', value: Math.round(median), unit: 'turns/s', target: '≥ 20000' },
    { name: '  spreiding', value: 0, unit: 'turns/s', note: spread },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await benchTypedTurns()) console.log(r.note ? `${r.name}: ${r.note}` : `${r.name}: ${r.value} ${r.unit}${r.target ? `  (doel ${r.target})` : ''}`);
}
