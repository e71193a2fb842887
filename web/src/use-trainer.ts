import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { CASES, LOADERS } from 'virtual:kantel/cases';
import type { Form, Move, RunState, Scenario, Topic, Turn } from './engine';
import { NL } from './messages';
import { detectModel, readWithModel, voiceWithModel } from './model-client';
import type { VoiceRequest } from '../server/model-requests';
import { preloadScreens } from './screens/lazy';
import { newRunId } from './progress/learners';
import { mergeHistory } from './progress/history-file';
import type { HistoryEntry, RunStore } from './store';

export type Screen = 'list' | 'conversation' | 'debrief';

/** A typed sentence waiting for the trainee to accept or correct how it was read. */
export interface Pending {
  text: string;
  move: Move;
  topics: Topic[];
  confidence: number | null;
  /** Who read it; a correction by the trainee is recorded as such either way. */
  reader: 'classifier' | 'model';
  /** The likely moves, most likely first (offline reader only). */
  likely: { move: Move; probability: number }[];
  /** The form the model read; kept when the trainee corrects the move. */
  form?: Form;
  /** The option (1-based, file order) the model says the words match: a hint the engine checks, dropped on a correction. */
  option?: number;
}

export interface Trainer {
  screen: Screen;
  scenario: Scenario | null;
  state: RunState | null;
  pending: Pending | null;
  busy: boolean;
  notice: string | null;
  /** The store could not keep the last turn. */
  storeFull: boolean;
  /** The store could not keep the last finished run in the history (it is in memory, and in an export). */
  historyFull: boolean;
  /** The run on screen is an earlier one, opened from "Mijn voortgang": nothing is saved. */
  reviewing: boolean;
  /** The id of the run on screen (a UUID). */
  runId: string | null;
  history: HistoryEntry[];
  /** Set when the server offers a language model: which one (never the key). */
  model: string | null;
  /** The client's replies as the model voiced them, by turn number. */
  voiced: Record<number, string>;
  /** The turn whose reply the model is voicing now. */
  answering: number | null;
  /** Why the last answer came from the case or the offline reader instead of the model. */
  modelNotice: string | null;
  /** After an agreement once solutions were on the table: offer to close (only the trainee closes). */
  mayClose: boolean;
  dismissMayClose(): void;
  /** false when the case could not be loaded (the notice says so). */
  open(caseId: string): Promise<boolean>;
  /** false when the saved state does not pass the engine's schema. */
  /** false when the saved state does not pass the engine's schema or its turns do not fit the unchanged case. `savedHash`: the case version it was saved on. */
  resume(caseId: string, state: RunState, runId?: string, savedHash?: string): Promise<boolean>;
  choose(option: number): void;
  say(text: string): Promise<void>;
  confirm(move: Move): void;
  cancelPending(): void;
  close(): void;
  toList(): void;
  /** Opens the debrief of an earlier run; false when its state does not pass the engine's schema. */
  review(entry: HistoryEntry): Promise<boolean>;
  /** Adds imported runs once each; `kept` is false when the storage refused them (they stay in memory). */
  addRuns(entries: readonly HistoryEntry[]): { added: number; kept: boolean };
}

type Engine = typeof import('./engine');

/**
 * The one hook of the web face: holds the run, calls the engine, saves after every turn.
 * The engine loads with the first case opened, so the case list appears without it.
 */
export function useTrainer(store: RunStore, now: () => number, seed: () => number, onTurn?: (turn: Turn, n: number) => void): Trainer {
  // A group room sends each turn to its server as it is taken (screens/room/Play.tsx).
  const turnTaken = useRef(onTurn);
  turnTaken.current = onTurn;
  const [screen, setScreen] = useState<Screen>('list');
  const [scenario, setScenario] = useState<Scenario | null>(null);
  const [state, setState] = useState<RunState | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [storeFull, setStoreFull] = useState(false);
  const [history, setHistory] = useState(() => store.history());
  const [historyFull, setHistoryFull] = useState(false);
  const [reviewing, setReviewing] = useState(false);
  const [runId, setRunId] = useState<string | null>(null);
  // Another learner took the device: their own history, and back to the case list.
  const firstStore = useRef(store);
  useEffect(() => {
    if (firstStore.current === store) return;
    firstStore.current = store;
    setHistory(store.history());
    setScreen('list');
    setState(null);
    setScenario(null);
    setPending(null);
    setStoreFull(false);
    setHistoryFull(false);
    setReviewing(false);
    setRunId(null);
  }, [store]);
  const hashes = useRef(new Map<string, string>());
  const engine = useRef<Engine | null>(null);
  const [model, setModel] = useState<string | null>(null);
  const [voiced, setVoiced] = useState<Record<number, string>>({});
  const [answering, setAnswering] = useState<number | null>(null);
  const [modelNotice, setModelNotice] = useState<string | null>(null);
  const [mayClose, setMayClose] = useState(false);
  /** Bumped whenever another run takes the screen, so a late voice for the old one is dropped. */
  const runToken = useRef(0);

  useEffect(() => {
    let alive = true;
    void detectModel().then((label) => alive && setModel(label));
    return () => {
      alive = false;
    };
  }, []);

  const freshRun = useCallback(() => {
    runToken.current++;
    setVoiced({});
    setAnswering(null);
    setModelNotice(null);
    setMayClose(false);
  }, []);

  const voice = useCallback(
    async (s: Scenario, next: RunState) => {
      const n = next.turns.at(-1)?.n;
      if (!model || n === undefined || next.status === 'finished') return;
      const token = runToken.current;
      const current = () => token === runToken.current;
      setAnswering(n);
      const show = (text: string) => current() && setVoiced((v) => ({ ...v, [n]: text }));
      // The turns only: the server plays the run again from its own copy of the case.
      const turns: VoiceRequest['turns'] = next.turns.map(engine.current!.turnOf);
      const reply = await voiceWithModel({ caseId: s.id, seed: next.seed, turns }, show);
      if (!current()) return;
      if (reply) {
        if (reply.text) show(reply.text);
        setModelNotice(reply.notice ?? null);
      } else {
        // The server is gone: the case's own lines stand, and the trainee is told why.
        setVoiced((v) => Object.fromEntries(Object.entries(v).filter(([k]) => Number(k) !== n)));
        setModelNotice(NL.modelUnreachable);
      }
      setAnswering(null);
    },
    [model],
  );

  const hashOf = (s: Scenario) => {
    let h = hashes.current.get(s.id);
    if (!h) hashes.current.set(s.id, (h = engine.current!.caseHash(s)));
    return h;
  };

  const load = useCallback(async (caseId: string): Promise<Scenario | null> => {
    const loader = Object.hasOwn(LOADERS, caseId) ? LOADERS[caseId] : undefined;
    if (!loader) return null;
    setBusy(true);
    try {
      const [scenario, eng] = await Promise.all([loader(), engine.current ?? import('./engine'), preloadScreens()]);
      engine.current = eng;
      return scenario.default;
    } catch {
      return null;
    } finally {
      setBusy(false);
    }
  }, []);

  const commit = useCallback(
    (s: Scenario, next: RunState, id: string) => {
      setState(next);
      setPending(null);
      const saved = store.saveRun({ caseId: s.id, caseHash: hashOf(s), state: next, runId: id });
      setStoreFull(!saved);
      if (next.status === 'finished') {
        const report = engine.current!.score(s, next);
        const entry: HistoryEntry = {
          caseId: s.id, at: now(), overall: report.overall, dimensions: report.dimensions, ending: report.ending, id, state: next, caseHash: hashOf(s),
        };
        // Storage full or off: the run stays in memory (and in the export) all the same, and the learner is told.
        const kept = store.addHistory(entry);
        setHistoryFull(!kept);
        setHistory(kept ? store.history() : (h) => [...h, entry]);
        setScreen('debrief');
      }
    },
    [store, now],
  );

  const open = useCallback(
    async (caseId: string) => {
      const s = await load(caseId);
      if (!s) {
        setNotice(NL.loadFailed);
        return false;
      }
      const { state: first } = engine.current!.start(s, { seed: seed() });
      const id = newRunId();
      freshRun();
      setReviewing(false);
      setHistoryFull(false);
      setRunId(id);
      setScenario(s);
      setNotice(null);
      setScreen('conversation');
      setPending(null);
      setState(first);
      engine.current!.warmMoveReader();
      setStoreFull(!store.saveRun({ caseId: s.id, caseHash: hashOf(s), state: first, runId: id }));
      return true;
    },
    [load, seed, store, freshRun],
  );

  const resume = useCallback(
    async (caseId: string, saved: RunState, savedId?: string, savedHash?: string) => {
      const s = await load(caseId);
      if (!s) {
        setNotice(NL.caseGone);
        return true;
      }
      const parsed = engine.current!.runStateSchema.safeParse(saved);
      if (!parsed.success) return false;
      const changed = savedHash !== undefined && savedHash !== hashOf(s);
      // The turns are checked against the case as it is now; what they add up to is derived from them.
      const checked = engine.current!.checkRun(s, parsed.data);
      if (!checked.ok) {
        // A changed case may no longer hold the point the run was at: say so, never open without options.
        if (!changed) return false;
        setNotice(`${NL.caseChanged} ${NL.cannotResume(checked.reason)}`);
        return true;
      }
      freshRun();
      setReviewing(false);
      setRunId(savedId ?? newRunId());
      setScenario(s);
      setState(checked.state);
      setNotice(changed ? NL.caseChanged : null);
      setScreen(checked.state.status === 'finished' ? 'debrief' : 'conversation');
      if (checked.state.status !== 'finished') engine.current!.warmMoveReader();
      return true;
    },
    [load, freshRun],
  );

  const review = useCallback(
    async (entry: HistoryEntry) => {
      const s = await load(entry.caseId);
      if (!s) {
        setNotice(NL.caseGone);
        return true;
      }
      const checked = engine.current!.runStateSchema.safeParse(entry.state);
      if (!checked.success || checked.data.status !== 'finished') return false;
      freshRun();
      setReviewing(true);
      setRunId(entry.id ?? null);
      setScenario(s);
      setState(checked.data);
      setPending(null);
      setScreen('debrief');
      return true;
    },
    [load, freshRun],
  );

  const addRuns = useCallback(
    (entries: readonly HistoryEntry[]) => {
      const { merged, added } = mergeHistory(history, entries);
      const kept = added === 0 || store.replaceHistory(merged);
      setHistory(merged);
      return { added, kept };
    },
    [history, store],
  );

  const turn = useCallback(
    (input: Turn) => {
      if (!scenario || !state) return;
      const result = engine.current!.step(scenario, state, input);
      const rejected = result.events.find((e) => e.type === 'turn_rejected');
      if (rejected && rejected.type === 'turn_rejected') return setNotice(NL.rejected(rejected.reason));
      setNotice(null);
      setModelNotice(null);
      setMayClose(result.events.some((e) => e.type === 'may_close'));
      commit(scenario, result.state, runId ?? newRunId());
      turnTaken.current?.(input, result.state.turns.length);
      void voice(scenario, result.state);
    },
    [scenario, state, commit, voice, runId],
  );

  const say = useCallback(async (text: string) => {
    const clean = text.trim();
    if (!clean) return setNotice(NL.empty);
    setBusy(true);
    try {
      const pointId = state?.point ?? null;
      const point = scenario && pointId !== null && Object.hasOwn(scenario.points, pointId) ? scenario.points[pointId] : undefined;
      // The server looks up this point's options itself (file order) and lets the model name the one the words say.
      const at = scenario && point && pointId !== null ? { caseId: scenario.id, pointId } : undefined;
      const byModel = model ? await readWithModel(clean, at) : null;
      if (byModel) {
        const form = byModel.form !== undefined ? { form: byModel.form } : {};
        const option = byModel.option !== undefined ? { option: byModel.option } : {};
        setPending({ text: clean, move: byModel.move, topics: byModel.topics, confidence: byModel.confidence, reader: byModel.reader, likely: [], ...form, ...option });
        setModelNotice(byModel.notice ?? null);
      } else {
        const read = await (engine.current ?? (await import('./engine'))).classifyText(clean);
        setPending({ text: clean, move: read.move, topics: read.topics, confidence: read.confidence, reader: 'classifier', likely: read.likely });
        setModelNotice(model ? NL.modelUnreachable : null);
      }
      setNotice(null);
    } finally {
      setBusy(false);
    }
  }, [model, scenario, state]);

  const confirm = useCallback(
    (move: Move) => {
      if (!pending) return;
      const corrected = move !== pending.move;
      const source = corrected ? 'corrected' : pending.reader;
      // The model's form stays; its option hint belonged to its own move, so a correction drops it.
      const form = pending.form !== undefined ? { form: pending.form } : {};
      const option = !corrected && pending.option !== undefined ? { option: pending.option } : {};
      turn({ type: 'move', move, text: pending.text, topics: pending.topics, confidence: pending.confidence, source, ...form, ...option });
    },
    [pending, turn],
  );

  return useMemo(
    () => ({
      screen, scenario, state, pending, busy, notice, storeFull, history, open, resume, confirm, say,
      model, voiced, answering, modelNotice, mayClose, historyFull, reviewing, runId, review, addRuns,
      dismissMayClose: () => setMayClose(false),
      choose: (option: number) => turn({ type: 'option', option }),
      cancelPending: () => setPending(null),
      close: () => turn({ type: 'close' }),
      toList: () => {
        // An earlier run opened for its debrief is not the run kept on the device: leave that one be.
        if (state?.status === 'finished' && !reviewing) store.clearRun();
        setReviewing(false);
        freshRun();
        setScreen('list');
        setPending(null);
        setNotice(null);
      },
    }),
    [screen, scenario, state, pending, busy, notice, storeFull, history, open, resume, confirm, say, turn, store,
      model, voiced, answering, modelNotice, mayClose, freshRun, historyFull, reviewing, runId, review, addRuns],
  );
}

export function cardTitle(caseId: string): string {
  return CASES.find((c) => c.id === caseId)?.title ?? caseId;
}
