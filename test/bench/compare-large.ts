import { start, step, toRunFile, type Scenario } from '../../engine';
import { compare, comparisonCsv } from '../../engine/compare/compare';
import { importRuns } from '../../engine/compare/import-runs';
import { MAX_RUN_FILE_BYTES } from '../../engine/run-file';
import { MAX_RUN_TURNS } from '../../engine/run/check-run';
import { UTTERANCES } from '../classifier/utterances';
import type { Measure } from './measure';

// The largest run file compare accepts, and the 100,000-turn file that once took 41 s in the
// terminal and froze a browser tab: how long each takes to be compared or refused.

const MOVES = ['verhelderen', 'netwerk', 'brede_blik', 'eigen_kracht'] as const;

/** A genuine run of MAX_RUN_TURNS typed turns whose words are padded until the file nearly reaches the size limit. */
function largestRun(scenario: Scenario): string {
  const padding = 'en dan nog iets over hoe het thuis gaat '.repeat(60);
  let state = start(scenario).state;
  for (let i = 0; state.turns.length < MAX_RUN_TURNS; i++) {
    const text = `${UTTERANCES[i % UTTERANCES.length]!.text} (${i}) ${padding}`;
    const next = step(scenario, state, { type: 'move', move: MOVES[i % MOVES.length]!, text }).state;
    if (next === state || next.status === 'finished') break;
    state = next;
  }
  let text = JSON.stringify(toRunFile(scenario, state));
  // Trim the padding until the file fits: the figure is for a file just under the limit.
  while (text.length > MAX_RUN_FILE_BYTES) {
    state = { ...state, turns: state.turns.map((t) => ({ ...t, text: t.text.slice(0, Math.floor(t.text.length * 0.95)) })) };
    text = JSON.stringify(toRunFile(scenario, state));
  }
  return text;
}

function timed(fn: () => void, runs = 3): number {
  fn();
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) fn();
  return (performance.now() - t0) / runs;
}

export function benchCompareLarge(scenario: Scenario): Measure[] {
  const text = largestRun(scenario);
  const imported = importRuns(scenario, [{ source: 'groot.json', text }]);
  const turns = imported.participants[0]?.run.state.turns.length ?? 0;
  if (turns === 0) throw new Error(`largest run refused: ${imported.refused[0]?.reason}`);
  const accepted = timed(() => comparisonCsv(compare(scenario, importRuns(scenario, [{ source: 'groot.json', text }]).participants)));

  const one = JSON.parse(text) as { state: { turns: unknown[] } };
  const huge = JSON.stringify({ ...one, state: { ...one.state, turns: Array.from({ length: 100_000 }, (_, i) => one.state.turns[i % one.state.turns.length]) } });
  let reason = '';
  const refused = timed(() => (reason = importRuns(scenario, [{ source: 'huge.json', text: huge }]).refused[0]?.reason ?? 'aanvaard'));
  // Many short turns in a file under the size limit: refused by the turn limit after parsing.
  const short = one.state.turns.map((t) => ({ ...(t as object), text: 'Ja.', reply: 'Ja.' }));
  const many = JSON.stringify({ ...one, state: { ...one.state, turns: Array.from({ length: 3_000 }, (_, i) => short[i % short.length]) } });
  let why = '';
  const refusedMany = timed(() => (why = importRuns(scenario, [{ source: 'veel.json', text: many }]).refused[0]?.reason ?? 'aanvaard'));
  return [
    { name: `compare 3,000 short turns (${(many.length / 1e6).toFixed(2)} MB): refused`, value: refusedMany, unit: `ms (${why.slice(0, 70)}…)` },
    { name: `compare largest accepted run (${turns} turns, ${(text.length / 1e6).toFixed(2)} MB)`, value: accepted, unit: 'ms' },
    { name: `compare 100,000-turn run (${(huge.length / 1e6).toFixed(0)} MB): refused`, value: refused, unit: `ms (${reason.slice(0, 40)}…)` },
  ];
}
