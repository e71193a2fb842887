import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'ink-testing-library';
import { optionOrder, start, step, type RunState, type Scenario } from '../../engine';
import { classify } from '../../engine/classifier';
import { App } from '../../cli/tui/App';
import { menuModel, runModel, type Model } from '../../cli/tui/model';
import { quickCaseSummaries } from '../../cli/tui/quick-cases';
import type { Deps } from '../../cli/tui/update';
import { parseScript } from '../../cli/script';
import { loadFile, ROOT, SCENARIOS } from '../helpers/cases';

process.env.NO_COLOR = '1';

export const bakker: Scenario = loadFile(join(SCENARIOS, 'bakker.yaml'), 'bakker.yaml');
export const cases = quickCaseSummaries(SCENARIOS);

export const deps: Deps = {
  loadCase: (id) => (id === 'bakker' ? bakker : `Onbekende casus "${id}".`),
  understand: (text) => {
    const read = classify(text);
    return { ...read, likely: read.likely.map((l) => l.move) };
  },
  newSeed: () => 0,
  newRunPath: (id) => `runs/${id}-test.json`,
};

export interface Saved {
  path: string;
  state: RunState;
}

/** Renders the trainer from a model; returns the Ink test instance and every save it asked for. */
export function renderTrainer(initial: Model, withDeps: Deps = deps) {
  const saves: Saved[] = [];
  const effects = { save: (path: string, _scenario: Scenario, state: RunState) => void saves.push({ path, state }) };
  const instance = render(<App initial={initial} deps={withDeps} effects={effects} />);
  watch(instance.stdin, instance.lastFrame);
  return { ...instance, saves, frame: () => strip(instance.lastFrame() ?? '') };
}

export const menu = () => menuModel(cases);
export const conversation = (state: RunState = start(bakker).state) => runModel(cases, bakker, state, 'runs/bakker-test.json');

/** The state after playing a transcript script (option numbers and /afronden) through the engine. */
export function played(script: string, scenario: Scenario = bakker): RunState {
  let state = start(scenario).state;
  for (const line of parseScript(readFileSync(join(ROOT, 'test', 'transcripts', script), 'utf8'))) {
    if (state.status === 'finished') break;
    if ('turn' in line) state = step(scenario, state, line.turn).state;
  }
  return state;
}

/** Lets Ink read the input and draw the next frame. */
export const tick = (ms = 30) => new Promise((resolve) => setTimeout(resolve, ms));

/** Types each input and waits for the frame to change (up to half a second: a busy machine draws late). */
export async function press(stdin: { write: (data: string) => void }, ...inputs: string[]): Promise<void> {
  const frame = () => lastFrames.get(stdin)?.() ?? '';
  for (const input of inputs) {
    const before = frame();
    stdin.write(input);
    const until = Date.now() + 500;
    await tick(10);
    while (Date.now() < until && frame() === before) await tick(10);
  }
}

/** Which stdin belongs to which frame reader, so press() can see the frame change. */
const lastFrames = new WeakMap<object, () => string>();
export function watch(stdin: object, lastFrame: () => string | undefined): void {
  lastFrames.set(stdin, () => lastFrame() ?? '');
}

export function strip(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');
}

/** The option texts at the run's current point, in the order this run shows them (screen position 1 first). */
export function shownTexts(state: RunState, scenario: Scenario = bakker): string[] {
  const point = scenario.points[state.point!]!;
  return optionOrder(state.seed, state.point!, point.options.length).map((n) => point.options[n - 1]!.text);
}

/** The numbered option lines on screen ("› 2. Hoe gaat …"), as [number, start of the text, pointed at?]. */
export function optionLines(frame: string): { number: number; text: string; active: boolean }[] {
  const below = frame.slice(frame.indexOf('Wat zeg je?'));
  return [...below.matchAll(/^ *(›)? +(\d)\. +(.+)$/gm)].map((m) => ({ number: Number(m[2]), text: m[3]!, active: m[1] === '›' }));
}
