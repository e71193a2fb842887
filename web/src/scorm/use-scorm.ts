import { useEffect, useRef } from 'react';
import { LOADERS } from 'virtual:kantel/cases';
import type { Trainer } from '../use-trainer';
import { newRunId } from '../progress/learners';
import { findApi, type Scorm12Api } from './api';
import { interactions, lessonStatus, passMark, timespan } from './values';

// The trainer inside an LMS (SCORM 1.2): the package opens one case (index.html?casus=<id>), finds
// the LMS's API, resumes from cmi.suspend_data, and after every turn writes the run back: the
// short run text, one interaction per turn, and at the end score and status. Outside an LMS
// there is no API and none of this runs: the package plays as the normal trainer.

export interface ScormLink {
  api: Scorm12Api;
  caseId: string;
}

/** The LMS's API and the package's case, or null when this page is not played in an LMS. */
export function scormLink(win: Window): ScormLink | null {
  const caseId = new URLSearchParams(win.location.search).get('casus');
  if (!caseId || !Object.hasOwn(LOADERS, caseId)) return null;
  const api = findApi(win);
  return api ? { api, caseId } : null;
}

type Engine = typeof import('../engine');

export function useScorm(link: ScormLink | null, trainer: Trainer, now: () => number): void {
  const engine = useRef<Engine | null>(null);
  const began = useRef(0);
  const mark = useRef<number | null>(null);
  /** Interactions written in this attempt (all runs); the next one gets this index. */
  const written = useRef(0);
  /** Per run: how many of its turns are in the LMS already. */
  const reported = useRef(new Map<string, number>());
  const finished = useRef(false);

  useEffect(() => {
    if (!link) return;
    const { api, caseId } = link;
    let alive = true;
    began.current = now();
    api.LMSInitialize('');
    mark.current = passMark(api.LMSGetValue('cmi.student_data.mastery_score'), location.search);
    written.current = Number(api.LMSGetValue('cmi.interactions._count')) || 0;
    const status = api.LMSGetValue('cmi.core.lesson_status');
    finished.current = status === 'completed' || status === 'passed' || status === 'failed';
    if (status === 'not attempted' || status === '') api.LMSSetValue('cmi.core.lesson_status', 'incomplete');
    const suspended = api.LMSGetValue('cmi.suspend_data');
    void (async () => {
      const [eng, scenario] = await Promise.all([import('../engine'), LOADERS[caseId]!()]);
      if (!alive) return;
      engine.current = eng;
      const back = suspended ? eng.decodeRun(scenario.default, suspended) : null;
      if (back?.ok) {
        const runId = newRunId();
        // The turns of the suspended run were written before; only later turns are new.
        reported.current.set(runId, interactions(eng.score(scenario.default, back.state)).length);
        await trainer.resume(caseId, back.state, runId);
      } else {
        await trainer.open(caseId);
      }
    })();
    const finish = () => {
      api.LMSSetValue('cmi.core.session_time', timespan(now() - began.current));
      api.LMSCommit('');
      api.LMSFinish('');
    };
    window.addEventListener('pagehide', finish);
    return () => {
      alive = false;
      window.removeEventListener('pagehide', finish);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [link]);

  const { scenario, state, runId, reviewing } = trainer;
  useEffect(() => {
    const eng = engine.current;
    if (!link || !eng || !scenario || !state || reviewing || state.caseId !== link.caseId) return;
    const { api } = link;
    const report = eng.score(scenario, state);
    const key = runId ?? 'run';
    const entries = interactions(report);
    for (const entry of entries.slice(reported.current.get(key) ?? 0)) {
      const n = written.current++;
      api.LMSSetValue(`cmi.interactions.${n}.id`, entry.id);
      api.LMSSetValue(`cmi.interactions.${n}.type`, entry.type);
      if (entry.response !== null) api.LMSSetValue(`cmi.interactions.${n}.student_response`, entry.response);
      api.LMSSetValue(`cmi.interactions.${n}.result`, entry.result);
    }
    reported.current.set(key, entries.length);
    const text = eng.encodeRun(state);
    if (text !== null) api.LMSSetValue('cmi.suspend_data', text);
    if (state.status === 'finished') {
      api.LMSSetValue('cmi.core.score.min', '0');
      api.LMSSetValue('cmi.core.score.max', '100');
      api.LMSSetValue('cmi.core.score.raw', String(report.overall));
      api.LMSSetValue('cmi.core.lesson_status', lessonStatus(true, report.overall, mark.current));
      api.LMSSetValue('cmi.core.exit', '');
      finished.current = true;
    } else {
      // A run in progress after a finished one leaves the finished status as it is.
      if (!finished.current) api.LMSSetValue('cmi.core.lesson_status', 'incomplete');
      api.LMSSetValue('cmi.core.exit', 'suspend');
    }
    api.LMSSetValue('cmi.core.session_time', timespan(now() - began.current));
    api.LMSCommit('');
  }, [link, scenario, state, runId, reviewing, now]);
}
