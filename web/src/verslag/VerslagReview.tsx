import { ZRM_LEVEL_LABELS, type ChecklistItem, type VerslagReview as Review } from '../engine';
import { NL_VERSLAG } from './messages';

const MARK = { yes: '✓', no: '✗', self: '?' } as const;

function markOf(item: ChecklistItem): keyof typeof MARK {
  return item.named === true ? 'yes' : item.named === false ? 'no' : 'self';
}

function itemText(item: ChecklistItem): string {
  if (item.kind === 'found') return `${NL_VERSLAG.found}: ${item.text}`;
  if (item.kind === 'arranged') return `${NL_VERSLAG.arranged}: ${item.text}`;
  return item.text;
}

/** The written verslag beside the model, step by step, with this run's checklist, then the ZRM scores side by side. */
export function VerslagReview({ review }: { review: Review }) {
  return (
    <div className="verslag-review">
      <h3 id="verslag-review-title" tabIndex={-1}>{NL_VERSLAG.reviewHeading}</h3>
      {!review.hasModel && <p>{NL_VERSLAG.noModel}</p>}
      {review.steps.map((step) => (
        <section key={step.step} className="verslag-step" aria-labelledby={`review-${step.step}`}>
          <h4 id={`review-${step.step}`}>{step.label}</h4>
          <div className="side-by-side">
            <div>
              <p className="small">{NL_VERSLAG.yours}</p>
              <p className={step.written ? 'written' : 'written empty'}>{step.written || NL_VERSLAG.notWritten}</p>
            </div>
            {step.model && (
              <div>
                <p className="small">{NL_VERSLAG.model}</p>
                <p className="model">{step.model}</p>
              </div>
            )}
          </div>
          {step.checklist.length > 0 && (
            <ul className="checklist" aria-label={NL_VERSLAG.checklist}>
              {step.checklist.map((item, i) => {
                const mark = markOf(item);
                return (
                  <li key={i} className={`c-${mark}`}>
                    <span className="mark" aria-hidden="true">{MARK[mark]}</span> {itemText(item)} <span className="small">({NL_VERSLAG.marks[mark]})</span>
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      ))}
      {review.zrm.length > 0 && (
        <>
          <h4>{NL_VERSLAG.zrmReviewHeading}</h4>
          <table className="zrm-table">
            <thead>
              <tr><th scope="col">{NL_VERSLAG.zrmDomain}</th><th scope="col">{NL_VERSLAG.zrmYou}</th><th scope="col">{NL_VERSLAG.zrmExpert}</th><th scope="col">{NL_VERSLAG.zrmWhy}</th></tr>
            </thead>
            <tbody>
              {review.zrm.map((row) => (
                <tr key={row.domain}>
                  <th scope="row">{row.label}</th>
                  <td>{row.own ?? '–'}</td>
                  <td>{NL_VERSLAG.level(row.expert, ZRM_LEVEL_LABELS[row.expert]!)}</td>
                  <td>
                    {row.reason}
                    {row.unseen.length > 0 && <span className="unseen"> {NL_VERSLAG.unseen(row.unseen.join('; '))}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
