// The class's mastery heat map (server component): students × work contents as a table whose
// cells carry the percent as text and as colour (white → deep green), so it reads without
// colour too. Empty cells: not practised. Scrolls sideways on a phone.
import type { Mastery } from "@/grading";

export function HeatMap({
  caption,
  contents,
  students,
  cellLabel,
}: {
  caption: string;
  contents: Array<{ key: string; title: string }>;
  students: Array<{ candidateId: string; name: string; mastery: Record<string, Mastery | null> }>;
  cellLabel: (student: string, content: string, value: string) => string;
}) {
  const colour = (p: number) => `hsl(142 60% ${Math.round(97 - p * 0.6)}%)`;
  return (
    <div className="overflow-x-auto">
      <table className="border-collapse text-xs">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="sticky left-0 border bg-white px-2 py-1 text-left" />
            {contents.map((c) => (
              <th key={c.key} scope="col" className="max-w-24 border px-1 py-1 align-bottom font-normal">
                {c.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {students.map((s) => (
            <tr key={s.candidateId}>
              <th scope="row" className="sticky left-0 border bg-white px-2 py-1 text-left font-normal whitespace-nowrap">
                {s.name}
              </th>
              {contents.map((c) => {
                const m = s.mastery[c.key];
                const p = m?.percent ?? null;
                return (
                  <td
                    key={c.key}
                    aria-label={cellLabel(s.name, c.title, p === null ? "—" : `${p}%`)}
                    className={`border px-1 py-1 text-center tabular-nums ${p !== null && p >= 70 ? "text-white" : ""}`}
                    style={p === null ? undefined : { backgroundColor: colour(p) }}
                    title={m ? `${m.right}/${m.recent}` : undefined}
                  >
                    {p === null ? "" : p}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
