import type { VerslagComparison } from '../../../engine/compare/verslag-compare';
import { NL_VERSLAG } from './messages';

/** The group's verslagen step by step under the model, and the ZRM scores beside the expert's. */
export function CompareVerslagen({ verslag, total }: { verslag: VerslagComparison; total: number }) {
  return (
    <section className="compare-verslagen" aria-labelledby="compare-verslagen-title">
      <h2 id="compare-verslagen-title">{NL_VERSLAG.compareHeading}</h2>
      <p>{NL_VERSLAG.compareWriters(verslag.writers.length, total)}</p>
      {verslag.steps.map((step) => (
        <section key={step.step} className="verslag-step" aria-labelledby={`cv-${step.step}`}>
          <h3 id={`cv-${step.step}`}>{step.label}</h3>
          <dl className="verslag-texts">
            {step.model && (
              <div className="model-row"><dt>{NL_VERSLAG.model}</dt><dd className="model">{step.model}</dd></div>
            )}
            {step.written.map((w) => (
              <div key={w.participant}><dt>{w.participant}</dt><dd className={w.text ? 'written' : 'written empty'}>{w.text || NL_VERSLAG.notWritten}</dd></div>
            ))}
          </dl>
        </section>
      ))}
      {verslag.zrm.length > 0 && (
        <div className="scroll" tabIndex={0} role="region" aria-label={NL_VERSLAG.compareZrm}>
          <table className="zrm-table">
            <caption>{NL_VERSLAG.compareZrm}</caption>
            <thead>
              <tr>
                <th scope="col">{NL_VERSLAG.zrmDomain}</th>
                <th scope="col">{NL_VERSLAG.zrmExpert}</th>
                {verslag.writers.map((w) => <th key={w} scope="col">{w}</th>)}
              </tr>
            </thead>
            <tbody>
              {verslag.zrm.map((row) => (
                <tr key={row.domain}>
                  <th scope="row">{row.label}</th>
                  <td>{row.expert}</td>
                  {row.scores.map((s) => <td key={s.participant}>{s.score ?? '–'}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
