import { useEffect, useRef } from 'react';
import type { CaseCard } from '../case-card';
import { DIMENSIONS, DIMENSION_LABELS } from '../../../engine/vocabulary';
import { NL } from '../messages';
import type { HistoryEntry } from '../store';
import { NL_PROGRESS } from './messages';
import { TrendChart } from './TrendChart';

interface Props {
  learner: string | null;
  cases: readonly CaseCard[];
  history: readonly HistoryEntry[];
  /** What the last import or save said; shown as a status line. */
  message: { text: string; alert: boolean } | null;
  onOpen(entry: HistoryEntry): void;
  onBack(): void;
  onExport(): void;
  onImport(file: File): void;
}

/** "Mijn voortgang": per case the runs over time, a trend per dimension, and each debrief to open again. */
export function ProgressScreen({ learner, cases, history, message, onOpen, onBack, onExport, onImport }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const byCase = new Map<string, HistoryEntry[]>();
  for (const entry of [...history].sort((a, b) => a.at - b.at)) byCase.set(entry.caseId, [...(byCase.get(entry.caseId) ?? []), entry]);
  const title = (id: string) => cases.find((c) => c.id === id)?.title ?? id;
  return (
    <section aria-labelledby="progress-title" className="my-progress">
      <h1 id="progress-title" ref={heading} tabIndex={-1}>{NL_PROGRESS.progressTitle(learner)}</h1>
      <p className="intro">{NL_PROGRESS.progressIntro}</p>
      <p><button type="button" className="link" onClick={onBack}>{NL_PROGRESS.back}</button></p>
      {message && <p className={message.alert ? 'alert' : 'notice'} role={message.alert ? 'alert' : 'status'}>{message.text}</p>}
      {byCase.size === 0 && <p>{NL_PROGRESS.noRuns}</p>}
      {[...byCase].map(([caseId, runs]) => (
        <section key={caseId} className="case-progress" aria-labelledby={`runs-${caseId}`}>
          <h2 id={`runs-${caseId}`}>{NL_PROGRESS.runsOf(title(caseId), runs.length)}</h2>
          <p className="small">
            {NL_PROGRESS.best(Math.max(...runs.map((r) => r.overall)))} · {NL_PROGRESS.last(runs.at(-1)!.overall)}
          </p>
          <h3>{NL_PROGRESS.trendHeading}</h3>
          <div className="trends">
            <TrendChart label={NL.overall} values={runs.map((r) => r.overall)} />
            {DIMENSIONS.map((d) => <TrendChart key={d} label={DIMENSION_LABELS[d]} values={runs.map((r) => r.dimensions[d])} />)}
          </div>
          <div className="scroll" tabIndex={0} role="region" aria-label={NL_PROGRESS.tableOf(title(caseId))}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{NL.run}</th>
                  <th scope="col">{NL_PROGRESS.when}</th>
                  <th scope="col"><span className="sr-only">{NL_PROGRESS.openDebrief}</span></th>
                  <th scope="col">{NL.overall}</th>
                  {DIMENSIONS.map((d) => <th key={d} scope="col">{DIMENSION_LABELS[d]}</th>)}
                </tr>
              </thead>
              <tbody>
                {runs.map((r, i) => (
                  <tr key={`${r.id ?? r.at}-${i}`}>
                    <th scope="row">{i + 1}</th>
                    <td>{NL.playedOn(r.at)}</td>
                    <td>
                      {r.state ? (
                        <button type="button" onClick={() => onOpen(r)} aria-label={NL_PROGRESS.openDebriefOf(i + 1, NL.playedOn(r.at))}>
                          {NL_PROGRESS.openDebrief}
                        </button>
                      ) : (
                        <span className="small">{NL_PROGRESS.noDebrief}</span>
                      )}
                    </td>
                    <td>{r.overall}</td>
                    {DIMENSIONS.map((d) => <td key={d}>{r.dimensions[d]}</td>)}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
      <section aria-labelledby="carry-title" className="carry">
        <h2 id="carry-title">{NL_PROGRESS.exportHeading}</h2>
        <p>{NL_PROGRESS.exportIntro}</p>
        <div className="actions">
          <button type="button" onClick={onExport}>{NL_PROGRESS.exportButton}</button>
          <label className="file">
            {NL_PROGRESS.importLabel}
            <input
              type="file"
              accept="application/json,.json"
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) onImport(file);
                e.target.value = '';
              }}
            />
          </label>
        </div>
      </section>
    </section>
  );
}
