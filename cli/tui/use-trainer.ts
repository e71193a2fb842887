import { useInput, useApp, useStdin } from 'ink';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type MutableRefObject } from 'react';
import type { RunState, Scenario } from '../../engine';
import { toKeys, type Key } from './keys';
import type { Model } from './model';
import { update, type Deps } from './update';

export interface Effects {
  /** Writes the run file; called after every turn. */
  save(path: string, scenario: Scenario, state: RunState): void;
}

/** How Boot hands keys to the trainer: keys that came before it was ready wait in the queue. */
export interface InputLink {
  sink: MutableRefObject<((keys: Key[]) => void) | null>;
  queue: Key[];
}

/**
 * The one hook of the terminal face: holds the interface state, turns keys into update()
 * calls, saves the run after every turn and leaves Ink when the trainee is done.
 */
export function useTrainer(initial: Model, deps: Deps, effects: Effects, input?: InputLink): Model {
  const [model, setModel] = useState(initial);
  const current = useRef(model);
  const { exit } = useApp();
  const { isRawModeSupported } = useStdin();

  const dispatch = useCallback(
    (keys: Key[]) => {
      const next = run(current.current, keys, deps, effects);
      current.current = next;
      setModel(next);
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
  return model;
}

/** Applies keys one by one; after each turn the run is saved, before anything else happens. */
function run(model: Model, keys: Key[], deps: Deps, effects: Effects): Model {
  let next = model;
  for (const key of keys) {
    const before = next;
    next = update(next, key, deps);
    if (next.state !== before.state && next.state && next.scenario && next.runPath && next.state.turns.length > 0) {
      effects.save(next.runPath, next.scenario, next.state);
    }
    if (next.exit) break;
  }
  return next;
}
