/**
 * Hand-written charts: a few lines of SVG and CSS instead of a chart library (the smallest
 * measured library still weighed more than this whole page). They are pictures of a table shown
 * beside them, so they are hidden from screen readers; the text summary and the table say it all.
 */

export interface Series {
  name: string;
  /** A CSS class giving the colour (.s0 … .s5). */
  tone: string;
}

/** The series' colours and names, above a chart. */
function Legend({ series }: { series: readonly Series[] }) {
  return (
    <div className="legend">
      {series.filter((s) => s.name).map((s) => (
        <span key={s.name}>
          <i className={`swatch ${s.tone}`} /> {s.name}
        </span>
      ))}
    </div>
  );
}

/** Horizontal stacked bars, one row per label, scaled to the largest total. */
export function StackedBars({ rows, series }: { rows: { label: string; values: number[]; key?: string }[]; series: Series[] }) {
  const max = Math.max(1, ...rows.map((r) => r.values.reduce((a, b) => a + b, 0)));
  return (
    <div className="chart" aria-hidden="true">
      <Legend series={series} />
      {rows.map((row) => (
        <div className="bar-row" key={row.key ?? row.label} data-row={row.key} data-total={row.values.reduce((a, b) => a + b, 0)}>
          <span className="bar-label">{row.label}</span>
          <span className="bar-track">
            {row.values.map((value, i) => (value > 0 ? <span key={i} className={`bar ${series[i]?.tone ?? ''}`} style={{ width: `${(100 * value) / max}%` }} /> : null))}
          </span>
        </div>
      ))}
    </div>
  );
}

/** Columns over days (two series side by side as one stacked column), as SVG scaled to its box. */
export function DayColumns({ days, series }: { days: { values: [number, number] }[]; series: [Series, Series] }) {
  const max = Math.max(1, ...days.map((d) => d.values[0] + d.values[1]));
  const width = Math.max(1, days.length) * 6;
  return (
    <div className="chart" aria-hidden="true">
      <Legend series={series} />
      <svg viewBox={`0 0 ${width} 100`} preserveAspectRatio="none" className="columns" focusable="false">
        {days.map((d, i) => {
          const a = (80 * d.values[0]) / max;
          const b = (80 * d.values[1]) / max;
          return (
            <g key={i}>
              <rect x={i * 6 + 0.5} y={100 - a} width={5} height={a} className={series[0].tone} />
              <rect x={i * 6 + 0.5} y={100 - a - b} width={5} height={b} className={series[1].tone} />
            </g>
          );
        })}
      </svg>
    </div>
  );
}
