import { useEffect, useRef, useState } from 'react';
import { hasVerslag, reviewVerslag, VERSLAG_STEP_LABELS, VERSLAG_STEPS, ZRM_DOMAIN_LABELS, zrmDomainsOf, type RunState, type Scenario, type WrittenVerslag } from '../engine';
import { NL_VERSLAG } from './messages';
import { VerslagForm } from './VerslagForm';
import { VerslagReview } from './VerslagReview';

interface Props {
  scenario: Scenario;
  state: RunState;
  verslag: WrittenVerslag;
  kept: boolean;
  onChange(next: WrittenVerslag): void;
}

/** After the debrief: the trainee writes the verslag, then lays it beside the model and this run's checklist. */
export function VerslagSection({ scenario, state, verslag, kept, onChange }: Props) {
  const [shown, setShown] = useState(false);
  const reviewTitle = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (shown) reviewTitle.current?.querySelector<HTMLElement>('#verslag-review-title')?.focus();
  }, [shown]);
  // On paper only what was written, compactly; an empty verslag leaves the printed debrief as it was.
  const written = hasVerslag(verslag);
  return (
    <section id="verslag" className={written ? 'verslag' : 'verslag no-print'} aria-labelledby="verslag-title">
      <h2 id="verslag-title" tabIndex={-1}>{NL_VERSLAG.heading}</h2>
      <div className="no-print">
        <p>{NL_VERSLAG.intro}</p>
        <VerslagForm verslag={verslag} domains={zrmDomainsOf(scenario)} onChange={onChange} />
        <p className="small" role={kept ? undefined : 'alert'}>{kept ? NL_VERSLAG.kept : NL_VERSLAG.notKept}</p>
      </div>
      {written && (
        <dl className="print-only">
          {VERSLAG_STEPS.filter((step) => verslag.fields[step]?.trim()).map((step) => (
            <div key={step}><dt>{VERSLAG_STEP_LABELS[step]}</dt><dd>{verslag.fields[step]}</dd></div>
          ))}
          {Object.entries(verslag.zrm).map(([domain, n]) => (
            <div key={domain}><dt>{ZRM_DOMAIN_LABELS[domain as keyof typeof ZRM_DOMAIN_LABELS]}</dt><dd>{n}</dd></div>
          ))}
        </dl>
      )}
      <div className="actions no-print">
        <button type="button" className="primary" aria-expanded={shown} onClick={() => setShown(!shown)}>{shown ? NL_VERSLAG.hide : NL_VERSLAG.compare}</button>
      </div>
      <div ref={reviewTitle} className="no-print">{shown && <VerslagReview review={reviewVerslag(scenario, state, verslag)} />}</div>
    </section>
  );
}
