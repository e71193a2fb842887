import { DIMENSIONS, DIMENSION_LABELS, type Report } from '../engine';
import { NL } from '../messages';

const ROW = 34;
const LABEL = 170;
const BAR = 300;

/** The six dimensions as an SVG bar chart, with the numbers in a table as well. */
export function DimensionChart({ dimensions }: { dimensions: Report['dimensions'] }) {
  const height = DIMENSIONS.length * ROW + 8;
  return (
    <div className="chart">
      <h2 id="chart-title">{NL.chartTitle}</h2>
      <svg viewBox={`0 0 ${LABEL + BAR + 60} ${height}`} role="img" aria-labelledby="chart-title" aria-describedby="chart-desc" width="100%">
        <desc id="chart-desc">{NL.chartDesc}</desc>
        {DIMENSIONS.map((d, i) => {
          const y = i * ROW + 4;
          const v = dimensions[d];
          return (
            <g key={d}>
              <text x={0} y={y + 21} className="chart-label">{DIMENSION_LABELS[d]}</text>
              <rect x={LABEL} y={y + 4} width={BAR} height={ROW - 10} className="chart-track" />
              <rect x={LABEL} y={y + 4} width={(BAR * v) / 100} height={ROW - 10} className="chart-bar" />
              <text x={LABEL + BAR + 8} y={y + 21} className="chart-value">{v}</text>
            </g>
          );
        })}
      </svg>
      <table className="numbers">
        <caption className="sr-only">{NL.chartTitle}</caption>
        <thead>
          <tr><th scope="col">{NL.dimension}</th><th scope="col">{NL.score}</th></tr>
        </thead>
        <tbody>
          {DIMENSIONS.map((d) => (
            <tr key={d}><th scope="row">{DIMENSION_LABELS[d]}</th><td>{dimensions[d]}</td></tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
