import { useEffect, useRef, useState } from 'react';
import { DIMENSIONS, DIMENSION_LABELS } from '../../../engine/vocabulary';
import type { CaseCard } from '../case-card';
import { NL } from '../messages';
import { bestScores, type HistoryEntry, type SavedRun } from '../store';

interface Props {
  cases: CaseCard[];
  errors: string[];
  history: HistoryEntry[];
  saved: SavedRun | null;
  busy: boolean;
  onOpen(id: string): void;
  onResume(run: SavedRun): void;
}

export function CaseList({ cases, errors, history, saved, busy, onOpen, onResume }: Props) {
  const best = bestScores(history);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const savedCase = saved ? cases.find((c) => c.id === saved.caseId) : undefined;
  // Only one run is kept on the device: starting a case over an unfinished one asks first.
  const unfinished = saved && savedCase && saved.state.status !== 'finished' && saved.state.turns.length > 0 ? saved : null;
  const [asking, setAsking] = useState<string | null>(null);
  const start = (id: string) => (unfinished ? setAsking(id) : onOpen(id));
  return (
    <section aria-labelledby="list-title">
      <h1 id="list-title" ref={heading} tabIndex={-1}>{NL.listTitle}</h1>
      <p className="intro">{NL.listIntro}</p>
      <details className="how" open>
        <summary>{NL.howHeading}</summary>
        <ul>
          <li>{NL.howTyping}</li>
          <li>{NL.howScoring(DIMENSIONS.map((d) => DIMENSION_LABELS[d]))}</li>
          <li>{NL.howSaving}</li>
        </ul>
      </details>
      <p className="compare-link">
        <a href="#/vergelijken">{NL.compareLink}</a> · {NL.compareLinkHint}
      </p>
      {saved && savedCase && (
        <div className="resume">
          <p>{NL.resumeBanner(savedCase.title)}</p>
          <button type="button" className="primary" onClick={() => onResume(saved)}>{NL.resumeCase}</button>
        </div>
      )}
      {errors.length > 0 && (
        <div className="alert" role="alert">
          <p>{NL.caseErrors}</p>
          <pre>{errors.join('\n')}</pre>
        </div>
      )}
      {cases.length === 0 && <p>{NL.noCases}</p>}
      <ul className="cards" aria-busy={busy}>
        {cases.map((c) => (
          <li key={c.id} className="card">
            <h2>{c.title}</h2>
            <p className="who">
              {NL.client}: {c.clientName} ({c.clientAge} {NL.years}) · {NL.level}: {NL.levels[c.difficulty] ?? c.difficulty}
            </p>
            <p>{c.summary}</p>
            {c.turns > 0 && <p className="duration">{NL.duration(c.turns)}</p>}
            <details>
              <summary>{NL.goals}</summary>
              <ul>
                {c.learningGoals.map((g) => <li key={g}>{g}</li>)}
              </ul>
            </details>
            <p className="best">{best.has(c.id) ? NL.bestScore(best.get(c.id)!) : NL.noScoreYet}</p>
            {asking === c.id && unfinished && savedCase ? (
              <div role="alertdialog" aria-labelledby={`replace-${c.id}`} className="confirm">
                <p id={`replace-${c.id}`}>{NL.replaceRun(savedCase.title, unfinished.state.turns.length)}</p>
                <div className="actions">
                  <button type="button" autoFocus onClick={() => { setAsking(null); onOpen(c.id); }}>{NL.replaceYes}</button>
                  <button type="button" className="primary" onClick={() => { setAsking(null); onResume(unfinished); }}>{NL.replaceNo}</button>
                </div>
              </div>
            ) : (
              <button type="button" className="primary" disabled={busy} onClick={() => start(c.id)} aria-label={NL.startCase(c.title)}>
                {NL.start}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
