import { Suspense, useEffect, useMemo, useState } from 'react';
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
import { useTrainer } from './use-trainer';

const LARGE_KEY = 'kanteltrainer.large';
const COMPARE_HASH = '#/vergelijken';
const PROGRESS_HASH = '#/voortgang';


export function App() {
  const storage = useMemo(() => safeStorage(), []);
  const [registry, setRegistry] = useState<Registry>(() => readRegistry(storage));
  const [learnerNotKept, setLearnerNotKept] = useState(false);
  const store = useMemo(() => localStore(storage, registry.current), [storage, registry.current]);
  const [saved, setSaved] = useState<RunLoad>(() => store.loadRun());
  const [progress, setProgress] = useState(() => location.hash === PROGRESS_HASH);
  const [progressMessage, setProgressMessage] = useState<{ text: string; alert: boolean } | null>(null);
  const name = learnerName(registry);
  const trainer = useTrainer(store, Date.now, () => Math.floor(Math.random() * 1_000_000));
  const [large, setLarge] = useState(() => readFlag(LARGE_KEY));
  const [comparing, setComparing] = useState(() => location.hash === COMPARE_HASH);
  // Stored scores a newer trainer cannot read are left out; the trainee is told, never shown a blank page.
  const [dropped] = useState(() => store.historyDropped());

  useEffect(() => {
    const onHash = () => {
      setComparing(location.hash === COMPARE_HASH);
      setProgress(location.hash === PROGRESS_HASH);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    document.documentElement.classList.toggle('large', large);
    writeFlag(LARGE_KEY, large);
  }, [large]);

  // Reopening the page resumes the run where it was.
  // A link to #/casus/<id> opens that case (a trainer can put it on the beamer).
  useEffect(() => {
    if (location.hash === COMPARE_HASH || location.hash === PROGRESS_HASH) return;
    const linked = /^#\/casus\/([\w-]+)$/.exec(location.hash)?.[1];
    const run = saved.kind === 'ok' && CASES.some((c) => c.id === saved.run.caseId) ? saved.run : null;
    if (linked && CASES.some((c) => c.id === linked) && (!run || run.caseId !== linked || run.state.status === 'finished')) void trainer.open(linked);
    else if (run) void resume(run.caseId, run.state, run.runId);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (trainer.state) setSaved(store.loadRun());
  }, [trainer.state, trainer.screen, store]);
  useEffect(() => setSaved(store.loadRun()), [store]);

  const resume = async (caseId: string, state: Parameters<typeof trainer.resume>[1], runId?: string) => {
    if (!(await trainer.resume(caseId, state, runId))) setSaved({ kind: 'corrupt', raw: store.dump() });
  };

  const changeLearner = (next: Registry) => {
    setRegistry(next);
    setLearnerNotKept(!writeRegistry(storage, next));
    setProgressMessage(null);
  };

  const showProgress = (on: boolean) => {
    window.history.pushState(null, '', on ? PROGRESS_HASH : location.pathname + location.search);
    setProgress(on);
    setProgressMessage(null);
  };

  const openEarlier = async (entry: HistoryEntry) => {
    if (!(await trainer.review(entry))) setProgressMessage({ text: NL.compareUnreadable, alert: true });
    else setProgress(false);
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
        {trainer.historyFull && trainer.screen === 'debrief' && !trainer.reviewing && (
          <div className="alert" role="alert">
            <p>{NL_PROGRESS.historyNotKept}</p>
            <button type="button" onClick={() => void exportRaw()}>{NL.exportRaw}</button>
          </div>
        )}
        {trainer.notice && trainer.screen === 'list' && <p className="alert" role="alert">{trainer.notice}</p>}
        {dropped > 0 && trainer.screen === 'list' && <p className="small" role="status">{NL.historyDropped(dropped)}</p>}
        {!comparing && !progress && trainer.screen === 'list' && (
          <LearnerPicker
            registry={registry}
            notKept={learnerNotKept}
            onSelect={(id) => changeLearner(selectLearner(registry, id))}
            onAdd={(typed) => changeLearner(addLearner(registry, typed, randomLearnerId))}
          />
        )}
        {!comparing && !progress && trainer.screen === 'list' && (
          <p className="progress-link">
            <a href={PROGRESS_HASH}>{NL_PROGRESS.myProgress}</a> · {NL_PROGRESS.myProgressHint}
          </p>
        )}
        {!comparing && progress && trainer.screen === 'list' && (
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
        {!comparing && !progress && trainer.screen === 'list' && (
          <CaseList
            cases={CASES}
            errors={CASE_ERRORS}
            history={trainer.history}
            saved={saved.kind === 'ok' && saved.run.state.status === 'active' ? saved.run : null}
            busy={trainer.busy}
            onOpen={(id) => void trainer.open(id)}
            onResume={(run) => void resume(run.caseId, run.state, run.runId)}
          />
        )}
        <Suspense fallback={<p role="status">{NL.loading}</p>}>
        {comparing && (
          <Compare
            deviceRun={saved.kind === 'ok' ? saved.run : null}
            onList={() => {
              window.history.pushState(null, '', location.pathname + location.search);
              setComparing(false);
            }}
          />
        )}
        {!comparing && <>
        {trainer.screen === 'conversation' && trainer.scenario && trainer.state && <Conversation trainer={trainer} scenario={trainer.scenario} state={trainer.state} />}
        {trainer.screen === 'debrief' && trainer.scenario && trainer.state && (
          <Debrief
            scenario={trainer.scenario}
            state={trainer.state}
            history={trainer.history.filter((h) => h.caseId === trainer.scenario?.id)}
            onAgain={() => {
              // From an earlier debrief, a new run would replace an unfinished one: the case list asks first.
              if (trainer.reviewing && saved.kind === 'ok' && saved.run.state.status === 'active' && saved.run.state.turns.length > 0) trainer.toList();
              else void trainer.open(trainer.scenario!.id);
            }}
            onList={() => {
              const back = trainer.reviewing;
              trainer.toList();
              if (back) showProgress(true);
            }}
          />
        )}
        </>}
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
