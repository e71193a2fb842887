import { useEffect, useRef } from 'react';
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
  return (
    <section aria-labelledby="list-title">
      <h1 id="list-title" ref={heading} tabIndex={-1}>{NL.listTitle}</h1>
      <p className="intro">{NL.listIntro}</p>
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
            <details>
              <summary>{NL.goals}</summary>
              <ul>
                {c.learningGoals.map((g) => <li key={g}>{g}</li>)}
              </ul>
            </details>
            <p className="best">{best.has(c.id) ? NL.bestScore(best.get(c.id)!) : NL.noScoreYet}</p>
            <button type="button" className="primary" disabled={busy} onClick={() => onOpen(c.id)} aria-label={NL.startCase(c.title)}>
              {NL.start}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
