// An accessible SVG bar chart (server-rendered, no script): the SVG is an image with a title and
// a description, and the same numbers are given in a data table next to it for screen readers
// and for print. Bars carry a <title> with their value.
export type Bar = { label: string; value: number };

/** `marker` draws a labelled vertical line at a position in bar units (0 = left edge, bars.length = right edge), e.g. a pass mark. */
export function BarChart({
  id,
  title,
  description,
  bars,
  xLabel,
  yLabel,
  marker,
}: {
  id: string;
  title: string;
  description: string;
  bars: Bar[];
  xLabel: string;
  yLabel: string;
  marker?: { at: number; label: string };
}) {
  const width = 520;
  const height = 240;
  const pad = { left: 40, right: 10, top: 16, bottom: 48 };
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const step = plotW / Math.max(1, bars.length);
  const barW = step * 0.7;
  const y = (v: number) => pad.top + plotH - (v / max) * plotH;
  return (
    <figure className="space-y-2" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="font-semibold">
        {title}
      </figcaption>
      <svg role="img" aria-labelledby={`${id}-title ${id}-desc`} viewBox={`0 0 ${width} ${height}`} className="h-auto w-full max-w-xl" style={{ breakInside: "avoid" }}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <line x1={pad.left} y1={pad.top + plotH} x2={width - pad.right} y2={pad.top + plotH} stroke="#334155" />
        <line x1={pad.left} y1={pad.top} x2={pad.left} y2={pad.top + plotH} stroke="#334155" />
        <text x={pad.left - 6} y={y(max) + 4} textAnchor="end" fontSize="11" fill="#334155">
          {max}
        </text>
        <text x={pad.left - 6} y={pad.top + plotH + 4} textAnchor="end" fontSize="11" fill="#334155">
          0
        </text>
        {bars.map((b, i) => {
          const x = pad.left + i * step + (step - barW) / 2;
          return (
            <g key={b.label}>
              <rect x={x} y={y(b.value)} width={barW} height={pad.top + plotH - y(b.value)} fill="#2563eb">
                <title>{`${b.label}: ${b.value}`}</title>
              </rect>
              {b.value > 0 && (
                <text x={x + barW / 2} y={y(b.value) - 3} textAnchor="middle" fontSize="11" fill="#0f172a">
                  {b.value}
                </text>
              )}
              <text x={x + barW / 2} y={pad.top + plotH + 14} textAnchor="middle" fontSize="10" fill="#334155">
                {b.label.split("–")[0]}
              </text>
            </g>
          );
        })}
        {marker && (
          <g data-marker={marker.label}>
            <line x1={pad.left + marker.at * step} y1={pad.top - 4} x2={pad.left + marker.at * step} y2={pad.top + plotH} stroke="#dc2626" strokeWidth="2" strokeDasharray="5 3" />
            <text x={pad.left + marker.at * step + 4} y={pad.top + 8} fontSize="11" fill="#b91c1c">
              {marker.label}
            </text>
          </g>
        )}
        <text x={pad.left + plotW / 2} y={height - 8} textAnchor="middle" fontSize="11" fill="#334155">
          {xLabel}
        </text>
        <text x={12} y={pad.top + plotH / 2} textAnchor="middle" fontSize="11" fill="#334155" transform={`rotate(-90 12 ${pad.top + plotH / 2})`}>
          {yLabel}
        </text>
      </svg>
    </figure>
  );
}

/** The chart's numbers as a table (the accessible equivalent of the chart). */
export function BarTable({ caption, bars, labelHeader, valueHeader }: { caption: string; bars: Bar[]; labelHeader: string; valueHeader: string }) {
  return (
    <table className="border-collapse text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="border border-slate-300 px-2 py-1 text-left">
            {labelHeader}
          </th>
          {bars.map((b) => (
            <th key={b.label} scope="col" className="border border-slate-300 px-2 py-1 font-normal">
              {b.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row" className="border border-slate-300 px-2 py-1 text-left">
            {valueHeader}
          </th>
          {bars.map((b) => (
            <td key={b.label} className="border border-slate-300 px-2 py-1 text-right tabular-nums">
              {b.value}
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}
