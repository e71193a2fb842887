import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { CASE_ERRORS, CASES, LOADERS } from 'virtual:kantel/cases';
import { download } from './download';
import { EXPORT_NAME, exportText } from './export-data';
import { NL } from './messages';
import { CaseList } from './screens/CaseList';
import { Compare, Conversation, Debrief } from './screens/lazy';
import { localStore, safeStorage, type HistoryEntry, type RunLoad } from './store';
import { addLearner, learnerName, randomLearnerId, readRegistry, selectLearner, writeRegistry, type Registry } from './progress/learners';
import { LearnerPicker } from './progress/LearnerPicker';
import { NL_PROGRESS } from './progress/messages';
import { ProgressScreen } from './progress/ProgressScreen';
import { progressFileName, progressFileText, readProgressFile } from './progress/history-file';
import { routeHref } from './routes';
import { useNavigation } from './use-navigation';
import { useTrainer } from './use-trainer';
import { ReplaceRun } from './screens/ReplaceRun';
import { scormLink, useScorm } from './scorm/use-scorm';
import { useXapi } from './xapi/use-xapi';

// The group room's screens load only when someone goes there.
const RoomApp = lazy(() => import('./screens/room/RoomApp').then((m) => ({ default: m.RoomApp })));

const LARGE_KEY = 'kanteltrainer.large';

export function App() {
  const storage = useMemo(() => safeStorage(), []);
  const [registry, setRegistry] = useState<Registry>(() => readRegistry(storage));
  const [learnerNotKept, setLearnerNotKept] = useState(false);
  const store = useMemo(() => localStore(storage, registry.current), [storage, registry.current]);
  const [saved, setSaved] = useState<RunLoad>(() => store.loadRun());
  const [progressMessage, setProgressMessage] = useState<{ text: string; alert: boolean } | null>(null);
  const name = learnerName(registry);
  const trainer = useTrainer(store, Date.now, () => Math.floor(Math.random() * 1_000_000));
  // In an LMS (a SCORM package) the package's case opens, or the LMS's suspended run resumes.
  const [scorm] = useState(() => scormLink(window));
  useScorm(scorm, trainer, Date.now);
  // With an LRS behind the server (XAPI_ENDPOINT), each run goes there as xAPI statements.
  useXapi(trainer, { key: registry.current ?? 'gedeeld', name });
  const [large, setLarge] = useState(() => readFlag(LARGE_KEY));
  const [unknownLink, setUnknownLink] = useState(false);
  // Stored scores a newer trainer cannot read are left out; the trainee is told, never shown a blank page.
  const [dropped] = useState(() => store.historyDropped());

  // In an LMS the SCORM session opens or resumes the package's case, not the device's stored run.
  const nav = useNavigation(trainer, store, () => setSaved({ kind: 'corrupt', raw: store.dump() }), () => setUnknownLink(true), { quietStart: scorm !== null });
  const { route, asking } = nav;

  useEffect(() => {
    document.documentElement.classList.toggle('large', large);
    writeFlag(LARGE_KEY, large);
  }, [large]);

  useEffect(() => {
    if (route.screen !== 'list') setUnknownLink(false);
  }, [route]);

  useEffect(() => {
    if (trainer.state) setSaved(store.loadRun());
  }, [trainer.state, trainer.screen, store]);
  useEffect(() => setSaved(store.loadRun()), [store]);

  const changeLearner = (next: Registry) => {
    setRegistry(next);
    setLearnerNotKept(!writeRegistry(storage, next));
    setProgressMessage(null);
  };

  const showProgress = (on: boolean) => {
    nav.go({ screen: on ? 'progress' : 'list' });
    setProgressMessage(null);
  };

  const openEarlier = async (entry: HistoryEntry) => {
    // The earlier debrief gets its address from the navigation, on top of this screen.
    if (!(await trainer.review(entry))) setProgressMessage({ text: NL.compareUnreadable, alert: true });
  };

  const importProgress = async (file: File) => {
    const engine = await import('./engine');
    const result = await readProgressFile(await file.text(), {
      checkState: (v) => {
        const checked = engine.runStateSchema.safeParse(v);
        return checked.success ? checked.data : null;
      },
      scenario: async (id) => (Object.hasOwn(LOADERS, id) ? (await LOADERS[id]!()).default : null),
      score: engine.score,
      caseHash: engine.caseHash,
    });
    if (!result.ok) return setProgressMessage({ text: result.reason === 'json' ? NL_PROGRESS.importJson : NL_PROGRESS.importFormat, alert: true });
    const { added, kept } = trainer.addRuns(result.entries);
    const text = NL_PROGRESS.imported(added, result.entries.length - added, result.skipped);
    setProgressMessage(kept ? { text, alert: false } : { text: `${text} ${NL_PROGRESS.importNotKept}`, alert: true });
  };

  const title = (id: string) => CASES.find((c) => c.id === id)?.title ?? id;
  const onCase = (screen: 'conversation' | 'debrief') =>
    route.screen === screen && trainer.screen === screen && trainer.scenario?.id === route.caseId && trainer.state ? { scenario: trainer.scenario, state: trainer.state } : null;
  const conversation = onCase('conversation');
  const debrief = onCase('debrief');
  const list = route.screen === 'list';

  // The run and history in memory: when storage is full or off, storage holds none of it (export-data.ts).
  const exportRaw = async () => {
    const memory = trainer.scenario && trainer.state ? { scenario: trainer.scenario, state: trainer.state } : null;
    const engine = memory ? await import('./engine').catch(() => null) : null;
    download(EXPORT_NAME, exportText(memory, trainer.history, store.dump(), engine?.toRunFile ?? null));
  };

  return (
    <>
      <a className="skip" href="#inhoud">{NL.skipToContent}</a>
      <header className="top">
        <p className="brand">{NL.appName}</p>
        <label className="toggle">
          <input type="checkbox" checked={large} onChange={(e) => setLarge(e.target.checked)} /> {NL.largerText}
        </label>
      </header>
      <main id="inhoud" tabIndex={-1}>
        {saved.kind === 'corrupt' && (
          <div className="alert" role="alert">
            <p>{NL.storeCorrupt}</p>
            <div className="actions">
              <button type="button" onClick={() => void exportRaw()}>{NL.exportRaw}</button>
              <button type="button" onClick={() => { store.clearRun(); setSaved({ kind: 'none' }); }}>{NL.discard}</button>
            </div>
          </div>
        )}
        {trainer.storeFull && (
          <div className="alert" role="alert">
            <p>{NL.storeFull}</p>
            <button type="button" onClick={() => void exportRaw()}>{NL.exportRaw}</button>
          </div>
        )}
        {trainer.historyFull && debrief && !trainer.reviewing && (
          <div className="alert" role="alert">
            <p>{NL_PROGRESS.historyNotKept}</p>
            <button type="button" onClick={() => void exportRaw()}>{NL.exportRaw}</button>
          </div>
        )}
        {trainer.notice && list && <p className="alert" role="alert">{trainer.notice}</p>}
        {unknownLink && list && <p className="alert" role="alert">{NL.unknownLink}</p>}
        {dropped > 0 && list && <p className="small" role="status">{NL.historyDropped(dropped)}</p>}
        {list && (
          <LearnerPicker
            registry={registry}
            notKept={learnerNotKept}
            onSelect={(id) => changeLearner(selectLearner(registry, id))}
            onAdd={(typed) => changeLearner(addLearner(registry, typed, randomLearnerId))}
          />
        )}
        {list && (
          <p className="room-link-entry">
            <a href={routeHref({ screen: 'room', rest: '' })}>{NL.roomLink}</a> · {NL.roomLinkHint}
          </p>
        )}
        {list && (
          <p className="progress-link">
            <a href={routeHref({ screen: 'progress' })}>{NL_PROGRESS.myProgress}</a> · {NL_PROGRESS.myProgressHint}
          </p>
        )}
        {route.screen === 'progress' && (
          <ProgressScreen
            learner={name}
            cases={CASES}
            history={trainer.history}
            message={progressMessage}
            onOpen={(entry) => void openEarlier(entry)}
            onBack={() => showProgress(false)}
            onExport={() => download(progressFileName(name), progressFileText(name, trainer.history, Date.now()))}
            onImport={(file) => void importProgress(file)}
          />
        )}
        {list && (
          <CaseList
            cases={CASES}
            errors={CASE_ERRORS}
            history={trainer.history}
            saved={saved.kind === 'ok' && saved.run.state.status === 'active' ? saved.run : null}
            busy={trainer.busy}
            onOpen={(id) => void nav.start(id)}
            onResume={(run) => void nav.resume(run.caseId, run.state, run.runId, run.caseHash)}
          />
        )}
        {asking && (
          <ReplaceRun
            title={title(asking.caseId)}
            unfinishedTitle={title(asking.unfinished.caseId)}
            turns={asking.unfinished.state.turns.length}
            onReplace={() => void nav.start(asking.caseId)}
            onKeep={() => void nav.resume(asking.unfinished.caseId, asking.unfinished.state, asking.unfinished.runId, asking.unfinished.caseHash)}
          />
        )}
        <Suspense fallback={<p role="status">{NL.loading}</p>}>
        {route.screen === 'room' && <RoomApp hash={routeHref(route)} />}
        {route.screen === 'compare' && (
          <Compare deviceRun={saved.kind === 'ok' ? saved.run : null} learner={name} onList={() => nav.go({ screen: 'list' })} />
        )}
        {conversation && <Conversation trainer={trainer} scenario={conversation.scenario} state={conversation.state} />}
        {debrief && (
          <Debrief
            scenario={debrief.scenario}
            state={debrief.state}
            history={trainer.history.filter((h) => h.caseId === debrief.scenario.id)}
            learner={name}
            playedAt={trainer.history.find((h) => h.id !== undefined && h.id === trainer.runId)?.at ?? Date.now()}
            onAgain={() => {
              // From an earlier debrief, a new run would replace an unfinished one: the case list asks first.
              if (trainer.reviewing && saved.kind === 'ok' && saved.run.state.status === 'active' && saved.run.state.turns.length > 0) trainer.toList();
              else void nav.start(debrief.scenario.id);
            }}
            onList={() => {
              const back = trainer.reviewing;
              trainer.toList();
              if (back) showProgress(true);
            }}
          />
        )}
        {(route.screen === 'conversation' || route.screen === 'debrief') && !asking && !conversation && !debrief && <p role="status">{NL.loading}</p>}
        </Suspense>
      </main>
    </>
  );
}

function readFlag(key: string): boolean {
  try {
    return localStorage.getItem(key) === '1';
  } catch {
    return false;
  }
}

function writeFlag(key: string, on: boolean): void {
  try {
    localStorage.setItem(key, on ? '1' : '0');
  } catch {
    /* a display preference; losing it is harmless */
  }
}
