// Small labelled, controlled inputs of the authoring editor (every control has a visible label,
// so tests and screen readers find it by name). Numbers: an empty box is `undefined`.
import type { ReactNode } from "react";

const box = "mt-1 w-full rounded border border-slate-300 px-2 py-1";

export function TextInput(p: { label: string; value: unknown; onChange: (v: string) => void; maxLength?: number }) {
  return (
    <label className="block">
      {p.label}
      <input value={typeof p.value === "string" ? p.value : ""} onChange={(e) => p.onChange(e.target.value)} maxLength={p.maxLength} className={box} />
    </label>
  );
}

export function AreaInput(p: { label: string; value: unknown; onChange: (v: string) => void; rows?: number; mono?: boolean }) {
  return (
    <label className="block">
      {p.label}
      <textarea value={typeof p.value === "string" ? p.value : ""} onChange={(e) => p.onChange(e.target.value)} rows={p.rows ?? 3} className={`${box}${p.mono ? " font-mono text-sm" : ""}`} />
    </label>
  );
}

export function NumberInput(p: { label: string; value: unknown; onChange: (v: number | undefined) => void; step?: number | "any"; min?: number }) {
  return (
    <label className="block">
      {p.label}
      <input
        type="number"
        value={typeof p.value === "number" && Number.isFinite(p.value) ? p.value : ""}
        step={p.step ?? 1}
        min={p.min}
        onChange={(e) => p.onChange(e.target.value === "" ? undefined : Number(e.target.value))}
        className={box}
      />
    </label>
  );
}

export function CheckInput(p: { label: string; checked: boolean; onChange: (v: boolean) => void }) {
  return (
    <label className="mr-4 inline-flex items-center gap-1">
      <input type="checkbox" checked={p.checked} onChange={(e) => p.onChange(e.target.checked)} />
      {p.label}
    </label>
  );
}

export function SelectInput(p: { label: string; value: string; onChange: (v: string) => void; options: Array<{ value: string; text: string }> }) {
  return (
    <label className="block">
      {p.label}
      <select value={p.value} onChange={(e) => p.onChange(e.target.value)} className={box}>
        {p.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.text}
          </option>
        ))}
      </select>
    </label>
  );
}

export function SmallButton(p: { label: string; onClick: () => void; disabled?: boolean; children?: ReactNode; danger?: boolean }) {
  return (
    <button type="button" onClick={p.onClick} disabled={p.disabled} aria-label={p.label} className={`rounded border px-2 py-1 text-sm disabled:opacity-40 ${p.danger ? "border-red-300 text-red-800" : "border-slate-300"}`}>
      {p.children ?? p.label}
    </button>
  );
}
