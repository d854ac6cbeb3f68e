// One automatic check of a deliverable in the authoring editor: its settings by kind, as the
// check model allows (src/grading/checks/spec.ts, docs/skill-checks.md). Lists are typed one per
// line; a table check's expected table is pasted; a form check's rules are JSON (generated from
// the form's own settings with one click).
import { IMAGE_FORMATS, VIDEO_FORMATS } from "@/grading/checks/spec";
import { fieldRulesFromForm, type CheckDraft, type DeliverableDraft } from "./drafts";
import { AreaInput, CheckInput, NumberInput, SelectInput, SmallButton } from "./inputs";

type T = (key: string, params?: Record<string, string | number>) => string;

export function CheckCard(p: { check: CheckDraft; index: number; deliverable: DeliverableDraft; t: T; onChange: (c: CheckDraft) => void; onRemove: () => void }) {
  const { check: c, t } = p;
  const set = (patch: Record<string, unknown>) => p.onChange({ ...c, ...patch });
  const kindName = t(`checks.kind.${c.kind}`);
  const fieldChoice =
    p.deliverable.kind === "fields" && (c.kind === "text-length" || c.kind === "required-words" || c.kind === "forbidden-words") ? (
      <SelectInput
        label={t("authoring.check.field")}
        value={typeof c.field === "string" ? c.field : ""}
        onChange={(v) => set({ field: v || undefined })}
        options={[{ value: "", text: t("authoring.check.field.all") }, ...(p.deliverable.fields ?? []).map((f) => ({ value: String(f.name ?? ""), text: String(f.label || f.name || "") }))]}
      />
    ) : null;
  const formats = (all: readonly string[]) => (
    <fieldset>
      <legend>{t("authoring.check.formats")}</legend>
      {all.map((f) => {
        const list = Array.isArray(c.formats) ? (c.formats as string[]) : [];
        return <CheckInput key={f} label={f.toUpperCase()} checked={list.includes(f)} onChange={(on) => set({ formats: on ? [...list, f] : list.filter((x) => x !== f) })} />;
      })}
    </fieldset>
  );
  const aspect = (c.aspect ?? {}) as { w?: number; h?: number; tolerance?: number };
  const setAspect = (patch: Partial<typeof aspect>) => set({ aspect: { ...aspect, ...patch } });
  return (
    <fieldset className="space-y-2 rounded border border-slate-200 p-3">
      <legend className="font-medium">{t("authoring.check.legend", { number: p.index + 1, kind: kindName })}</legend>
      {c.kind === "text-length" && (
        <div className="grid gap-2 sm:grid-cols-3">
          <NumberInput label={t("authoring.check.min")} value={c.min} min={0} onChange={(v) => set({ min: v })} />
          <NumberInput label={t("authoring.check.max")} value={c.max} min={0} onChange={(v) => set({ max: v })} />
          <SelectInput
            label={t("authoring.check.unit")}
            value={typeof c.unit === "string" ? c.unit : "char"}
            onChange={(v) => set({ unit: v === "char" ? undefined : v })}
            options={[
              { value: "char", text: t("authoring.check.unit.char") },
              { value: "width", text: t("authoring.check.unit.width") },
            ]}
          />
        </div>
      )}
      {c.kind === "required-words" && (
        <>
          <AreaInput label={t("authoring.check.words")} value={c._words} onChange={(v) => set({ _words: v })} />
          <NumberInput label={t("authoring.check.minCount")} value={c.minCount} min={1} onChange={(v) => set({ minCount: v })} />
        </>
      )}
      {c.kind === "forbidden-words" && <AreaInput label={t("authoring.check.forbidden")} value={c._words} onChange={(v) => set({ _words: v })} />}
      {fieldChoice}
      {(c.kind === "image" || c.kind === "video") && (
        <>
          {formats(c.kind === "image" ? IMAGE_FORMATS : VIDEO_FORMATS)}
          <div className="grid gap-2 sm:grid-cols-2">
            <NumberInput label={t("authoring.check.minWidth")} value={c.minWidth} min={1} onChange={(v) => set({ minWidth: v })} />
            <NumberInput label={t("authoring.check.minHeight")} value={c.minHeight} min={1} onChange={(v) => set({ minHeight: v })} />
            {c.kind === "video" && <NumberInput label={t("authoring.check.minSeconds")} value={c.minSeconds} min={0} step="any" onChange={(v) => set({ minSeconds: v })} />}
            {c.kind === "video" && <NumberInput label={t("authoring.check.maxSeconds")} value={c.maxSeconds} min={0} step="any" onChange={(v) => set({ maxSeconds: v })} />}
          </div>
          <div className="grid gap-2 sm:grid-cols-3">
            <NumberInput label={t("authoring.check.aspectW")} value={aspect.w} min={1} onChange={(v) => setAspect({ w: v })} />
            <NumberInput label={t("authoring.check.aspectH")} value={aspect.h} min={1} onChange={(v) => setAspect({ h: v })} />
            <NumberInput label={t("authoring.check.tolerance")} value={aspect.tolerance} min={0} step="any" onChange={(v) => setAspect({ tolerance: v })} />
          </div>
        </>
      )}
      {c.kind === "table" && (
        <>
          <AreaInput label={t("authoring.check.expected")} value={c._expected} onChange={(v) => set({ _expected: v })} rows={6} mono />
          <AreaInput label={t("authoring.check.keyColumns")} value={c._keyColumns} onChange={(v) => set({ _keyColumns: v })} rows={1} />
        </>
      )}
      {c.kind === "fields" && (
        <>
          <AreaInput label={t("authoring.check.fieldRules")} value={c._fields} onChange={(v) => set({ _fields: v })} rows={6} mono />
          <SmallButton label={t("authoring.check.fromForm")} onClick={() => set({ _fields: JSON.stringify(fieldRulesFromForm(p.deliverable), null, 2) })} />
        </>
      )}
      <SmallButton label={t("authoring.check.remove", { number: p.index + 1 })} onClick={p.onRemove} danger />
    </fieldset>
  );
}
