import type { PointDistribution } from './room-view';
import { NL_ROOM } from './messages';

/** One decision point: a bar per option (those nobody chose too) and the typed sentences as text. */
export function Distribution({ point, index }: { point: PointDistribution; index: number }) {
  const most = Math.max(1, ...point.options.map((o) => o.count));
  const titleId = `dist-${index}`;
  return (
    <section className="point room-point" aria-labelledby={titleId}>
      <h3 id={titleId}>{`${index + 1}. ${point.client}`}</h3>
      {point.discussion && <p className="discussion"><strong>{NL_ROOM.discussion}:</strong> {point.discussion}</p>}
      <ul className="dist">
        {point.options.map((o) => (
          <li key={o.number} className="dist-row">
            <span className="dist-label">{o.text}</span>
            <span className="dist-track" aria-hidden="true"><span className="dist-bar" style={{ width: `${(o.count / most) * 100}%` }} /></span>
            <span className="dist-count">{NL_ROOM.chosenBy(o.count)}</span>
          </li>
        ))}
      </ul>
      {point.typed.length > 0 && (
        <>
          <h4>{NL_ROOM.typed}</h4>
          <ul className="free-texts">
            {point.typed.map((t, i) => <li key={i}><strong>{t.name}</strong>: {t.text}</li>)}
          </ul>
        </>
      )}
    </section>
  );
}
