import { useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { LOADERS } from 'virtual:kantel/cases';
import { CompareVerslagen } from '../verslag/CompareVerslagen';
import { compare, comparisonCsv, type Comparison, type PointComparison } from '../../../engine/compare/compare';
import { importRuns, type Refusal } from '../../../engine/compare/import-runs';
import { DIMENSIONS, DIMENSION_LABELS, toRunFile, type Scenario } from '../engine';
import { caseIdOfRunFile, MAX_RUN_FILE_BYTES, readRunFile, tooLarge } from '../../../engine/run-file';
import { readCompareSession, writeCompareSession } from '../compare-session';
import { download } from '../download';
import { NL } from '../messages';
import type { SavedRun } from '../store';

interface Input {
  source: string;
  text: string;
}

interface Props {
  /** The run kept on this device, if any; offered as one more participant. */
  deviceRun: SavedRun | null;
  /** The name the device's run is played under, if one was given: the comparison calls it by that name. */
  learner?: string | null;
  onList(): void;
  /** Runs to compare from the start: a group room hands over its own (screens/room/Host.tsx). */
  initial?: Input[];
  /** What the way back says, when it leads elsewhere than the case list. */
  backLabel?: string;
}

/**
 * An intervisie group's runs side by side, decision point by decision point. Run files are
 * read in the browser and checked by the engine; nothing leaves the device.
 */
export function Compare({ deviceRun, learner = null, onList, initial, backLabel }: Props) {
  // A room hands over its runs; otherwise what this tab had loaded before a reload comes back.
  const [restored] = useState(() => (initial ? { inputs: initial, refused: [] } : readCompareSession()));
  const [inputs, setInputs] = useState<Input[]>(restored.inputs);
  const [unreadable, setUnreadable] = useState<Refusal[]>(restored.refused);
  const [notKept, setNotKept] = useState(false);
  const [scenario, setScenario] = useState<Scenario | null>(null);
  const [anonymise, setAnonymise] = useState(false);
  const [presenting, setPresenting] = useState<number | null>(null);
  const [dragging, setDragging] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  // Kept for this tab, so a reload (or the Back button) does not empty the comparison.
  useEffect(() => {
    if (!initial) setNotKept(!writeCompareSession({ inputs, refused: unreadable }));
  }, [inputs, unreadable, initial]);

  // The case is the one the first readable run file names (as in the terminal).
  const caseId = useMemo(() => inputs.map((i) => caseIdOfRunFile(i.text)).find((id) => id !== undefined), [inputs]);
  useEffect(() => {
    if (!caseId || scenario?.id === caseId) return;
    const loader = Object.hasOwn(LOADERS, caseId) ? LOADERS[caseId] : undefined;
    if (!loader) return;
    let live = true;
    void loader().then((m) => live && setScenario(m.default), () => undefined);
    return () => {
      live = false;
    };
  }, [caseId, scenario]);

  const ready = scenario && scenario.id === caseId ? scenario : null;
  const imported = useMemo(() => (ready ? importRuns(ready, inputs) : null), [ready, inputs]);
  const comparison = useMemo(() => (ready && imported && imported.participants.length > 0 ? compare(ready, imported.participants, { anonymise }) : null), [ready, imported, anonymise]);

  const refused: Refusal[] = [...unreadable];
  // No file names a case: each is named with what is wrong with it.
  if (inputs.length > 0 && !caseId) refused.push(...inputs.map((i) => ({ source: i.source, reason: whyNotRun(i.text) })));
  else if (caseId && !Object.hasOwn(LOADERS, caseId)) refused.push(...inputs.map((i) => ({ source: i.source, reason: NL.compareUnknownCase(caseId) })));
  else if (imported) refused.push(...imported.refused);

  const addFiles = async (files: FileList | null) => {
    if (!files) return;
    const read: Input[] = [];
    const bad: Refusal[] = [];
    for (const file of Array.from(files)) {
      // The size first: a file too large would freeze the tab, so it is never read.
      if (file.size > MAX_RUN_FILE_BYTES) {
        bad.push({ source: file.name, reason: tooLarge(file.size) });
        continue;
      }
      try {
        read.push({ source: file.name, text: await file.text() });
      } catch {
        bad.push({ source: file.name, reason: NL.compareUnreadable });
      }
    }
    // The same run twice (a copy, whatever its name) is refused by importRuns: it counts once.
    setInputs((prev) => [...prev, ...read]);
    setUnreadable((prev) => [...prev, ...bad]);
  };

  const addDeviceRun = async () => {
    if (!deviceRun) return;
    const loader = Object.hasOwn(LOADERS, deviceRun.caseId) ? LOADERS[deviceRun.caseId] : undefined;
    if (!loader) return;
    const s = (await loader()).default;
    const alias = learner ?? NL.compareDeviceAlias;
    const text = JSON.stringify(toRunFile(s, deviceRun.state, { alias }));
    setInputs((prev) => [...prev, { source: NL.compareDeviceSource(learner), text }]);
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    void addFiles(e.dataTransfer.files);
  };

  const shown = comparison ? comparison.points.filter((p) => p.choices.length > 0) : [];

  return (
    <section aria-labelledby="compare-title" className="compare">
      <h1 id="compare-title" ref={heading} tabIndex={-1}>{NL.compareTitle}</h1>
      <p className="intro">{NL.compareIntro}</p>
      <div
        className={`dropzone${dragging ? ' over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={onDrop}
      >
        <label className="filepick">
          <span>{NL.compareFiles}</span>
          <input
            type="file"
            multiple
            accept=".json,application/json"
            onChange={(e) => {
              void addFiles(e.target.files);
              e.target.value = '';
            }}
          />
        </label>
        <p>{NL.compareDrop}</p>
        <div className="actions">
          {deviceRun && Object.hasOwn(LOADERS, deviceRun.caseId) && <button type="button" onClick={() => void addDeviceRun()}>{NL.compareDevice}</button>}
          {(inputs.length > 0 || unreadable.length > 0) && (
            <button type="button" onClick={() => { setInputs([]); setUnreadable([]); setPresenting(null); }}>{NL.compareClear}</button>
          )}
          <button type="button" className="link" onClick={onList}>{backLabel ?? NL.backToList}</button>
        </div>
      </div>

      {notKept && <p className="small" role="status">{NL.compareNotKept}</p>}

      {refused.length > 0 && (
        <div className="alert refused" role="alert">
          <h2>{NL.compareRefused}</h2>
          <ul>
            {refused.map((r, i) => (
              <li key={i}><strong>{anonymise ? NL.fileNumber(i + 1) : r.source}</strong>: <span className="reason">{r.reason}</span></li>
            ))}
          </ul>
        </div>
      )}

      {!comparison && refused.length === 0 && <p>{NL.compareEmpty}</p>}

      {comparison && ready && (
        <>
          <h2 className="compare-of">{NL.compareOf(ready.title, comparison.participants.length)}</h2>
          <p className="participants">{comparison.participants.join(', ')}</p>
          <div className="actions">
            <label className="toggle">
              <input type="checkbox" checked={anonymise} onChange={(e) => setAnonymise(e.target.checked)} /> {NL.anonymise}
            </label>
            <button type="button" onClick={() => download(`vergelijking-${comparison.caseId}.csv`, comparisonCsv(comparison), 'text/csv')}>{NL.downloadCsv}</button>
            {shown.length > 0 && <button type="button" className="primary" onClick={() => setPresenting(0)}>{NL.present}</button>}
          </div>

          <h2>{NL.pointsHeading}</h2>
          <ol className="points">
            {shown.map((p, i) => (
              <li key={p.point} className="point">
                <PointView point={p} n={i + 1} total={shown.length} clientName={ready.client.name} options={optionTexts(ready, p.point)} level={3} />
              </li>
            ))}
          </ol>

          <Scores comparison={comparison} />
          {comparison.verslag && <CompareVerslagen verslag={comparison.verslag} total={comparison.participants.length} />}
        </>
      )}

      {presenting !== null && shown[presenting] && ready && (
        <Presentation
          scenario={ready}
          points={shown}
          index={presenting}
          clientName={ready.client.name}
          onIndex={setPresenting}
          onClose={() => setPresenting(null)}
        />
      )}
    </section>
  );
}

interface PointProps {
  point: PointComparison;
  n: number;
  total: number;
  clientName: string;
  /** The texts of the point's options, to tell a typed sentence from a clicked option. */
  options: string[];
  level: 2 | 3;
}

function PointView({ point, n, total, clientName, options, level }: PointProps) {
  const H = level === 2 ? 'h2' : 'h3';
  const Sub = level === 2 ? 'h3' : 'h4';
  const max = Math.max(1, ...point.branches.map((b) => b.members.length));
  // Sentences typed in the trainee's own words, taken as an option or not: shown as typed, as text only.
  const freeTexts = point.choices.filter((c) => c.typed || (c.kind === 'option' && c.option !== null && c.text !== options[c.option - 1]));
  const chartId = `chart-${point.point}-${level}`;
  return (
    <>
      <H className="point-title"><span className="counter">{NL.pointNumber(n, total)}</span></H>
      <blockquote className="client-line">
        <p><span className="speaker">{clientName}: </span>“{point.client}”</p>
      </blockquote>
      {point.discussion && (
        <p className="discussion"><strong>{NL.discussionQuestion}:</strong> {point.discussion}</p>
      )}
      <Sub id={chartId}>{NL.chose}</Sub>
      <ul className="dist" aria-labelledby={chartId}>
        {point.branches.map((b) => (
          <li key={b.label}>
            <div className="dist-label">{b.label}</div>
            <div className="dist-row">
              <span className="dist-track" aria-hidden="true">
                <span className="dist-bar" style={{ width: `${(100 * b.members.length) / max}%` }} />
              </span>
              <span className="dist-count">{NL.people(b.members.length)}</span>
            </div>
            <ul className="who">
              {b.members.map((m) => (
                <li key={m.participant}>
                  <strong>{m.participant}</strong> {NL.endedAt}: {m.ending}
                  {m.typed !== null && b.option !== null && <span className="typed"> {NL.typedAsOption(m.typed, b.option)}</span>}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {freeTexts.length > 0 && (
        <>
          <Sub>{NL.freeTexts}</Sub>
          <ul className="free-texts">
            {freeTexts.map((c) => (
              <li key={`${c.participant}-${c.turn}`}>
                <strong>{c.participant}:</strong> <span className="text">“{c.text}”</span>
                {c.typed && c.option !== null && <span className="small"> ({NL.takenAsOption(c.option)})</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      {point.absent.length > 0 && <p className="small">{NL.absent(point.absent.join(', '))}</p>}
    </>
  );
}

function Scores({ comparison }: { comparison: Comparison }) {
  return (
    <>
      <h2>{NL.scoresHeading}</h2>
      <ul className="multiples">
        {(['overall', ...DIMENSIONS] as const).map((d) => (
          <li key={d} className="multiple">
            <h3>{d === 'overall' ? NL.overall : DIMENSION_LABELS[d]}</h3>
            <ul>
              {comparison.scores.map((s) => {
                const v = d === 'overall' ? s.overall : s.dimensions[d];
                return (
                  <li key={s.participant} className="mrow">
                    <span className="mname">{s.participant}</span>
                    <span className="dist-track" aria-hidden="true"><span className="dist-bar" style={{ width: `${v}%` }} /></span>
                    <span className="mval">{v}</span>
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ul>
      {/* Focusable so a keyboard user can scroll a wide table sideways. */}
      <div className="scroll" tabIndex={0} role="region" aria-label={NL.scoresTable}>
        <table className="numbers scores">
          <caption>{NL.scoresTable}</caption>
          <thead>
            <tr>
              <th scope="col">{NL.participant}</th>
              <th scope="col">{NL.overall}</th>
              {DIMENSIONS.map((d) => <th key={d} scope="col">{DIMENSION_LABELS[d]}</th>)}
              <th scope="col">{NL.facts}</th>
              <th scope="col">{NL.ending}</th>
            </tr>
          </thead>
          <tbody>
            {comparison.scores.map((s) => (
              <tr key={s.participant}>
                <th scope="row">{s.participant}</th>
                <td>{s.overall}</td>
                {DIMENSIONS.map((d) => <td key={d}>{s.dimensions[d]}</td>)}
                <td>{s.factsFound}/{s.factsTotal}</td>
                <td className="ending">{s.ending}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

interface PresentationProps {
  scenario: Scenario;
  points: PointComparison[];
  index: number;
  clientName: string;
  onIndex(i: number): void;
  onClose(): void;
}

/** For the beamer: one decision point per screen, large text, ← → to move, Esc to stop. */
function Presentation({ scenario, points, index, clientName, onIndex, onClose }: PresentationProps) {
  const box = useRef<HTMLDivElement>(null);
  const opener = useRef<Element | null>(null);
  useEffect(() => {
    opener.current = document.activeElement;
    box.current?.focus();
    return () => {
      (opener.current as HTMLElement | null)?.focus?.();
    };
  }, []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'ArrowRight' || e.key === 'PageDown') {
        e.preventDefault();
        onIndex(Math.min(points.length - 1, index + 1));
      } else if (e.key === 'ArrowLeft' || e.key === 'PageUp') {
        e.preventDefault();
        onIndex(Math.max(0, index - 1));
      } else if (e.key === 'Escape') {
        e.preventDefault();
        onClose();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [index, points.length, onIndex, onClose]);
  const point = points[index]!;
  return (
    <div className="presentation" role="dialog" aria-modal="true" aria-label={NL.present} ref={box} tabIndex={-1}>
      <div className="present-body" aria-live="polite">
        <PointView point={point} n={index + 1} total={points.length} clientName={clientName} options={optionTexts(scenario, point.point)} level={2} />
      </div>
      <div className="present-nav">
        <button type="button" onClick={() => onIndex(Math.max(0, index - 1))} disabled={index === 0}>← {NL.previous}</button>
        <span className="small">{NL.presentHint}</span>
        <button type="button" onClick={() => onIndex(Math.min(points.length - 1, index + 1))} disabled={index === points.length - 1}>{NL.next} →</button>
        <button type="button" onClick={onClose}>{NL.stopPresenting}</button>
      </div>
    </div>
  );
}

function optionTexts(scenario: Scenario, pointId: string): string[] {
  return (Object.hasOwn(scenario.points, pointId) ? scenario.points[pointId] : undefined)?.options.map((o) => o.text) ?? [];
}

function whyNotRun(text: string): string {
  const read = readRunFile(text);
  return read.ok ? NL.compareNotRun : read.reason;
}
