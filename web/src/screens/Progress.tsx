import { DIMENSIONS, DIMENSION_LABELS } from '../engine';
import { NL } from '../messages';
import type { HistoryEntry } from '../store';

/** Earlier finished runs of this case on this device, per dimension. */
export function Progress({ history }: { history: HistoryEntry[] }) {
  return (
    <div className="progress">
      <h2>{NL.progressHeading}</h2>
      {history.length <= 1 ? (
        <p>{NL.noProgress}</p>
      ) : (
        <div className="scroll" tabIndex={0} role="region" aria-label={NL.progressHeading}>
          <table>
            <caption>{NL.progressIntro}</caption>
            <thead>
              <tr>
                <th scope="col">{NL.run}</th>
                {DIMENSIONS.map((d) => <th key={d} scope="col">{DIMENSION_LABELS[d]}</th>)}
                <th scope="col">{NL.overall}</th>
              </tr>
            </thead>
            <tbody>
              {history.map((h, i) => (
                <tr key={`${h.at}-${i}`}>
                  <th scope="row">
                    {i + 1}
                    <span className="when"> · {NL.playedOn(h.at)}</span>
                  </th>
                  {DIMENSIONS.map((d) => <td key={d}>{h.dimensions[d]}</td>)}
                  <td>{h.overall}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
