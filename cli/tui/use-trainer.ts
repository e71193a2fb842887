import { useInput, useApp, useStdin } from 'ink';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RunState, Scenario } from '../../engine';
import { toKeys } from './keys';
import type { Model } from './model';
import { update, type Deps } from './update';

export interface Effects {
  /** Writes the run file; called after every turn. */
  save(path: string, scenario: Scenario, state: RunState): void;
}

/**
 * The one hook of the terminal face: holds the interface state, turns keys into update()
 * calls, saves the run after every turn and leaves Ink when the trainee is done.
 */
export function useTrainer(initial: Model, deps: Deps, effects: Effects): Model {
  const [model, setModel] = useState(initial);
  const current = useRef(model);
  const { exit } = useApp();
  const { isRawModeSupported } = useStdin();

  const onInput = useCallback(
    (input: string, key: Parameters<Parameters<typeof useInput>[0]>[1]) => {
      let next = current.current;
      for (const k of toKeys(input, key)) {
        const before = next;
        next = update(next, k, deps);
        if (next.state !== before.state && next.state && next.scenario && next.runPath && next.state.turns.length > 0) {
          effects.save(next.runPath, next.scenario, next.state);
        }
        if (next.exit) break;
      }
      current.current = next;
      setModel(next);
    },
    [deps, effects],
  );
  useInput(onInput, { isActive: isRawModeSupported === true });

  useEffect(() => {
    if (model.exit) exit();
  }, [model.exit, exit]);
  return model;
}
