import Link from "next/link";
import { listAnalysisSessions } from "@/server/analytics/list-analysis-sessions";
import { requirePageUser } from "@/server/auth/session";
import { formatShanghai } from "@/server/format";
import { getTranslator } from "@/server/i18n";
import { levelName, trackName } from "@/ui/reports/labels";

export const dynamic = "force-dynamic";

// Admin only: the sessions with something to analyse, and links to their analyses.
export default async function AnalyticsPage() {
  await requirePageUser({ roles: ["ADMIN"], returnTo: "/admin/analytics" });
  const { t, locale } = await getTranslator();
  const sessions = await listAnalysisSessions();
  const cell = "border border-slate-300 px-2 py-1";
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("analytics.title")}</h1>
      <p>{t("analytics.intro")}</p>
      {sessions.length === 0 ? (
        <p>{t("analytics.empty")}</p>
      ) : (
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">{t("analytics.title")}</caption>
          <thead>
            <tr className="bg-slate-100 text-left">
              {(["session", "mode", "levelTrack", "startsAt", "scored", "links"] as const).map((c) => (
                <th key={c} scope="col" className={cell}>
                  {t(`analytics.col.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sessions.map((s) => (
              <tr key={s.id}>
                <th scope="row" className={`${cell} text-left font-normal`}>{s.name}</th>
                <td className={cell}>{t(`reports.mode.${s.mode}`)}</td>
                <td className={cell}>
                  {levelName(t, s.level)} · {trackName(t, s.track)}
                </td>
                <td className={cell}>{formatShanghai(s.startsAt, locale)}</td>
                <td className={`${cell} text-right tabular-nums`}>{s.scored}</td>
                <td className={cell}>
                  {s.mode === "theory" ? (
                    <span className="flex flex-wrap gap-3">
                      <Link className="text-blue-700 underline" href={`/admin/analytics/sessions/${s.id}/items`}>
                        {t("analytics.link.items")}
                      </Link>
                      <Link className="text-blue-700 underline" href={`/admin/analytics/sessions/${s.id}/test`}>
                        {t("analytics.link.test")}
                      </Link>
                    </span>
                  ) : (
                    <Link className="text-blue-700 underline" href={`/admin/analytics/sessions/${s.id}/raters`}>
                      {t("analytics.link.raters")}
                    </Link>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
