import { Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { CASES, LOADERS } from 'virtual:kantel/cases';
import type { Scenario } from '../../engine';
import { download, downloadBlob } from '../../download';
import { NL } from '../../messages';
import { Compare } from '../lazy';
import { fetchBlob, roomCall, type RoomSettings, type Snapshot } from './api';
import { Distribution } from './Distribution';
import { JoinInfo } from './JoinInfo';
import { NL_ROOM } from './messages';
import { applyEvent, distribution, whereabouts } from './room-view';
import { useRoomEvents } from './use-room-events';

interface Props {
  roomId: string;
  token: string;
}

/** The facilitator's live view of a room: who is where, what the group chose, and the way to the comparison. */
export function Host({ roomId, token }: Props) {
  const [view, setView] = useState<Snapshot | null>(null);
  const [after, setAfter] = useState<number | null>(null);
  const [scenario, setScenario] = useState<Scenario | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [comparing, setComparing] = useState<{ source: string; text: string }[] | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let live = true;
    void roomCall<Snapshot>('GET', `/api/rooms/${roomId}`, token).then(async (a) => {
      if (!live) return;
      if (!a.ok) return setProblem(a.status === 0 ? NL_ROOM.unreachable : NL_ROOM.gone);
      setView(a.value);
      setAfter(a.value.lastEventId);
      const loader = Object.hasOwn(LOADERS, a.value.room.caseId) ? LOADERS[a.value.room.caseId] : undefined;
      if (loader) setScenario((await loader()).default);
    });
    return () => {
      live = false;
    };
  }, [roomId, token]);
  useEffect(() => {
    if (view) heading.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [view === null]);

  const connected = useRoomEvents(roomId, token, after, (e) => setView((v) => (v ? applyEvent(v, e) : v)), () => setProblem(NL_ROOM.removed));
  const points = useMemo(() => (scenario && view ? distribution(scenario, view.participants) : []), [scenario, view]);

  if (problem) return <section className="room"><h1>{NL_ROOM.entry}</h1><p className="alert" role="alert">{problem}</p><p><a href="#/">{NL_ROOM.back}</a></p></section>;
  if (!view) return <p role="status">{NL.loading}</p>;
  const { room } = view;
  const title = CASES.find((c) => c.id === room.caseId)?.title ?? room.caseId;
  const people = whereabouts(view.participants);
  const settings = (change: Partial<RoomSettings>) => void roomCall<RoomSettings>('PATCH', `/api/rooms/${roomId}`, token, change).then((a) => {
    if (a.ok) setView((v) => (v ? { ...v, room: { ...v.room, ...a.value } } : v));
    else setProblem(a.error || NL_ROOM.unreachable);
  });
  const held = people.filter((p) => !p.finished && p.turns >= room.gate).length;
  const endingTitle = (id: string | null) => (id && scenario && Object.hasOwn(scenario.endings, id) ? scenario.endings[id]!.title : id ?? '');
  const endings = new Map<string, number>();
  for (const p of people) if (p.ending) endings.set(p.ending, (endings.get(p.ending) ?? 0) + 1);

  const openCompare = async () => {
    const a = await roomCall<unknown[]>('GET', `/api/rooms/${roomId}/runs`, token);
    if (!a.ok) return setProblem(a.error || NL_ROOM.unreachable);
    setComparing(a.value.map((run, i) => ({ source: (run as { alias?: string }).alias ?? `${i + 1}`, text: JSON.stringify(run) })));
  };
  const downloadCsv = async () => {
    const blob = await fetchBlob(`/api/rooms/${roomId}/export.csv`, token);
    if (!blob) return setProblem(NL_ROOM.unreachable);
    downloadBlob(`groepsruimte-${room.code}.csv`, blob);
  };
  // One run file per participant, as the trainer saves them, so the comparison and the terminal read them.
  const downloadRuns = async () => {
    const a = await roomCall<{ alias?: string; state: { seed: number; turns: unknown[] } }[]>('GET', `/api/rooms/${roomId}/runs`, token);
    if (!a.ok) return setProblem(a.error || NL_ROOM.unreachable);
    for (const [i, run] of a.value.entries()) {
      const slug = (run.alias ?? '').toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || `deelnemer-${i + 1}`;
      download(`run-${room.caseId}-${slug}-${run.state.turns.length}.json`, `${JSON.stringify(run, null, 2)}\n`);
      await new Promise((r) => setTimeout(r, 150));
    }
  };
  const remove = async () => {
    if (!window.confirm(NL_ROOM.removeConfirm)) return;
    const a = await roomCall('DELETE', `/api/rooms/${roomId}`, token);
    setProblem(a.ok ? NL_ROOM.removed : a.error || NL_ROOM.unreachable);
  };

  if (comparing) {
    return (
      <Suspense fallback={<p role="status">{NL.loading}</p>}>
        <Compare deviceRun={null} initial={comparing} backLabel={NL_ROOM.closeCompare} onList={() => setComparing(null)} />
      </Suspense>
    );
  }

  return (
    <section className="room room-host" aria-labelledby="host-title">
      <h1 id="host-title" ref={heading} tabIndex={-1}>{NL_ROOM.hostTitle(title)}</h1>
      <p className="small">{NL_ROOM.keepLink}</p>
      <JoinInfo code={room.code} />
      <p className="small" role="status">{connected ? NL_ROOM.live : NL_ROOM.reconnecting}</p>

      <h2>{NL_ROOM.paceTitle}</h2>
      <p>{room.mode === 'paced' ? NL_ROOM.pacePaced(room.gate) : NL_ROOM.paceSelf}</p>
      {room.mode === 'paced' && <p className="small">{NL_ROOM.waitingCount(held, people.filter((p) => !p.finished).length)}</p>}
      <div className="actions">
        {room.mode === 'paced' && <button type="button" className="primary" onClick={() => settings({ gate: room.gate + 1 })}>{NL_ROOM.moveOn(room.gate + 1)}</button>}
        <button type="button" onClick={() => settings(room.mode === 'paced' ? { mode: 'self' } : { mode: 'paced', gate: Math.max(1, ...people.map((p) => p.turns)) })}>
          {room.mode === 'paced' ? NL_ROOM.toSelf : NL_ROOM.toPaced}
        </button>
      </div>

      <h2>{NL_ROOM.participantsTitle(people.length)}</h2>
      {people.length === 0 ? <p>{NL_ROOM.nobodyYet}</p> : (
        <ul className="participants room-people">
          {people.map((p) => (
            <li key={p.id}>
              <strong>{p.name}</strong>: {p.finished ? `${NL_ROOM.finished}${room.revealed ? ` (${endingTitle(p.ending)})` : ` (${NL_ROOM.endingHidden})`}` : NL_ROOM.atTurn(p.turns + 1)}
            </li>
          ))}
        </ul>
      )}

      <h2>{NL_ROOM.distributionTitle}</h2>
      {points.length === 0 ? <p>{NL_ROOM.noChoices}</p> : points.map((p, i) => <Distribution key={p.point} point={p} index={i} />)}

      <h2>{NL_ROOM.endingsTitle}</h2>
      {room.revealed ? (
        <ul className="room-endings">
          {[...endings].map(([id, n]) => <li key={id}><strong>{endingTitle(id)}</strong>: {NL_ROOM.endsWith(n)}</li>)}
        </ul>
      ) : <p>{NL_ROOM.endingsHidden}</p>}
      <button type="button" onClick={() => settings({ revealed: !room.revealed })}>{room.revealed ? NL_ROOM.hide : NL_ROOM.reveal}</button>

      <h2>{NL_ROOM.endTitle}</h2>
      <div className="actions">
        <button type="button" className="primary" onClick={() => void openCompare()}>{NL_ROOM.compare}</button>
        <button type="button" onClick={() => void downloadCsv()}>{NL_ROOM.csv}</button>
        <button type="button" onClick={() => void downloadRuns()}>{NL_ROOM.runs}</button>
        <button type="button" onClick={() => void remove()}>{NL_ROOM.remove}</button>
      </div>
      <p className="small">{NL_ROOM.expires(new Date(room.expiresAt).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }))}</p>
    </section>
  );
}
