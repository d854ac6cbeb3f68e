import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/server/auth/session";
import { toAppError } from "@/server/errors";
import { formatShanghai } from "@/server/format";
import { getTranslator } from "@/server/i18n";
import { loadNoticeList } from "@/server/reports/transcripts";
import { ExportLinks } from "@/ui/reports/export-links";
import { levelName, overallName, passName, trackName } from "@/ui/reports/labels";
import { PrintButton } from "@/ui/reports/print-button";
import { ReportPrintStyle } from "@/ui/reports/print-style";

// Admin only: the results list for the notice board (成绩公示): ticket number, name, pass/fail
// per component and overall. Never an ID number.
export default async function NoticePage({ params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params;
  await requirePageUser({ roles: ["ADMIN"], returnTo: `/admin/results/${sessionId}/notice` });
  const { t, locale } = await getTranslator();
  const { session, rows } = await loadNoticeList({ sessionId }).catch((e: unknown) => {
    if (toAppError(e).code === "NOT_FOUND") notFound();
    throw e;
  });
  const cell = "border border-slate-400 px-2 py-1";
  return (
    <div className="space-y-4">
      <ReportPrintStyle />
      <div className="no-print space-y-2">
        <h1 className="text-2xl font-bold">{t("reports.notice.title", { name: session.name })}</h1>
        <p className="text-sm text-slate-700">{t("reports.print.hint")}</p>
        {!session.resultsReleasedAt && <p className="text-sm text-amber-800">{t("reports.notReleased")}</p>}
        <div className="flex flex-wrap items-center gap-4">
          <PrintButton label={t("reports.print.button")} />
          <Link className="text-blue-700 underline" href={`/admin/results/${session.id}/transcripts`}>
            {t("reports.links.transcripts")}
          </Link>
        </div>
        <ExportLinks t={t} base={`/api/admin/results/${session.id}/export`} />
      </div>
      <section className="bg-white p-4" aria-labelledby="notice-heading">
        <h2 id="notice-heading" className="text-center text-2xl font-bold">
          {t("reports.notice.heading", { name: session.name })}
        </h2>
        <p className="mb-3 text-center text-sm">
          {t("reports.notice.levelTrack", { level: levelName(t, session.level), track: trackName(t, session.track) })} · {formatShanghai(session.startsAt, locale)}
        </p>
        {rows.length === 0 ? (
          <p>{t("reports.notice.empty")}</p>
        ) : (
          <table className="w-full border-collapse text-sm">
            <thead>
              <tr>
                <th scope="col" className={cell}>{t("reports.notice.col.seq")}</th>
                <th scope="col" className={cell}>{t("reports.notice.col.ticket")}</th>
                <th scope="col" className={cell}>{t("reports.notice.col.name")}</th>
                <th scope="col" className={cell}>{t("reports.mode.theory")}</th>
                <th scope="col" className={cell}>{t("reports.mode.skill")}</th>
                <th scope="col" className={cell}>{t("reports.notice.col.overall")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={r.candidateId}>
                  <td className={`${cell} text-right tabular-nums`}>{i + 1}</td>
                  <td className={`${cell} font-mono`}>{r.ticketNumber}</td>
                  <th scope="row" className={`${cell} text-left font-normal`}>{r.name}</th>
                  <td className={`${cell} text-center`}>{passName(t, r.theory?.passed)}</td>
                  <td className={`${cell} text-center`}>{passName(t, r.skill?.passed)}</td>
                  <td className={`${cell} text-center font-semibold`}>{overallName(t, r.overall)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p className="mt-3 text-sm">{t("reports.notice.count", { n: rows.length, passed: rows.filter((r) => r.overall === "pass").length })}</p>
        <p className="text-sm">{t("reports.passRule")}</p>
      </section>
    </div>
  );
}
