import type { Scenario } from '../../engine';
import type { RoomEvent, Snapshot, TurnSummary } from './api';

// The facilitator's picture of a room: the snapshot it opened with, then each event applied.
// Pure, so the same events always give the same picture (and a test can check it).

export function applyEvent(view: Snapshot, event: RoomEvent): Snapshot {
  switch (event.type) {
    case 'joined':
      if (view.participants.some((p) => p.id === event.participant.id)) return view;
      return { ...view, participants: [...view.participants, { ...event.participant, turns: [] }] };
    case 'left':
      return { ...view, participants: view.participants.filter((p) => p.id !== event.participant) };
    case 'turn': {
      const { type: _t, ...turn } = event;
      return {
        ...view,
        participants: view.participants.map((p) =>
          p.id !== turn.participant || p.turns.some((t) => t.n === turn.n) ? p : { ...p, turns: [...p.turns, turn].sort((a, b) => a.n - b.n) },
        ),
      };
    }
    case 'room':
      return { ...view, room: { ...view.room, mode: event.mode, gate: event.gate, revealed: event.revealed } };
  }
}

export interface PointDistribution {
  point: string;
  client: string;
  discussion: string | null;
  /** Every option of the point in file order, chosen or not. */
  options: { number: number; text: string; count: number }[];
  /** Sentences the participants typed here, with the name of who typed them. */
  typed: { name: string; text: string; option: number | null }[];
  total: number;
}

/** Per decision point that anyone reached, in the case's order: how often each option was taken, and what was typed. */
export function distribution(scenario: Scenario, participants: Snapshot['participants']): PointDistribution[] {
  const byPoint = new Map<string, TurnSummary[]>();
  const names = new Map(participants.map((p) => [p.id, p.name]));
  for (const p of participants) for (const t of p.turns) {
    if (t.kind === 'close') continue;
    const list = byPoint.get(t.point) ?? [];
    list.push(t);
    byPoint.set(t.point, list);
  }
  const result: PointDistribution[] = [];
  for (const [id, point] of Object.entries(scenario.points)) {
    const turns = byPoint.get(id);
    if (!turns) continue;
    result.push({
      point: id,
      client: point.client,
      discussion: point.discussion ?? null,
      options: point.options.map((o, i) => ({ number: i + 1, text: o.text, count: turns.filter((t) => t.option === i + 1).length })),
      typed: turns.filter((t) => t.kind === 'move').map((t) => ({ name: names.get(t.participant) ?? '', text: t.text, option: t.option })),
      total: turns.length,
    });
  }
  return result;
}

export interface Whereabouts {
  id: string;
  name: string;
  turns: number;
  finished: boolean;
  ending: string | null;
}

export function whereabouts(participants: Snapshot['participants']): Whereabouts[] {
  return participants.map((p) => {
    const last = p.turns.at(-1);
    return { id: p.id, name: p.name, turns: p.turns.length, finished: !!last?.ending, ending: last?.ending ?? null };
  });
}
