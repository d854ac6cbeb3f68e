import type { Translate } from "@/i18n";

export type FilterField = { name: string; label: string; options: ReadonlyArray<{ value: string; label: string }> };

/** A list page's GET filter form: one select per field ("all" first), a text search, a button. */
export function FilterForm({
  t,
  fields,
  values,
  search,
}: {
  t: Translate;
  fields: FilterField[];
  values: Record<string, string | undefined>;
  search: { name: string; label: string };
}) {
  const control = "mt-1 block rounded border border-slate-300 px-2 py-1";
  return (
    <form method="get" className="flex flex-wrap items-end gap-3 text-sm">
      {fields.map((f) => (
        <label key={f.name}>
          {f.label}
          <select name={f.name} defaultValue={values[f.name] ?? ""} className={control}>
            <option value="">{t("candidates.filter.all")}</option>
            {f.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
      ))}
      <label>
        {search.label}
        <input name={search.name} defaultValue={values[search.name] ?? ""} className={control} />
      </label>
      <button type="submit" className="rounded border border-slate-300 px-3 py-1 hover:bg-slate-100">
        {t("candidates.filter.submit")}
      </button>
    </form>
  );
}
