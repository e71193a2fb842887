import { Fragment, useEffect, useRef } from 'react';
import { CRITICAL_CAP, score, toRunFile, type RunState, type Scenario } from '../engine';
import { download } from '../download';
import { NL } from '../messages';
import type { HistoryEntry } from '../store';
import { DimensionChart } from './DimensionChart';
import { Opening } from './Opening';
import { Progress } from './Progress';
import { Skills } from './Skills';
import { Timeline } from './Timeline';
import { GlossaryPanel, markAll, TermNotes, TermText } from './Terms';
import { GLOSSARY } from 'virtual:kantel/cases';
import { useVerslag } from '../verslag/use-verslag';
import { VerslagSection } from '../verslag/VerslagSection';
import { NL_VERSLAG } from '../verslag/messages';

interface Props {
  scenario: Scenario;
  state: RunState;
  history: HistoryEntry[];
  /** The learner's name on this device, if one was given. */
  learner: string | null;
  /** When the run was finished (ms since 1970), passed in. */
  playedAt: number;
  onAgain(): void;
  onList(): void;
}

export function Debrief({ scenario, state, history, learner, playedAt, onAgain, onList }: Props) {
  const report = score(scenario, state);
  const ending = report.ending !== null && Object.hasOwn(scenario.endings, report.ending) ? scenario.endings[report.ending] : undefined;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const facts = (ids: string[]) => ids.map((id) => ({ id, text: Object.hasOwn(scenario.facts, id) ? scenario.facts[id]!.summary : id }));
  const others = report.flags.filter((f) => !f.critical);
  // The ending's story first explains a term; the timeline below then only marks what is new.
  const story = markAll(report.story, GLOSSARY);
  const found = facts(report.facts.found);
  const missed = facts(report.facts.missed);
  const { verslag, update, kept } = useVerslag(scenario, state);
  // The learner's name goes into the file, so the comparison calls the run by it (as play --naam does).
  const save = () => download(runFileName(scenario.id, learner, state), JSON.stringify(toRunFile(scenario, state, { ...(learner ? { alias: learner } : {}), verslag }), null, 2) + '\n');
  // The verslag comes after the whole debrief; this takes a trainee there without scrolling past it all.
  const toVerslag = () => {
    const title = document.getElementById('verslag-title');
    title?.scrollIntoView({ block: 'start' });
    title?.focus();
  };

  return (
    <section aria-labelledby="debrief-title" className="debrief">
      <h1 id="debrief-title" ref={heading} tabIndex={-1}>
        {NL.debriefTitle}: {scenario.title}
      </h1>
      <p className="played-by">{NL.playedBy(learner, playedAt)}</p>
      {report.critical.length > 0 && (
        <div className="critical" role="alert">
          <h2>{NL.criticalHeading(report.critical.length)}</h2>
          <p>{NL.criticalIntro(report.critical.length, report.overall, report.uncapped, CRITICAL_CAP)}</p>
          <ul>
            {report.critical.map((f, i) => (
              <li key={i}>{f.message}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="actions no-print">
        <button type="button" className="primary" onClick={onAgain}>{NL.playAgain}</button>
        {report.finished && <button type="button" onClick={toVerslag}>{NL_VERSLAG.writeAnchor}</button>}
        <button type="button" onClick={save}>{NL.saveRun}</button>
        <button type="button" onClick={() => window.print()}>{NL.print}</button>
        <button type="button" className="link" onClick={onList}>{NL.backToList}</button>
      </div>
      {/* The scores come right after the ending; on paper they float beside the story (no empty column). */}
      <div className="summary">
        {ending ? (
          <h2>
            {NL.ending}: {ending.title} <span className={`quality q-${ending.quality}`}>({NL.quality[ending.quality]})</span>
          </h2>
        ) : (
          <p>{NL.notFinished}</p>
        )}
        <DimensionChart dimensions={report.dimensions} />
        {ending && story.map((marked, i) => (
          <Fragment key={i}>
            <p><TermText marked={marked} glossary={GLOSSARY} /></p>
            <TermNotes ids={marked.fresh} glossary={GLOSSARY} />
          </Fragment>
        ))}
        <p className="overall">
          {NL.overall}: <strong>{NL.outOf100(report.overall)}</strong>
        </p>
      </div>
      <h2>{NL.flagsHeading}</h2>
      {others.length === 0 ? (
        <p>{NL.noFlags}</p>
      ) : (
        <ul className="flags">
          {others.map((f, i) => (
            <li key={i}>{f.message}</li>
          ))}
        </ul>
      )}
      {report.opening && <Opening opening={report.opening} />}
      <Skills skills={report.skills} />
      <h2>{NL.factsHeading}</h2>
      <p>{NL.factsFound(found.length, found.length + missed.length)}</p>
      {/* On paper the story above names these facts already. */}
      <div className="no-print">
        <ul className="facts found">{found.length === 0 ? <li>{NL.noneFound}</li> : found.map((f) => <li key={f.id}>{f.text}</li>)}</ul>
        {missed.length > 0 && (
          <>
            <h3>{NL.factsMissed}</h3>
            <ul className="facts missed">{missed.map((f) => <li key={f.id}>{f.text}</li>)}</ul>
          </>
        )}
      </div>
      <Timeline report={report} scenario={scenario} glossary={GLOSSARY} before={ending ? report.story : []} />
      <GlossaryPanel glossary={GLOSSARY} />
      {report.finished && <VerslagSection scenario={scenario} state={state} verslag={verslag} kept={kept} onChange={update} />}
      <Progress history={history} />
    </section>
  );
}

/** gesprek-<case>[-<name>]-<seed>-<turns>.json: files from a group's laptops do not overwrite each other in one folder. */
export function runFileName(caseId: string, learner: string | null, state: Pick<RunState, 'seed' | 'turns'>): string {
  const name = (learner ?? '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 30);
  return `gesprek-${caseId}${name ? `-${name}` : ''}-${state.seed}-${state.turns.length}.json`;
}
