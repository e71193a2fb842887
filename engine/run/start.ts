import type { Scenario } from '../case/schema';
import { startPoint } from '../case/references';
import { STATE_VERSION, type RunEvent, type RunState } from './state';
import { own } from '../own';

export interface StartOptions {
  /** Varies which fallback reply is chosen; stored in the state so a restored run replays the same. */
  seed?: number;
}

export function start(scenario: Scenario, options: StartOptions = {}): { state: RunState; events: RunEvent[] } {
  const first = startPoint(scenario) ?? null;
  const state: RunState = {
    version: STATE_VERSION,
    caseId: scenario.id,
    caseVersion: scenario.version,
    seed: options.seed ?? 0,
    point: first,
    status: 'active',
    ending: null,
    trust: scenario.trust,
    revealed: [],
    visited: first ? [first] : [],
    turns: [],
  };
  const point = own(scenario.points, first);
  const events: RunEvent[] = first && point
    ? [{ type: 'point_entered', point: first }, { type: 'client_said', text: point.client, point: first }]
    : [];
  return { state, events };
}
