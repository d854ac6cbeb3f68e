// The rubric's criteria in the authoring editor: each may be marked automatic and linked to one
// check of a deliverable, with its scoring rule (autoCriterionPoints: all-or-nothing or
// proportional). See src/exam/task-auto.ts.
import { checkChoices, type AutoDraft, type AutoRule } from "./auto-drafts";
import type { DeliverableDraft } from "./drafts";
import { CheckInput, SelectInput } from "./inputs";

type T = (key: string, params?: Record<string, string | number>) => string;

export function AutoCriteria(p: { rubric: Array<{ id: string; title: string; points: number }>; auto: Record<string, AutoDraft | null>; drafts: DeliverableDraft[]; t: T; onChange: (id: string, a: AutoDraft | null) => void }) {
  const { t } = p;
  const choices = checkChoices(p.drafts);
  return (
    <fieldset className="space-y-3 rounded border border-slate-300 p-4">
      <legend className="px-1 font-semibold">{t("authoring.auto.title")}</legend>
      <p className="text-sm text-slate-600">{t("authoring.auto.help")}</p>
      {choices.length === 0 && <p className="text-sm text-slate-600">{t("authoring.auto.noChecks")}</p>}
      {p.rubric.map((c) => {
        const a = p.auto[c.id] ?? null;
        const value = a ? `${a.deliverableKey}|${a.checkKey}` : "";
        const known = choices.some((x) => x.value === value);
        return (
          <div key={c.id} className="space-y-2 border-t border-slate-100 pt-2">
            <CheckInput
              label={`${t("authoring.auto.enable", { title: c.title })}（${t("authoring.auto.points", { points: c.points })}）`}
              checked={a !== null}
              onChange={(on) => {
                const first = choices[0]?.value.split("|") ?? ["", ""];
                p.onChange(c.id, on ? { deliverableKey: first[0]!, checkKey: first[1]!, rule: "all-or-nothing" } : null);
              }}
            />
            {a && (
              <div className="grid gap-2 sm:grid-cols-2">
                <SelectInput
                  label={t("authoring.auto.check", { title: c.title })}
                  value={known ? value : ""}
                  onChange={(v) => {
                    const [deliverableKey = "", checkKey = ""] = v.split("|");
                    p.onChange(c.id, { ...a, deliverableKey, checkKey });
                  }}
                  options={[...(known ? [] : [{ value: "", text: "—" }]), ...choices.map((x) => ({ value: x.value, text: t("authoring.auto.option", { deliverable: x.deliverable, number: x.number, kind: t(`checks.kind.${x.kind}`) }) }))]}
                />
                <SelectInput
                  label={t("authoring.auto.rule", { title: c.title })}
                  value={a.rule}
                  onChange={(v) => p.onChange(c.id, { ...a, rule: v as AutoRule })}
                  options={(["all-or-nothing", "proportional"] as const).map((r) => ({ value: r, text: t(`authoring.auto.rule.${r}`) }))}
                />
              </div>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
