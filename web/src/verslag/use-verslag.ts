import { useCallback, useState } from 'react';
import { caseHash, EMPTY_VERSLAG, textHash, writtenVerslagSchema, type RunState, type Scenario, type WrittenVerslag } from '../engine';
import { safeStorage } from '../store';

// The verslag a trainee is writing stays on this device, per finished run, so a reload or a look
// at an earlier debrief finds it again. What is read back is checked like any stored input.

const PREFIX = 'kanteltrainer.verslag.v1.';

export function verslagKey(scenario: Scenario, state: RunState): string {
  const turns = state.turns.map((t) => [t.point, t.kind, t.option, t.text]);
  return `${PREFIX}${scenario.id}.${textHash(`${caseHash(scenario)}:${state.seed}:${JSON.stringify(turns)}`)}`;
}

function load(key: string): WrittenVerslag {
  try {
    const raw = safeStorage()?.getItem(key);
    if (!raw) return EMPTY_VERSLAG;
    const parsed = writtenVerslagSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : EMPTY_VERSLAG;
  } catch {
    return EMPTY_VERSLAG;
  }
}

/** The verslag of this run and a way to change it; every change is kept at once (false from `kept` when the device refuses). */
export function useVerslag(scenario: Scenario, state: RunState): { verslag: WrittenVerslag; update(next: WrittenVerslag): void; kept: boolean } {
  const key = verslagKey(scenario, state);
  const [stored, setStored] = useState(() => ({ key, verslag: load(key), kept: true }));
  // Another run opened in the same debrief screen: read its own verslag.
  const current = stored.key === key ? stored : { key, verslag: load(key), kept: true };
  const update = useCallback((next: WrittenVerslag) => {
    let kept = true;
    try {
      const storage = safeStorage();
      if (!storage) kept = false;
      else storage.setItem(key, JSON.stringify(next));
    } catch {
      kept = false;
    }
    setStored({ key, verslag: next, kept });
  }, [key]);
  return { verslag: current.verslag, update, kept: current.kept };
}
