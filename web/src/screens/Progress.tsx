import { DIMENSIONS, DIMENSION_LABELS } from '../engine';
import { NL } from '../messages';
import { routeHref } from '../routes';
import type { HistoryEntry } from '../store';

/** A long compound may break on a phone (with a hyphen); Chromium hyphenates Dutch only with a downloaded dictionary. */
function breakable(label: string): string {
  return label.replace('Vraagverheldering', 'Vraag\u00ADverheldering');
}

/** The table keeps to the width of a phone: the most recent runs, the rest on "Mijn voortgang". */
const SHOWN = 5;

/**
 * Earlier finished runs of this case on this device. One column per run and one row per
 * dimension: six long dimension names fit down the side, a handful of short numbers across.
 */
export function Progress({ history }: { history: HistoryEntry[] }) {
  const first = Math.max(0, history.length - SHOWN);
  const shown = history.slice(first);
  return (
    // A first run has no progress to show on paper.
    <div className={history.length <= 1 ? 'progress no-print' : 'progress'}>
      <h2>{NL.progressHeading}</h2>
      {history.length <= 1 ? (
        <p>{NL.noProgress}</p>
      ) : (
        <>
          <table>
            <caption>{first > 0 ? NL.progressLatest(shown.length, history.length) : NL.progressIntro}</caption>
            <thead>
              <tr>
                <th scope="col">{NL.dimension}<span className="when" aria-hidden="true">{NL.run}</span></th>
                {shown.map((h, i) => (
                  <th key={`${h.at}-${i}`} scope="col">
                    <span className="sr-only">{NL.run} </span>
                    {first + i + 1}
                    <span className="when">{NL.playedOn(h.at)}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {DIMENSIONS.map((d) => (
                <tr key={d}>
                  <th scope="row">{breakable(DIMENSION_LABELS[d])}</th>
                  {shown.map((h, i) => <td key={`${h.at}-${i}`}>{h.dimensions[d]}</td>)}
                </tr>
              ))}
              <tr className="total">
                <th scope="row">{NL.overall}</th>
                {shown.map((h, i) => <td key={`${h.at}-${i}`}>{h.overall}</td>)}
              </tr>
            </tbody>
          </table>
          {first > 0 && <p className="small no-print"><a href={routeHref({ screen: 'progress' })}>{NL.progressAll}</a></p>}
        </>
      )}
    </div>
  );
}
