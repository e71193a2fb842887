import { useLayoutEffect, useRef, useState } from 'react';
import { CASES } from 'virtual:kantel/cases';
import type { RunState } from './engine';
import type { Route } from './routes';
import type { RunStore, SavedRun } from './store';
import { isBare, useRoute, type Arrival } from './use-route';
import type { Trainer } from './use-trainer';

/** A link asked for `caseId` while another case's run is unfinished. */
export interface Asking {
  caseId: string;
  unfinished: { caseId: string; state: RunState; runId?: string; caseHash?: string };
}

export interface Navigation {
  route: Route;
  go(route: Route, replace?: boolean): void;
  asking: Asking | null;
  /** Opens a case afresh; on failure back to the list (the trainer's notice says why). */
  start(caseId: string): Promise<void>;
  /** `caseHash`: the case version a stored run was saved on, so a changed case is noticed. */
  resume(caseId: string, state: RunState, runId?: string, caseHash?: string): Promise<void>;
}

const known = (id: string) => CASES.some((c) => c.id === id);

/**
 * Keeps the address and the trainer in step. An address reached from outside (a link, Back,
 * Forward, a reload) loads what its screen needs; a screen the trainer moves to by itself (a
 * run opened, finished, left) gets its address: a finished run's debrief takes the place of
 * its conversation in the history, the list is pushed so Back returns to the run.
 */
export function useNavigation(
  trainer: Trainer, store: RunStore, onCorrupt: () => void, onUnknown: () => void, options: { quietStart?: boolean } = {},
): Navigation {
  const [asking, setAsking] = useState<Asking | null>(null);
  // Opening the bare address continues an unfinished run, as before there were addresses.
  const [bare] = useState(() => isBare(location.hash));

  const stored = (): SavedRun | null => {
    const s = store.loadRun();
    return s.kind === 'ok' && known(s.run.caseId) ? s.run : null;
  };
  const toList = () => {
    if (trainer.screen !== 'list') trainer.toList();
    go({ screen: 'list' }, true);
  };
  const resume = async (caseId: string, state: RunState, runId?: string, caseHash?: string) => {
    setAsking(null);
    if (!(await trainer.resume(caseId, state, runId, caseHash))) {
      onCorrupt();
      toList();
    }
  };
  const start = async (caseId: string) => {
    setAsking(null);
    if (!(await trainer.open(caseId))) toList();
  };

  const arrive = (route: Route, how: Arrival) => {
    setAsking(null);
    // An earlier debrief (from "Mijn voortgang") is no run in hand.
    const memory = trainer.scenario && trainer.state && !trainer.reviewing ? { caseId: trainer.scenario.id, state: trainer.state, ...(trainer.runId ? { runId: trainer.runId } : {}) } : null;
    if (route.screen !== 'conversation' && route.screen !== 'debrief') {
      // A run of a case this trainer does not have is resumed too, so the trainee is told the case is gone.
      const saved = how === 'load' && bare && !options.quietStart ? store.loadRun() : null;
      const run = saved?.kind === 'ok' ? saved.run : null;
      if (run && run.state.status === 'active') void resume(run.caseId, run.state, run.runId, run.caseHash);
      else if (trainer.screen !== 'list') trainer.toList();
      return;
    }
    const id = route.caseId;
    // An unreadable stored run is never overwritten by a link: the list offers to save it first.
    if (store.loadRun().kind === 'corrupt') {
      toList();
      return;
    }
    if (!known(id)) {
      onUnknown();
      toList();
      return;
    }
    const wanted = route.screen === 'conversation' ? 'active' : 'finished';
    if (memory && memory.caseId === id && memory.state.status === wanted) {
      if (trainer.screen !== route.screen) void resume(id, memory.state, memory.runId);
      return;
    }
    const run: Asking['unfinished'] | null = memory ?? stored();
    if (route.screen === 'debrief') {
      // A debrief that is no longer kept: the run's own screen if it is still going, else the list.
      const kept = stored();
      if (kept && kept.caseId === id) void resume(id, kept.state, kept.runId, kept.caseHash);
      else toList();
      return;
    }
    if (run && run.caseId === id && run.state.status === 'active') void resume(id, run.state, run.runId, run.caseHash);
    // Only one run is kept on the device: a link, like the Start button, asks before replacing it.
    else if (run && run.state.status === 'active' && run.state.turns.length > 0) setAsking({ caseId: id, unfinished: run });
    else void start(id);
  };

  const { route, go } = useRoute(arrive);

  // The trainer moved to another screen by itself: give that screen its address. Before the
  // browser paints, so no frame shows the old screen's address with the new screen's state.
  const last = useRef({ screen: trainer.screen, scenario: trainer.scenario, state: trainer.state });
  useLayoutEffect(() => {
    const before = last.current;
    last.current = { screen: trainer.screen, scenario: trainer.scenario, state: trainer.state };
    if (before.screen === trainer.screen && before.scenario === trainer.scenario && before.state === trainer.state) return;
    const inner = route.screen === 'conversation' || route.screen === 'debrief';
    if (trainer.screen === 'list') {
      if (inner) go({ screen: 'list' });
      return;
    }
    if (!trainer.scenario) return;
    go({ screen: trainer.screen, caseId: trainer.scenario.id }, inner);
  }, [trainer.screen, trainer.scenario, trainer.state, route, go]);

  return { route, go, asking, start, resume };
}
