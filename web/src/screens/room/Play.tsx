import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { LOADERS } from 'virtual:kantel/cases';
import type { RunState, Turn } from '../../engine';
import { NL } from '../../messages';
import { localStore, safeStorage } from '../../store';
import { useTrainer } from '../../use-trainer';
import { Conversation, Debrief } from '../lazy';
import { roomCall, type RoomSettings } from './api';
import { NL_ROOM } from './messages';
import { mergeTurns, readOutbox, writeOutbox, type Outgoing, type RoomSession } from './session';
import { useRoomEvents } from './use-room-events';

interface Me {
  mode: RoomSettings['mode'];
  gate: number;
  turns: Turn[];
  lastEventId: number;
}

interface Props {
  session: RoomSession;
  /** The participation ended here: deleted by the participant, or gone from the server. */
  onEnded(message: string): void;
}

/**
 * A participant plays the room's case with the normal trainer. Each turn goes into an outbox on
 * the device and is sent in order; a reload merges what the server confirmed with what is
 * still waiting, so nothing taken is lost and nothing is sent twice.
 */
export function Play({ session, onEnded }: Props) {
  const storage = useMemo(() => safeStorage(), []);
  // Its own place on the device, apart from the trainee's personal run and history.
  const store = useMemo(() => localStore(storage, `ruimte-${session.participantId}`), [storage, session.participantId]);
  const outbox = useRef<Outgoing[]>(readOutbox(storage, session.participantId));
  const [waiting, setWaiting] = useState(outbox.current.length);
  const [pace, setPace] = useState<{ mode: RoomSettings['mode']; gate: number } | null>(null);
  const [after, setAfter] = useState<number | null>(null);
  const [offline, setOffline] = useState(false);
  const [refused, setRefused] = useState<string | null>(null);
  const flushing = useRef(false);
  const retry = useRef<ReturnType<typeof setTimeout>>(undefined);
  const backoff = useRef(1000);

  const keep = useCallback(() => {
    writeOutbox(storage, session.participantId, outbox.current);
    setWaiting(outbox.current.length);
  }, [storage, session.participantId]);

  const flush = useCallback(async () => {
    if (flushing.current) return;
    flushing.current = true;
    clearTimeout(retry.current);
    try {
      while (outbox.current.length > 0) {
        const next = outbox.current[0]!;
        const answer = await roomCall<unknown>('POST', `/api/rooms/${session.roomId}/turns`, session.token, next);
        if (answer.ok) {
          outbox.current.shift();
          keep();
          setOffline(false);
          backoff.current = 1000;
          continue;
        }
        if (answer.status === 404) return onEnded(NL_ROOM.participationGone);
        if (answer.status === 409 && typeof answer.body.gate === 'number') {
          // The group waits: the turn goes as soon as the facilitator moves on (a room event).
          setPace({ mode: 'paced', gate: answer.body.gate });
          return;
        }
        if (answer.status === 409 && typeof answer.body.expected === 'number' && answer.body.expected > next.n) {
          // The server has this turn already (sent from before a reload).
          outbox.current.shift();
          keep();
          continue;
        }
        if (answer.status === 0 || answer.status === 429 || answer.status >= 500) {
          setOffline(answer.status === 0);
          retry.current = setTimeout(() => void flush(), backoff.current);
          backoff.current = Math.min(backoff.current * 2, 15_000);
          return;
        }
        setRefused(answer.error);
        outbox.current.shift();
        keep();
      }
    } finally {
      flushing.current = false;
    }
  }, [session, keep, onEnded]);

  const onTurn = useCallback((turn: Turn, n: number) => {
    outbox.current = [...outbox.current.filter((o) => o.n < n), { n, turn }];
    keep();
    void flush();
  }, [keep, flush]);

  const trainer = useTrainer(store, Date.now, () => session.seed, onTurn);

  // On (re)opening: the server's turns and the device's unsent ones, replayed by the engine.
  useEffect(() => {
    let live = true;
    void (async () => {
      const me = await roomCall<Me>('GET', `/api/rooms/${session.roomId}/me`, session.token);
      if (!live) return;
      if (!me.ok && me.status === 404) return onEnded(NL_ROOM.participationGone);
      const loader = Object.hasOwn(LOADERS, session.caseId) ? LOADERS[session.caseId] : undefined;
      if (!loader) return setRefused(NL.caseGone);
      const [scenario, engine] = await Promise.all([loader().then((m) => m.default), import('../../engine')]);
      let state: RunState;
      if (me.ok) {
        setPace({ mode: me.value.mode, gate: me.value.gate });
        setAfter(me.value.lastEventId);
        const merged = mergeTurns(me.value.turns, outbox.current);
        outbox.current = merged.pending;
        keep();
        state = engine.start(scenario, { seed: session.seed }).state;
        for (const t of merged.turns) state = engine.step(scenario, state, t).state;
      } else {
        // No server now: play on from the device's copy; the outbox goes once the server is back.
        setOffline(true);
        const saved = store.loadRun();
        state = saved.kind === 'ok' && saved.run.caseId === session.caseId ? saved.run.state : engine.start(scenario, { seed: session.seed }).state;
        setAfter(0);
      }
      if (!live) return;
      await trainer.resume(session.caseId, state);
      void flush();
    })();
    return () => {
      live = false;
      clearTimeout(retry.current);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [session.participantId]);

  useRoomEvents(session.roomId, session.token, after, (e) => {
    if (e.type !== 'room') return;
    setPace({ mode: e.mode, gate: e.gate });
    void flush();
  }, () => onEnded(NL_ROOM.participationGone));

  const deleteRun = async () => {
    if (!window.confirm(NL_ROOM.deleteConfirm)) return;
    const answer = await roomCall('DELETE', `/api/rooms/${session.roomId}/me`, session.token);
    if (!answer.ok && answer.status !== 404) return setRefused(answer.status === 0 ? NL_ROOM.unreachable : answer.error);
    outbox.current = [];
    keep();
    store.clearRun();
    onEnded(NL_ROOM.deleted);
  };

  const state = trainer.state;
  const held = pace?.mode === 'paced' && state?.status === 'active' && state.turns.length >= pace.gate;
  return (
    <div className="room-play">
      <p className="small">{NL_ROOM.playingAs(session.name, session.code)}</p>
      {offline && <p className="alert" role="alert">{NL_ROOM.offline}</p>}
      {waiting > 0 && !offline && <p className="small" role="status">{NL_ROOM.sending(waiting)}</p>}
      {refused && <p className="alert" role="alert">{NL_ROOM.refused(refused)}</p>}
      {/* The conversation below is inert while the group waits, its heading too: the page keeps one for screen readers. */}
      {held && trainer.scenario && <h1 className="sr-only">{NL.conversationWith(trainer.scenario.client.name)}</h1>}
      {held && (
        <div className="notice room-wait" role="status">
          <h2>{NL_ROOM.waitTitle}</h2>
          <p>{NL_ROOM.waitText}</p>
        </div>
      )}
      <Suspense fallback={<p role="status">{NL.loading}</p>}>
        {trainer.screen === 'conversation' && trainer.scenario && state && (
          <div inert={held}>
            <Conversation trainer={trainer} scenario={trainer.scenario} state={state} />
          </div>
        )}
        {trainer.screen === 'debrief' && trainer.scenario && state && (
          <Debrief
            scenario={trainer.scenario}
            state={state}
            history={[]}
            learner={session.name}
            playedAt={Date.now()}
            onAgain={() => (location.hash = `#/casus/${session.caseId}`)}
            onList={() => (location.hash = '#/')}
          />
        )}
      </Suspense>
      <div className="actions room-leave">
        <button type="button" onClick={() => void deleteRun()}>{NL_ROOM.deleteRun}</button>
      </div>
    </div>
  );
}
