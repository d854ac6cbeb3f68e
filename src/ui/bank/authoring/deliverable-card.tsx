// One deliverable in the authoring editor: id, title, instructions, the settings of its kind
// (text: plain/rich and length; form: its fields and optional rows; files: types by content, size,
// count) and its automatic checks. Changes go up as a whole new draft (onChange).
import { useState } from "react";
import { CheckCard } from "./check-card";
import { CHECK_KINDS_FOR, KNOWN_ACCEPT, MB, newCheck, newField, type DeliverableDraft, type FieldDraft } from "./drafts";
import { AreaInput, CheckInput, NumberInput, SelectInput, SmallButton, TextInput } from "./inputs";

type T = (key: string, params?: Record<string, string | number>) => string;

export function DeliverableCard(p: {
  draft: DeliverableDraft;
  index: number;
  count: number;
  t: T;
  mimeName: (mime: string) => string;
  onChange: (d: DeliverableDraft) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { draft: d, t } = p;
  const n = p.index + 1;
  const set = (patch: Record<string, unknown>) => p.onChange({ ...d, ...patch });
  const kinds = CHECK_KINDS_FOR[d.kind] ?? [];
  const [checkKind, setCheckKind] = useState<string>(kinds[0] ?? "text-length");
  const title = typeof d.title === "string" && d.title.trim() ? d.title.trim() : t("authoring.deliverable.untitled");
  return (
    <fieldset className="space-y-3 rounded border border-slate-300 bg-slate-50 p-4">
      <legend className="px-1 font-semibold">{t("authoring.deliverable.legend", { number: n, title })}</legend>
      <p className="text-sm text-slate-600">{t("authoring.deliverable.kind", { kind: t(`authoring.kind.${d.kind}`) })}</p>
      <div className="grid gap-2 sm:grid-cols-2">
        <TextInput label={t("authoring.field.id")} value={d.id} onChange={(v) => set({ id: v })} maxLength={32} />
        <TextInput label={t("authoring.field.title")} value={d.title} onChange={(v) => set({ title: v })} maxLength={100} />
      </div>
      <AreaInput label={t("authoring.field.instructions")} value={d.instructions} onChange={(v) => set({ instructions: v })} rows={2} />
      {d.kind === "text" && (
        <div className="flex flex-wrap items-end gap-4">
          <CheckInput label={t("authoring.text.rich")} checked={d.rich === true} onChange={(v) => set({ rich: v })} />
          <NumberInput label={t("authoring.text.maxLength")} value={d.maxLength} min={1} onChange={(v) => set({ maxLength: v })} />
        </div>
      )}
      {d.kind === "fields" && <FieldsSettings draft={d} t={t} set={set} />}
      {d.kind === "files" && <FilesSettings draft={d} t={t} set={set} mimeName={p.mimeName} />}
      <fieldset className="space-y-2">
        <legend className="font-medium">{t("authoring.checks.legend")}</legend>
        {d.checks.length === 0 && <p className="text-sm text-slate-600">{t("authoring.checks.none")}</p>}
        {d.checks.map((c, i) => (
          <CheckCard
            key={c._key}
            check={c}
            index={i}
            deliverable={d}
            t={t}
            onChange={(next) => set({ checks: d.checks.map((x, j) => (j === i ? next : x)) })}
            onRemove={() => set({ checks: d.checks.filter((_, j) => j !== i) })}
          />
        ))}
        <div className="flex items-end gap-2">
          <SelectInput label={t("authoring.checks.newKind")} value={checkKind} onChange={setCheckKind} options={kinds.map((k) => ({ value: k, text: t(`checks.kind.${k}`) }))} />
          <SmallButton label={t("authoring.checks.add")} onClick={() => set({ checks: [...d.checks, newCheck(checkKind as DeliverableDraft["checks"][number]["kind"])] })} />
        </div>
      </fieldset>
      <div className="flex gap-2">
        <SmallButton label={t("authoring.moveUp", { number: n })} onClick={() => p.onMove(-1)} disabled={p.index === 0}>
          ↑
        </SmallButton>
        <SmallButton label={t("authoring.moveDown", { number: n })} onClick={() => p.onMove(1)} disabled={p.index === p.count - 1}>
          ↓
        </SmallButton>
        <SmallButton label={t("authoring.remove", { number: n })} onClick={p.onRemove} danger />
      </div>
    </fieldset>
  );
}

function FieldsSettings({ draft: d, t, set }: { draft: DeliverableDraft; t: T; set: (patch: Record<string, unknown>) => void }) {
  const fields = d.fields ?? [];
  const setField = (i: number, patch: Record<string, unknown>) => set({ fields: fields.map((f, j) => (j === i ? ({ ...f, ...patch } as FieldDraft) : f)) });
  const rows = d.rows as { min?: number; max?: number } | undefined;
  return (
    <div className="space-y-2">
      {fields.map((f, i) => (
        <fieldset key={f._key} className="grid gap-2 rounded border border-slate-200 bg-white p-3 sm:grid-cols-3">
          <legend className="font-medium">{t("authoring.fields.legend", { number: i + 1 })}</legend>
          <TextInput label={t("authoring.fields.name")} value={f.name} onChange={(v) => setField(i, { name: v })} maxLength={40} />
          <TextInput label={t("authoring.fields.label")} value={f.label} onChange={(v) => setField(i, { label: v })} maxLength={60} />
          <SelectInput
            label={t("authoring.fields.type")}
            value={String(f.type ?? "text")}
            onChange={(v) => setField(i, { type: v })}
            options={(["text", "number", "select"] as const).map((k) => ({ value: k, text: t(`authoring.fields.type.${k}`) }))}
          />
          <CheckInput label={t("authoring.fields.required")} checked={f.required === true} onChange={(v) => setField(i, { required: v })} />
          {f.type === "number" && <NumberInput label={t("authoring.fields.min")} value={f.min} step="any" onChange={(v) => setField(i, { min: v })} />}
          {f.type === "number" && <NumberInput label={t("authoring.fields.max")} value={f.max} step="any" onChange={(v) => setField(i, { max: v })} />}
          {f.type === "text" && <NumberInput label={t("authoring.fields.maxLength")} value={f.maxLength} min={1} onChange={(v) => setField(i, { maxLength: v })} />}
          {f.type === "select" && <AreaInput label={t("authoring.fields.options")} value={f._options} onChange={(v) => setField(i, { _options: v })} />}
          <div>
            <SmallButton label={t("authoring.fields.remove", { number: i + 1 })} onClick={() => set({ fields: fields.filter((_, j) => j !== i) })} danger />
          </div>
        </fieldset>
      ))}
      <SmallButton label={t("authoring.fields.add")} onClick={() => set({ fields: [...fields, newField(fields.map((f) => String(f.name)))] })} />
      <div className="flex flex-wrap items-end gap-4">
        <CheckInput label={t("authoring.fields.rows")} checked={rows !== undefined} onChange={(on) => set({ rows: on ? { min: 1, max: 20 } : undefined })} />
        {rows && <NumberInput label={t("authoring.fields.minRows")} value={rows.min} min={0} onChange={(v) => set({ rows: { ...rows, min: v } })} />}
        {rows && <NumberInput label={t("authoring.fields.maxRows")} value={rows.max} min={1} onChange={(v) => set({ rows: { ...rows, max: v } })} />}
      </div>
    </div>
  );
}

function FilesSettings({ draft: d, t, set, mimeName }: { draft: DeliverableDraft; t: T; set: (patch: Record<string, unknown>) => void; mimeName: (mime: string) => string }) {
  const accept = Array.isArray(d.accept) ? (d.accept as string[]) : [];
  const maxBytes = typeof d.maxBytes === "number" ? d.maxBytes : undefined;
  return (
    <div className="space-y-2">
      <fieldset>
        <legend>{t("authoring.files.accept")}</legend>
        {KNOWN_ACCEPT.map((m) => (
          <CheckInput key={m} label={mimeName(m)} checked={accept.includes(m)} onChange={(on) => set({ accept: on ? [...accept, m] : accept.filter((x) => x !== m) })} />
        ))}
      </fieldset>
      <AreaInput label={t("authoring.files.acceptOther")} value={d._acceptOther} onChange={(v) => set({ _acceptOther: v })} rows={1} />
      <div className="grid gap-2 sm:grid-cols-2">
        <NumberInput
          label={t("authoring.files.maxMB")}
          value={maxBytes === undefined ? undefined : Math.round((maxBytes / MB) * 100) / 100}
          min={0}
          step="any"
          onChange={(v) => set({ maxBytes: v === undefined ? undefined : Math.round(v * MB) })}
        />
        <NumberInput label={t("authoring.files.maxCount")} value={d.maxCount} min={1} onChange={(v) => set({ maxCount: v })} />
      </div>
    </div>
  );
}
