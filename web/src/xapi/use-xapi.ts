import { useEffect, useRef, useState } from 'react';
import type { Trainer } from '../use-trainer';

// When the server reports to the organisation's LRS (api/health says { xapi: true }), the page sends each
// run after every turn: its id, case, seed and the turns as put in. The server plays it again and
// makes the statements. Fire and forget: a server or LRS that is down never holds up a turn, and
// the next turn's message carries every turn again, so one lost message loses nothing.

export function useXapi(trainer: Trainer, learner: { key: string; name: string | null }): void {
  const [enabled, setEnabled] = useState(false);
  useEffect(() => {
    let alive = true;
    fetch('api/health', { cache: 'no-store' })
      .then((r) => (r.ok ? (r.json() as Promise<{ xapi?: unknown }>) : null))
      .then((data) => alive && setEnabled(data?.xapi === true))
      .catch(() => undefined);
    return () => {
      alive = false;
    };
  }, []);

  const last = useRef<string | null>(null);
  const { state, runId, reviewing } = trainer;
  useEffect(() => {
    if (!enabled || !state || !runId || reviewing) return;
    // The engine is loaded by now (a run is on screen); importing it here keeps it out of the first download.
    void import('../engine').then(({ turnOf }) => {
      const body = JSON.stringify({ runId, caseId: state.caseId, seed: state.seed, turns: state.turns.map(turnOf), learner });
      if (body === last.current) return;
      last.current = body;
      return fetch('api/xapi/run', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    }).catch(() => undefined);
  }, [enabled, state, runId, reviewing, learner.key, learner.name]); // eslint-disable-line react-hooks/exhaustive-deps
}
