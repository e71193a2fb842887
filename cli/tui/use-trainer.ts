import { useInput, useApp, useStdin } from 'ink';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type MutableRefObject } from 'react';
import type { RunState, Scenario, WrittenVerslag } from '../../engine';
import { toKeys, type Key } from './keys';
import type { Job, Model } from './model';
import { carryOut } from './model-jobs';
import type { SaveOutcome } from './run-store';
import { update, type Deps, type Message, type ModelNews } from './update';

/** Long enough for Ink to draw the spinner before the reader's first training holds the process. */
const FIRST_READ_DELAY_MS = 100;

export interface Effects {
  /**
   * Writes the run file; called after every turn. Never throws: it may say where the run went
   * instead (a fallback folder, or a new name when the first was taken) and what to tell the trainee.
   */
  save(path: string, scenario: Scenario, state: RunState, verslag?: WrittenVerslag): SaveOutcome | void;
}

/** How Boot hands keys to the trainer: keys that came before it was ready wait in the queue. */
export interface InputLink {
  sink: MutableRefObject<((keys: Key[]) => void) | null>;
  queue: Key[];
}

/**
 * The one hook of the terminal face: holds the interface state, turns keys into update()
 * calls, saves the run after every turn and leaves Ink when the trainee is done. Its second value
 * takes messages from the screens themselves (the debrief's measure of its height).
 */
export function useTrainer(initial: Model, deps: Deps, effects: Effects, input?: InputLink): [Model, (messages: Message[]) => void] {
  const [model, setModel] = useState(initial);
  const current = useRef(model);
  const { exit } = useApp();
  const { isRawModeSupported } = useStdin();

  const alive = useRef(true);
  useEffect(() => () => void (alive.current = false), []);

  const dispatch = useCallback(
    (messages: Message[]) => {
      const { model: next, jobs } = run(current.current, messages, deps, effects);
      current.current = next;
      setModel(next);
      // Model work runs after the state is set; its news comes back here while the trainer is on screen.
      for (const job of jobs) {
        // The offline reader's first sentence: read after the spinner is on screen, since training holds the process for seconds.
        if (!deps.model && job.type === 'read') {
          setTimeout(() => {
            if (!alive.current) return;
            const read = deps.understand(job.text);
            dispatch([{ type: 'read', move: read.move, confidence: read.confidence, topics: read.topics, reader: 'classifier', likely: read.likely ?? [] }]);
          }, FIRST_READ_DELAY_MS);
          continue;
        }
        if (!deps.model || !next.scenario || !next.state) continue;
        void carryOut(job, deps.model, next.scenario, next.state, (news: ModelNews) => {
          if (alive.current) dispatch([news]);
        });
      }
    },
    [deps, effects],
  );
  // Hosted by Boot: keys come through Boot's one listener, so none fall between two listeners.
  useLayoutEffect(() => {
    if (!input) return;
    input.sink.current = dispatch;
    const waiting = input.queue.splice(0);
    if (waiting.length > 0) dispatch(waiting);
  }, [input, dispatch]);
  useInput((text, key) => dispatch(toKeys(text, key)), { isActive: !input && isRawModeSupported === true });

  useEffect(() => {
    if (model.exit) exit();
  }, [model.exit, exit]);
  return [model, dispatch];
}

/** Applies keys one by one; after each turn the run is saved, before anything else happens. Model jobs are handed out, not started. */
function run(model: Model, messages: Message[], deps: Deps, effects: Effects): { model: Model; jobs: Job[] } {
  let next = model;
  const jobs: Job[] = [];
  for (const message of messages) {
    const before = next;
    next = update(next, message, deps);
    // A changed verslag is saved too: what was written after the debrief is never only in memory.
    if ((next.state !== before.state || next.verslag !== before.verslag) && next.state && next.scenario && next.runPath && next.state.turns.length > 0) {
      const saved = effects.save(next.runPath, next.scenario, next.state, next.verslag);
      // Saved under another name or folder: later turns go there. A notice about it stays until the next turn.
      if (saved) next = { ...next, runPath: saved.path ?? next.runPath, notice: saved.notice ? [saved.notice, next.notice].filter(Boolean).join('\n') : next.notice };
    }
    if (next.job) {
      jobs.push(next.job);
      next = { ...next, job: null };
    }
    if (next.exit) break;
  }
  return { model: next, jobs };
}
