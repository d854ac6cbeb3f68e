import type { Translate } from "@/i18n";

// Download links of the results export (docs/exports.md). `query` carries e.g. a cohort filter.
export function ExportLinks({ t, base, query = "" }: { t: Translate; base: string; query?: string }) {
  const href = (params: string) => `${base}?${params}${query ? `&${query}` : ""}`;
  return (
    <nav aria-label={t("reports.export.title")} className="no-print flex flex-wrap gap-4 text-sm">
      <a className="text-blue-700 underline" href={href("format=xlsx")} download>
        {t("reports.export.xlsx")}
      </a>
      <a className="text-blue-700 underline" href={href("format=csv")} download>
        {t("reports.export.csv")}
      </a>
      <a className="text-blue-700 underline" href={href("format=xlsx&full=1")} download>
        {t("reports.export.full")}
      </a>
    </nav>
  );
}
