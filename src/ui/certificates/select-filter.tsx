import type { Translate } from "@/i18n";

export type SelectField = { name: string; label: string; options: ReadonlyArray<{ value: string; label: string }>; all?: boolean };

/** A GET filter form of selects (no script needed): each field with "all" first unless `all: false`. */
export function SelectFilter({ t, fields, values, submit }: { t: Translate; fields: SelectField[]; values: Record<string, string | undefined>; submit: string }) {
  const control = "mt-1 block rounded border border-slate-300 px-2 py-1";
  return (
    <form method="get" className="flex flex-wrap items-end gap-3 text-sm">
      {fields.map((f) => (
        <label key={f.name}>
          {f.label}
          <select name={f.name} defaultValue={values[f.name] ?? ""} className={control}>
            {f.all !== false && <option value="">{t("candidates.filter.all")}</option>}
            {f.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
      ))}
      <button type="submit" className="rounded border border-slate-300 px-3 py-1 hover:bg-slate-100">
        {submit}
      </button>
    </form>
  );
}
