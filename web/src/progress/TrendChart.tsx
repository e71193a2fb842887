import { NL_PROGRESS } from './messages';

const W = 160;
const H = 56;
const PAD = 6;

/**
 * One dimension over the runs of a case, oldest left: a small line chart. Its label says the
 * numbers, so a screen reader hears what a sighted learner sees.
 */
export function TrendChart({ label, values }: { label: string; values: readonly number[] }) {
  const x = (i: number) => (values.length === 1 ? W / 2 : PAD + (i * (W - 2 * PAD)) / (values.length - 1));
  const y = (v: number) => H - PAD - ((Math.max(0, Math.min(100, v)) * (H - 2 * PAD)) / 100);
  const points = values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  return (
    <figure className="trend">
      <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={NL_PROGRESS.trendLabel(label, [...values])}>
        <line x1={PAD} x2={W - PAD} y1={y(50)} y2={y(50)} className="trend-mid" />
        {values.length > 1 && <polyline points={points} className="trend-line" fill="none" />}
        {values.map((v, i) => <circle key={i} cx={x(i)} cy={y(v)} r={3} className="trend-dot" />)}
      </svg>
      <figcaption>
        {label}: <strong>{values.at(-1)}</strong>
      </figcaption>
    </figure>
  );
}
