// A captioned two-column table for import previews and results (mapping "from → to", or
// "where → what"); renders nothing for no rows.
export function TwoColumnTable({ caption, headers, rows }: { caption: string; headers: [string, string]; rows: Array<[string, string]> }) {
  if (rows.length === 0) return null;
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="mb-1 text-left font-semibold">{caption}</caption>
      <thead>
        <tr className="bg-slate-100 text-left">
          <th scope="col" className="border px-2 py-1">{headers[0]}</th>
          <th scope="col" className="border px-2 py-1">{headers[1]}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([a, b], i) => (
          <tr key={i}>
            <td className="border px-2 py-1 align-top">{a}</td>
            <td className="border px-2 py-1">{b}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
