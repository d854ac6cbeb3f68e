// Pieces of the cohort statistics page: a component's distribution (chart + data table), pass
// rate tables, and the theory item analysis table.
import Link from "next/link";
import type { Translate } from "@/i18n";
import type { CohortStatistics, ComponentStatistics, ItemRow } from "@/server/reports/statistics";
import { BarChart, BarTable } from "./bar-chart";
import { areaName, percent, shown, typeName } from "./labels";

const cell = "border border-slate-300 px-2 py-1";

export function ComponentDistribution({ t, id, mode, stats }: { t: Translate; id: string; mode: "theory" | "skill"; stats: ComponentStatistics }) {
  const modeName = t(`reports.mode.${mode}`);
  if (stats.n === 0) return <p>{t("reports.stats.noScores", { mode: modeName })}</p>;
  const bars = stats.bins.map((b) => ({ label: b.label, value: b.count }));
  const title = t("reports.stats.distribution", { mode: modeName });
  return (
    <div className="space-y-2">
      <BarChart id={id} title={title} description={t("reports.stats.chart.desc", { n: stats.n })} bars={bars} xLabel={t("reports.stats.bin")} yLabel={t("reports.stats.count")} />
      <p className="text-sm">{t("reports.stats.line", { n: stats.n, passed: stats.passed, rate: percent(stats.rate), mean: shown(t, stats.mean) })}</p>
      <div className="overflow-x-auto">
        <BarTable caption={title} bars={bars} labelHeader={t("reports.stats.bin")} valueHeader={t("reports.stats.count")} />
      </div>
    </div>
  );
}

export function PassRateTable({ t, caption, rates, by, name }: { t: Translate; caption: string; rates: CohortStatistics["passRates"]; by: "byLevel" | "byTrack"; name: (group: string) => string }) {
  const rows = (["theory", "skill", "overall"] as const).flatMap((c) =>
    rates[c][by].map((r) => ({ component: c === "overall" ? t("reports.stats.overall") : t(`reports.mode.${c}`), ...r, key: `${c}-${r.group}` })),
  );
  return (
    <table className="border-collapse text-sm">
      <caption className="text-left font-semibold">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className={`${cell} text-left`}>{t("reports.stats.col.component")}</th>
          <th scope="col" className={`${cell} text-left`}>{t("reports.stats.col.group")}</th>
          <th scope="col" className={cell}>{t("reports.stats.col.n")}</th>
          <th scope="col" className={cell}>{t("reports.stats.col.passed")}</th>
          <th scope="col" className={cell}>{t("reports.stats.col.rate")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <td className={cell}>{r.component}</td>
            <th scope="row" className={`${cell} text-left font-normal`}>{name(r.group)}</th>
            <td className={`${cell} text-right tabular-nums`}>{r.n}</td>
            <td className={`${cell} text-right tabular-nums`}>{r.passed}</td>
            <td className={`${cell} text-right tabular-nums`}>{percent(r.rate)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Items worth a second look: low discrimination, or very easy or very hard. */
const needsReview = (i: ItemRow) => (i.discrimination !== null && i.discrimination.d < 0.2) || i.p > 0.9 || i.p < 0.2;

export function ItemTable({ t, id, items }: { t: Translate; id: string; items: ItemRow[] }) {
  return (
    <section className="space-y-2" aria-labelledby={id}>
      <h3 id={id} className="text-lg font-semibold">
        {t("reports.stats.items")}
      </h3>
      <p className="text-sm text-slate-700">{t("reports.stats.items.note")}</p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-sm">
          <thead>
            <tr>
              <th scope="col" className={cell}>{t("reports.stats.items.col.no")}</th>
              <th scope="col" className={`${cell} text-left`}>{t("reports.stats.items.col.stem")}</th>
              <th scope="col" className={cell}>{t("reports.stats.items.col.type")}</th>
              <th scope="col" className={cell}>{t("reports.stats.items.col.area")}</th>
              <th scope="col" className={cell}>{t("reports.stats.items.col.n")}</th>
              <th scope="col" className={cell}>{t("reports.stats.items.col.p")}</th>
              <th scope="col" className={cell}>{t("reports.stats.items.col.d")}</th>
              <th scope="col" className={cell}>{t("reports.stats.items.col.flag")}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((i, n) => (
              <tr key={i.versionId}>
                <td className={`${cell} text-right tabular-nums`}>{n + 1}</td>
                <th scope="row" className={`${cell} text-left font-normal`}>
                  {i.itemId ? (
                    <Link className="text-blue-700 underline" href={`/admin/items/${i.itemId}`}>
                      {i.stem.length > 40 ? `${i.stem.slice(0, 40)}…` : i.stem}
                    </Link>
                  ) : (
                    i.versionId
                  )}
                </th>
                <td className={cell}>{typeName(t, i.type)}</td>
                <td className={cell}>{i.area ? areaName(t, i.area) : "—"}</td>
                <td className={`${cell} text-right tabular-nums`}>{i.n}</td>
                <td className={`${cell} text-right tabular-nums`}>{i.p.toFixed(2)}</td>
                <td className={`${cell} text-right tabular-nums`}>{i.discrimination ? i.discrimination.d.toFixed(2) : "—"}</td>
                <td className={cell}>{needsReview(i) ? t("reports.stats.items.review") : ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
