import { decodeRun, encodeRun, start, step, type RunState, type Turn } from '../../engine';
import { classify } from '../../engine/classifier';
import { allCases } from '../helpers/cases';
import type { Measure } from './measure';

// Issue 17: how much of SCORM 1.2's 4,096 characters of cmi.suspend_data a run takes, and how
// fast a suspended run is replayed on resume.

export async function benchLearningRecord(): Promise<Measure[]> {
  const bakker = allCases().find((c) => c.id === 'bakker')!;
  const sentences = ['Hoe gaat het nu met u sinds Ria er niet meer is?', 'U mist haar enorm, dat hoor ik.', 'Wie zijn er in uw omgeving die u af en toe ziet?', 'Wat zou u zelf het liefste willen?'];
  let typed = start(bakker, { seed: 42 }).state;
  for (let i = 0; typed.turns.length < 60 && i < 500; i++) {
    const text = `${sentences[i % sentences.length]} (${i})`;
    const read = classify(text);
    const turn: Turn = i % 3 === 2 ? { type: 'option', option: 1 + (i % 3) } : { type: 'move', move: read.move, text, topics: read.topics, confidence: read.confidence, source: 'classifier' };
    const next = step(bakker, typed, turn).state;
    if (next.status !== 'finished') typed = next;
  }
  let options: RunState = start(bakker, { seed: 42 }).state;
  for (let i = 0; options.status === 'active' && i < 60; i++) options = step(bakker, options, { type: 'option', option: 1 + (i % 2) }).state;
  const text = encodeRun(typed)!;
  const t0 = performance.now();
  const rounds = 50;
  for (let i = 0; i < rounds; i++) decodeRun(bakker, text);
  const replayMs = (performance.now() - t0) / rounds;
  return [
    { name: `suspend_data, ${typed.turns.length} turns (${typed.turns.filter((t) => t.kind === 'move').length} typed)`, value: text.length, unit: 'chars', target: '≤ 4096' },
    { name: `suspend_data, ${options.turns.length} option turns`, value: encodeRun(options)!.length, unit: 'chars' },
    { name: 'resume: replay of the 60-turn run', value: replayMs, unit: 'ms' },
  ];
}
