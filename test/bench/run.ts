import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCase, start, step, toRunFile, type Scenario, type Turn } from '../../engine';
import { compare, comparisonCsv } from '../../engine/compare/compare';
import { importRuns } from '../../engine/compare/import-runs';
import { explore } from '../../engine/analysis/explore';
import { pathGraph } from '../../engine/analysis/graph';
import { allCases, SCENARIOS } from '../helpers/cases';
import { generateCaseYaml } from './generate-case';
import { benchCompareLarge } from './compare-large';
import type { Measure } from './measure';

// Numbers, not assertions: speed is measured here and reported, never timed inside tests.


function timeIt(fn: () => void, minMs = 400): { perSecond: number; msEach: number } {
  for (let i = 0; i < 3; i++) fn();
  let runs = 0;
  const t0 = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    fn();
    runs++;
    elapsed = performance.now() - t0;
  }
  return { perSecond: (runs / elapsed) * 1000, msEach: elapsed / runs };
}

function stepsPerSecond(cases: Scenario[], durationMs = 1500): number {
  // Warm up first, so the figure is the engine's speed and not the compiler's first pass.
  if (durationMs > 300) stepsPerSecond(cases, 300);
  let steps = 0;
  const t0 = performance.now();
  let elapsed = 0;
  let round = 0;
  while (elapsed < durationMs) {
    for (const scenario of cases) {
      let state = start(scenario, { seed: round }).state;
      // A deterministic spread of options and free-text moves until the conversation ends.
      for (let i = 0; i < 40 && state.status === 'active'; i++) {
        const moves = ['netwerk', 'brede_blik', 'verhelderen'] as const;
        const turn: Turn = i % 3 === 2
          ? { type: 'move', move: moves[(i + round) % 3]!, text: 'x' }
          : { type: 'option', option: 1 + ((i * 7 + round) % 3) };
        state = step(scenario, state, turn).state;
        steps++;
      }
    }
    round++;
    elapsed = performance.now() - t0;
  }
  return (steps / elapsed) * 1000;
}

/** An intervisie group of 30 over a case with at least 12 decision points: import, compare and CSV. */
function compareBench(cases: Scenario[]): Measure[] {
  const scenario = cases.find((c) => Object.keys(c.points).length >= 12) ?? cases[0]!;
  const inputs = Array.from({ length: 30 }, (_, i) => {
    let state = start(scenario, { seed: i }).state;
    for (let t = 0; t < 60 && state.status === 'active'; t++) {
      const count = scenario.points[state.point!]!.options.length;
      state = step(scenario, state, { type: 'option', option: 1 + ((i * 7 + t * 3) % count) }).state;
    }
    return { source: `run-${i}.json`, text: JSON.stringify(toRunFile(scenario, state, { alias: `Deelnemer ${i}` })) };
  });
  const t = timeIt(() => comparisonCsv(compare(scenario, importRuns(scenario, inputs).participants)), 300);
  return [{ name: `compare 30 runs (${scenario.id}, ${Object.keys(scenario.points).length} points)`, value: t.msEach, unit: 'ms', target: '≤ 200' }];
}

async function main(): Promise<void> {
  const measures: Measure[] = [];
  const cases = allCases();
  measures.push({ name: 'engine steps', value: stepsPerSecond(cases), unit: 'steps/s', target: '≥ 200000' });

  const texts = cases.map((c) => readFileSync(join(SCENARIOS, `${c.id}.yaml`), 'utf8'));
  const loads = timeIt(() => texts.forEach((t, i) => loadCase(t, `${cases[i]!.id}.yaml`)));
  measures.push({ name: 'case loads (parse + validate)', value: loads.perSecond * texts.length, unit: 'loads/s' });

  const big = generateCaseYaml(500);
  const t0 = performance.now();
  const loaded = loadCase(big, 'groot.yaml');
  if (!loaded.ok) throw new Error(`generated case invalid: ${loaded.issues[0]?.message}`);
  const tLoad = performance.now() - t0;
  const graph = pathGraph(loaded.scenario);
  const tTotal = performance.now() - t0;
  const t1 = performance.now();
  const explored = explore(loaded.scenario);
  const tExplore = performance.now() - t1;
  measures.push({ name: '500-point case: parse + validate', value: tLoad, unit: 'ms' });
  measures.push({ name: '500-point case: validate + path walk', value: tTotal, unit: 'ms', target: '≤ 200' });
  measures.push({ name: '500-point case: option paths counted', value: graph.pathCount, unit: 'paths' });
  measures.push({ name: '500-point case: run-state exploration', value: tExplore, unit: `ms (${explored.statesExplored} states, ${explored.endingsReached.size} endings)` });

  measures.push(...compareBench(cases));
  measures.push(...benchCompareLarge(cases.find((c) => c.id === 'bakker') ?? cases[0]!));

  // Benchmarks of the other faces live beside this file; each is optional until its face exists.
  const optional: [string, string][] = [['classifier-bench', 'benchClassifier'], ['typed-turn-bench', 'benchTypedTurns'], ['first-frame', 'benchFirstFrame'], ['web-size', 'benchWeb'], ['lighthouse', 'benchLighthouse'], ['server-bench', 'benchServer'], ['room-bench', 'benchRooms'], ['learning-record-bench', 'benchLearningRecord']];
  for (const [file, fn] of optional) {
    if (!existsSync(join(import.meta.dirname, `${file}.ts`))) continue;
    const mod = (await import(`./${file}.ts`)) as Record<string, () => Promise<Measure[]>>;
    if (typeof mod[fn] === 'function') measures.push(...(await mod[fn]!()));
  }

  for (const m of measures) {
    if (m.note) {
      console.log(`${m.name.padEnd(40)} ${m.note}`);
      continue;
    }
    const value = m.value >= 1e12 ? m.value.toExponential(2) : m.value >= 1000 ? Math.round(m.value).toLocaleString('en-US') : m.value.toFixed(m.value < 10 ? 2 : 1);
    console.log(`${m.name.padEnd(40)} ${value.padStart(14)} ${m.unit}${m.target ? `   (doel ${m.target})` : ''}`);
  }
}

await main();
