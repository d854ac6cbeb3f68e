// Practice charts as server-rendered SVG (no script), like src/ui/reports/bar-chart.tsx: each SVG
// is an image with a title and a description that carries the numbers.

/** Mock-exam scores over time: a line with a dot per exam and the pass line. Scores in points (0–100). */
export function ScoreLineChart({ id, title, description, scores, xLabel, yLabel, passLabel, passMark = 60 }: { id: string; title: string; description: string; scores: number[]; xLabel: string; yLabel: string; passLabel: string; passMark?: number }) {
  const width = 360;
  const height = 220;
  const pad = { left: 36, right: 12, top: 14, bottom: 40 };
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const x = (i: number) => pad.left + (scores.length <= 1 ? plotW / 2 : (i / (scores.length - 1)) * plotW);
  const y = (v: number) => pad.top + plotH - (Math.max(0, Math.min(100, v)) / 100) * plotH;
  const points = scores.map((s, i) => `${x(i).toFixed(1)},${y(s).toFixed(1)}`).join(" ");
  return (
    <figure className="space-y-2" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="font-semibold">
        {title}
      </figcaption>
      <svg role="img" aria-labelledby={`${id}-title ${id}-desc`} viewBox={`0 0 ${width} ${height}`} className="h-auto w-full max-w-lg">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {[0, 20, 40, 60, 80, 100].map((v) => (
          <g key={v}>
            <line x1={pad.left} x2={width - pad.right} y1={y(v)} y2={y(v)} stroke="#e2e8f0" />
            <text x={pad.left - 5} y={y(v) + 4} textAnchor="end" fontSize="10" fill="#334155">
              {v}
            </text>
          </g>
        ))}
        <line x1={pad.left} x2={width - pad.right} y1={y(passMark)} y2={y(passMark)} stroke="#b91c1c" strokeDasharray="4 3" />
        <text x={width - pad.right} y={y(passMark) - 4} textAnchor="end" fontSize="10" fill="#b91c1c">
          {passLabel}
        </text>
        {scores.length > 1 && <polyline points={points} fill="none" stroke="#2563eb" strokeWidth="2" />}
        {scores.map((s, i) => (
          <g key={i}>
            <circle cx={x(i)} cy={y(s)} r="4" fill={s >= passMark ? "#15803d" : "#b91c1c"}>
              <title>{`${i + 1}: ${s}`}</title>
            </circle>
            <text x={x(i)} y={pad.top + plotH + 14} textAnchor="middle" fontSize="10" fill="#334155">
              {i + 1}
            </text>
          </g>
        ))}
        <text x={pad.left + plotW / 2} y={height - 6} textAnchor="middle" fontSize="11" fill="#334155">
          {xLabel}
        </text>
        <text x={10} y={pad.top + plotH / 2} textAnchor="middle" fontSize="11" fill="#334155" transform={`rotate(-90 10 ${pad.top + plotH / 2})`}>
          {yLabel}
        </text>
      </svg>
    </figure>
  );
}

/** Mastery per area as horizontal bars from 0 to 100 % (readable on a phone); null = not practised. */
export function MasteryChart({ id, title, description, bars }: { id: string; title: string; description: string; bars: Array<{ label: string; percent: number | null }> }) {
  const width = 360;
  const row = 26;
  const labelW = 150;
  const height = bars.length * row + 10;
  const barW = width - labelW - 46;
  return (
    <figure className="space-y-2" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="font-semibold">
        {title}
      </figcaption>
      <svg role="img" aria-labelledby={`${id}-title ${id}-desc`} viewBox={`0 0 ${width} ${height}`} className="h-auto w-full max-w-lg">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {bars.map((b, i) => {
          const top = 5 + i * row;
          const w = b.percent === null ? 0 : (b.percent / 100) * barW;
          const fill = b.percent === null ? "#cbd5e1" : b.percent >= 80 ? "#15803d" : b.percent >= 60 ? "#2563eb" : "#b45309";
          return (
            <g key={b.label}>
              <text x={labelW - 6} y={top + 15} textAnchor="end" fontSize="11" fill="#0f172a">
                {b.label.length > 12 ? `${b.label.slice(0, 12)}…` : b.label}
              </text>
              <rect x={labelW} y={top + 3} width={barW} height={row - 8} fill="#f1f5f9" />
              <rect x={labelW} y={top + 3} width={w} height={row - 8} fill={fill}>
                <title>{`${b.label}: ${b.percent === null ? "—" : `${b.percent}%`}`}</title>
              </rect>
              <text x={labelW + barW + 4} y={top + 15} fontSize="11" fill="#0f172a">
                {b.percent === null ? "—" : `${b.percent}%`}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
