// The item map: an accessible SVG scatter of facility (x, 0–1) against discrimination index
// (y, −100…100), one labelled point per item, with the flag thresholds as dashed lines. The
// numbers are in the item table under it (the chart's accessible equivalent).
import { FLAG_THRESHOLDS } from "@/grading/analytics";

export type MapPoint = { no: number; facility: number; di: number; flagged: boolean; label: string };

export function ItemMap({ id, title, description, points, xLabel, yLabel }: { id: string; title: string; description: string; points: MapPoint[]; xLabel: string; yLabel: string }) {
  const width = 520;
  const height = 320;
  const pad = { left: 48, right: 12, top: 14, bottom: 44 };
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const x = (f: number) => pad.left + f * plotW;
  const y = (d: number) => pad.top + ((100 - d) / 200) * plotH;
  const grid = "#cbd5e1";
  const threshold = "#f59e0b";
  return (
    <figure className="space-y-2" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="font-semibold">
        {title}
      </figcaption>
      <svg role="img" aria-labelledby={`${id}-title ${id}-desc`} viewBox={`0 0 ${width} ${height}`} className="h-auto w-full max-w-xl" style={{ breakInside: "avoid" }}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <rect x={pad.left} y={pad.top} width={plotW} height={plotH} fill="white" stroke="#334155" />
        {[0.25, 0.5, 0.75].map((f) => (
          <line key={`gx${f}`} x1={x(f)} y1={pad.top} x2={x(f)} y2={pad.top + plotH} stroke={grid} />
        ))}
        {[-50, 50].map((d) => (
          <line key={`gy${d}`} x1={pad.left} y1={y(d)} x2={pad.left + plotW} y2={y(d)} stroke={grid} />
        ))}
        {[FLAG_THRESHOLDS.tooHardFacility, FLAG_THRESHOLDS.tooEasyFacility].map((f) => (
          <line key={`tx${f}`} x1={x(f)} y1={pad.top} x2={x(f)} y2={pad.top + plotH} stroke={threshold} strokeDasharray="5 3" />
        ))}
        {[0, FLAG_THRESHOLDS.weakDiscrimination].map((d) => (
          <line key={`ty${d}`} x1={pad.left} y1={y(d)} x2={pad.left + plotW} y2={y(d)} stroke={threshold} strokeDasharray="5 3" />
        ))}
        {[0, 0.2, 0.5, 0.9, 1].map((f) => (
          <text key={`lx${f}`} x={x(f)} y={pad.top + plotH + 14} textAnchor="middle" fontSize="10" fill="#334155">
            {f}
          </text>
        ))}
        {[-100, -50, 0, 20, 50, 100].map((d) => (
          <text key={`ly${d}`} x={pad.left - 6} y={y(d) + 3} textAnchor="end" fontSize="10" fill="#334155">
            {d}
          </text>
        ))}
        {points.map((p) => (
          <g key={p.no}>
            <circle cx={x(p.facility)} cy={y(Math.max(-100, Math.min(100, p.di)))} r="5" fill={p.flagged ? "#dc2626" : "#2563eb"} fillOpacity="0.75">
              <title>{p.label}</title>
            </circle>
            <text x={x(p.facility) + 6} y={y(Math.max(-100, Math.min(100, p.di))) - 4} fontSize="9" fill="#0f172a">
              {p.no}
            </text>
          </g>
        ))}
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
