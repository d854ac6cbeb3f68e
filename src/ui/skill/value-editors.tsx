"use client";

// Editors of the text and fields deliverables on the candidate's skill page. They only report
// changes; the page saves them (sequence numbers, IndexedDB queue) and shows the saved state.
import dynamic from "next/dynamic";

type T = (key: string, params?: Record<string, string | number>) => string;
type FieldSpec = { name: string; label: string; type: "text" | "number" | "select"; required: boolean; min?: number; max?: number; maxLength?: number; options?: string[] };
export type TextValue = { text: string };
export type FieldsValue = { values: Record<string, string>; rows?: Array<Record<string, string>> };

export type TextEditorProps = { id: string; title: string; maxLength: number; value: TextValue | null; disabled: boolean; t: T; onChange: (v: TextValue) => void };

// Tiptap is fetched only when a rich-text deliverable is shown (pages without one never load it).
const RichTextEditor = dynamic(() => import("./rich-text-editor"), { ssr: false, loading: () => <div className="min-h-24 rounded border border-slate-200" aria-hidden="true" /> });

/**
 * The editor of a text deliverable: a textarea, or for `rich` text the lazily loaded rich-text
 * editor (its value is HTML, counted by its plain text). Shows the count against `maxLength`.
 */
export function TextEditor(props: TextEditorProps & { rich?: boolean }) {
  if (props.rich) return <RichTextEditor {...props} />;
  const text = props.value?.text ?? "";
  const count = [...text].length;
  return (
    <div className="space-y-1">
      <label htmlFor={props.id} className="sr-only">
        {props.title}
      </label>
      <textarea
        id={props.id}
        value={text}
        disabled={props.disabled}
        rows={Math.min(12, Math.max(3, Math.ceil(props.maxLength / 80)))}
        onChange={(e) => props.onChange({ text: e.target.value })}
        className="w-full rounded border border-slate-300 p-2"
      />
      <p className={`text-xs ${count > props.maxLength ? "text-red-700" : "text-slate-600"}`}>{props.t("skill.chars", { count, max: props.maxLength })}</p>
    </div>
  );
}

function FieldInput(props: { id: string; field: FieldSpec; value: string; disabled: boolean; label: string; onChange: (v: string) => void }) {
  const f = props.field;
  if (f.type === "select")
    return (
      <select id={props.id} aria-label={props.label} value={props.value} disabled={props.disabled} onChange={(e) => props.onChange(e.target.value)} className="rounded border border-slate-300 px-2 py-1">
        <option value="">—</option>
        {(f.options ?? []).map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    );
  return (
    <input
      id={props.id}
      aria-label={props.label}
      type="text"
      inputMode={f.type === "number" ? "decimal" : undefined}
      value={props.value}
      maxLength={f.maxLength}
      disabled={props.disabled}
      onChange={(e) => props.onChange(e.target.value)}
      className="rounded border border-slate-300 px-2 py-1"
    />
  );
}

/**
 * A form of the author's fields. With `rows`, the fields are the columns of a row list (e.g. a
 * 运费模板's regions and fees) and the candidate adds and removes rows; else one value per field.
 */
export function FieldsEditor(props: { id: string; fields: FieldSpec[]; rows?: { min: number; max: number }; value: FieldsValue | null; disabled: boolean; t: T; onChange: (v: FieldsValue) => void }) {
  const values = props.value?.values ?? {};
  const hint = (f: FieldSpec) => [f.required ? "*" : "", f.min !== undefined || f.max !== undefined ? `（${f.min ?? ""}–${f.max ?? ""}）` : ""].join("");
  if (props.rows) {
    const rows: Array<Record<string, string>> = props.value?.rows ?? Array.from({ length: Math.max(1, props.rows.min) }, () => ({}));
    const set = (next: Array<Record<string, string>>) => props.onChange({ values, rows: next });
    return (
      <div className="space-y-2 overflow-x-auto">
        <table className="text-sm">
          <thead>
            <tr>
              <th className="px-1 text-left">#</th>
              {props.fields.map((f) => (
                <th key={f.name} className="px-1 text-left font-medium">
                  {f.label}
                  {hint(f)}
                </th>
              ))}
              <th />
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i}>
                <td className="px-1">{i + 1}</td>
                {props.fields.map((f) => (
                  <td key={f.name} className="px-1 py-0.5">
                    <FieldInput
                      id={`${props.id}-${i}-${f.name}`}
                      field={f}
                      label={`${f.label} #${i + 1}`}
                      value={row[f.name] ?? ""}
                      disabled={props.disabled}
                      onChange={(v) => set(rows.map((r, j) => (j === i ? { ...r, [f.name]: v } : r)))}
                    />
                  </td>
                ))}
                <td>
                  {!props.disabled && rows.length > (props.rows?.min ?? 0) && (
                    <button type="button" onClick={() => set(rows.filter((_, j) => j !== i))} className="rounded border border-slate-300 px-2 text-xs">
                      {props.t("skill.removeRow", { number: i + 1 })}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {!props.disabled && rows.length < props.rows.max && (
          <button type="button" onClick={() => set([...rows, {}])} className="rounded border border-slate-300 px-2 py-1 text-sm">
            {props.t("skill.addRow")}
          </button>
        )}
      </div>
    );
  }
  return (
    <div className="grid gap-2 sm:grid-cols-2">
      {props.fields.map((f) => (
        <div key={f.name} className="flex flex-col gap-1">
          <label htmlFor={`${props.id}-${f.name}`} className="text-sm font-medium">
            {f.label}
            {hint(f)}
          </label>
          <FieldInput id={`${props.id}-${f.name}`} field={f} label={f.label} value={values[f.name] ?? ""} disabled={props.disabled} onChange={(v) => props.onChange({ ...props.value, values: { ...values, [f.name]: v } })} />
        </div>
      ))}
    </div>
  );
}
