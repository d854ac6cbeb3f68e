import Link from "next/link";
import { LEVEL_CODES, TRACK_CODES } from "@/standard";
import { requirePageUser } from "@/server/auth/session";
import { getTranslator } from "@/server/i18n";
import { loadCohortStatistics, StatisticsFilterSchema } from "@/server/reports/statistics";
import { ExportLinks } from "@/ui/reports/export-links";
import { levelName, trackName } from "@/ui/reports/labels";
import { ComponentDistribution, ItemTable, PassRateTable } from "@/ui/reports/statistics-view";

// Admin only: cohort statistics — score distribution per level × track and component (chart and
// table), pass rates by level and track, and theory item difficulty and discrimination.
export default async function StatisticsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const filter = StatisticsFilterSchema.parse(await searchParams);
  const qs = new URLSearchParams({ ...(filter.level ? { level: filter.level } : {}), ...(filter.track ? { track: filter.track } : {}) }).toString();
  await requirePageUser({ roles: ["ADMIN"], returnTo: `/admin/statistics${qs ? `?${qs}` : ""}` });
  const { t } = await getTranslator();
  const stats = await loadCohortStatistics(filter);
  const select = "rounded border border-slate-400 bg-white px-2 py-1";
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">{t("reports.stats.title")}</h1>
      <form method="get" className="flex flex-wrap items-end gap-4" aria-label={t("reports.stats.filter")}>
        <label className="flex flex-col text-sm">
          {t("reports.stats.filter.level")}
          <select name="level" defaultValue={filter.level ?? ""} className={select}>
            <option value="">{t("reports.stats.filter.all")}</option>
            {LEVEL_CODES.map((l) => (
              <option key={l} value={l}>
                {levelName(t, l)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-sm">
          {t("reports.stats.filter.track")}
          <select name="track" defaultValue={filter.track ?? ""} className={select}>
            <option value="">{t("reports.stats.filter.all")}</option>
            {TRACK_CODES.map((k) => (
              <option key={k} value={k}>
                {trackName(t, k)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded bg-blue-700 px-4 py-1.5 text-white hover:bg-blue-800">
          {t("reports.stats.filter.submit")}
        </button>
      </form>
      <p>{t("reports.stats.summary", { sessions: stats.sessions, candidates: stats.candidates })}</p>
      {stats.candidates > 0 && (
        <div className="space-y-1">
          <p className="text-sm">{t("reports.stats.export")}</p>
          <ExportLinks t={t} base="/api/admin/results/cohort/export" query={`cohort=1${qs ? `&${qs}` : ""}`} />
        </div>
      )}
      {stats.groups.length === 0 ? (
        <p>{t("reports.stats.empty")}</p>
      ) : (
        <>
          <section className="space-y-3" aria-labelledby="pass-rates">
            <h2 id="pass-rates" className="text-xl font-semibold">
              {t("reports.stats.passRates")}
            </h2>
            <div className="grid gap-6 md:grid-cols-2">
              <PassRateTable t={t} caption={t("reports.stats.byLevel")} rates={stats.passRates} by="byLevel" name={(g) => levelName(t, g)} />
              <PassRateTable t={t} caption={t("reports.stats.byTrack")} rates={stats.passRates} by="byTrack" name={(g) => trackName(t, g)} />
            </div>
            <p className="text-sm text-slate-700">{t("reports.stats.overallNote")}</p>
          </section>
          {stats.groups.map((g) => {
            const id = `g-${g.level}-${g.track}`;
            return (
              <section key={id} className="space-y-4 border-t border-slate-300 pt-4" aria-labelledby={id}>
                <h2 id={id} className="text-xl font-semibold">
                  {t("reports.stats.group", { level: levelName(t, g.level), track: trackName(t, g.track), n: g.candidates })}
                </h2>
                <div className="grid gap-6 lg:grid-cols-2">
                  <ComponentDistribution t={t} id={`${id}-theory`} mode="theory" stats={g.theory} />
                  <ComponentDistribution t={t} id={`${id}-skill`} mode="skill" stats={g.skill} />
                </div>
                {g.items.length > 0 && <ItemTable t={t} id={`${id}-items`} items={g.items} />}
              </section>
            );
          })}
        </>
      )}
      <p className="text-sm">
        <Link className="text-blue-700 underline" href="/admin">
          {t("nav.admin")}
        </Link>
      </p>
    </div>
  );
}
