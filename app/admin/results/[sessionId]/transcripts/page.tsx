import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requirePageUser } from "@/server/auth/session";
import { toAppError } from "@/server/errors";
import { formatShanghai } from "@/server/format";
import { getTranslator } from "@/server/i18n";
import { loadTranscripts } from "@/server/reports/transcripts";
import { areaName, exact, levelName, overallName, passName, trackName } from "@/ui/reports/labels";
import { PrintButton } from "@/ui/reports/print-button";
import { ReportPrintStyle } from "@/ui/reports/print-style";

const Query = z.object({ candidateId: z.string().min(1).max(64).optional().catch(undefined) });

// Admin only: transcripts (成绩单), one candidate per A4 page (?candidateId= prints one), ready to
// print or save as PDF. The ID number is masked.
export default async function TranscriptsPage({ params, searchParams }: { params: Promise<{ sessionId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { sessionId } = await params;
  const { candidateId } = Query.parse(await searchParams);
  const returnTo = `/admin/results/${sessionId}/transcripts${candidateId ? `?candidateId=${encodeURIComponent(candidateId)}` : ""}`;
  await requirePageUser({ roles: ["ADMIN"], returnTo });
  const { t, locale } = await getTranslator();
  const { session, rows } = await loadTranscripts({ sessionId, candidateId }).catch((e: unknown) => {
    if (toAppError(e).code === "NOT_FOUND") notFound();
    throw e;
  });
  const cell = "border border-slate-400 px-2 py-1";
  const base = `/admin/results/${session.id}/transcripts`;
  return (
    <div className="space-y-6">
      <ReportPrintStyle />
      <div className="no-print space-y-2">
        <h1 className="text-2xl font-bold">{t("reports.transcript.title", { name: session.name })}</h1>
        <p className="text-sm text-slate-700">{t("reports.print.hint")}</p>
        {!session.resultsReleasedAt && <p className="text-sm text-amber-800">{t("reports.notReleased")}</p>}
        <div className="flex flex-wrap items-center gap-4">
          <PrintButton label={t("reports.print.button")} />
          {candidateId && (
            <Link className="text-blue-700 underline" href={base}>
              {t("reports.transcript.all")}
            </Link>
          )}
          <Link className="text-blue-700 underline" href={`/admin/results/${session.id}/notice`}>
            {t("reports.links.notice")}
          </Link>
        </div>
      </div>
      {rows.length === 0 && <p>{t("reports.transcript.empty")}</p>}
      {rows.map((r) => {
        const identity: Array<[string, string]> = [
          [t("reports.transcript.name"), r.name],
          [t("reports.transcript.idNumber"), r.idNumberMasked],
          [t("reports.transcript.ticket"), r.ticketNumber],
          [t("reports.transcript.level"), levelName(t, r.level)],
          [t("reports.transcript.track"), trackName(t, r.track)],
        ];
        const sessionLine = (s: { name: string; startsAt: Date } | null) => (s ? t("reports.transcript.sessionLine", { name: s.name, time: formatShanghai(s.startsAt, locale) }) : "");
        return (
          <article key={r.candidateId} className="print-sheet mx-auto max-w-3xl space-y-4 border border-slate-300 bg-white p-8" aria-label={t("reports.transcript.section", { name: r.name })}>
            <h2 className="text-center text-xl font-bold">{t("reports.transcript.heading")}</h2>
            <dl className="grid grid-cols-[7rem_1fr] gap-y-1">
              {identity.map(([k, v]) => (
                <div key={k} className="contents">
                  <dt className="font-semibold">{k}</dt>
                  <dd className={k === t("reports.transcript.ticket") ? "font-mono" : ""}>{v}</dd>
                </div>
              ))}
            </dl>

            <section className="avoid-break space-y-1" aria-labelledby={`th-${r.candidateId}`}>
              <h3 id={`th-${r.candidateId}`} className="font-semibold">
                {t("reports.mode.theory")}
              </h3>
              {r.theory.score === null ? (
                <p>{t("reports.transcript.noScore")}</p>
              ) : (
                <>
                  <p className="text-sm">{sessionLine(r.theory.session)}</p>
                  <table className="w-full border-collapse text-sm">
                    <thead>
                      <tr>
                        <th scope="col" className={`${cell} text-left`}>{t("reports.transcript.area")}</th>
                        <th scope="col" className={cell}>{t("reports.transcript.points")}</th>
                        <th scope="col" className={cell}>{t("reports.transcript.max")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {r.theory.byArea.map((a) => (
                        <tr key={a.area}>
                          <th scope="row" className={`${cell} text-left font-normal`}>{areaName(t, a.area)}</th>
                          <td className={`${cell} text-right tabular-nums`}>{exact(t, a.points)}</td>
                          <td className={`${cell} text-right tabular-nums`}>{exact(t, a.max)}</td>
                        </tr>
                      ))}
                    </tbody>
                    <tfoot>
                      <tr className="font-semibold">
                        <th scope="row" className={`${cell} text-left`}>{t("reports.transcript.total")}</th>
                        <td className={`${cell} text-right tabular-nums`}>{exact(t, r.theory.score)}</td>
                        <td className={`${cell} text-right tabular-nums`}>{exact(t, r.theory.byArea.reduce((sum, a) => sum + a.max, 0))}</td>
                      </tr>
                    </tfoot>
                  </table>
                  <p>
                    {t("reports.transcript.result")}: <strong>{passName(t, r.theory.passed)}</strong>
                  </p>
                </>
              )}
            </section>

            <section className="avoid-break space-y-1" aria-labelledby={`sk-${r.candidateId}`}>
              <h3 id={`sk-${r.candidateId}`} className="font-semibold">
                {t("reports.mode.skill")}
              </h3>
              {r.skill.score === null ? (
                <p>{t("reports.transcript.noScore")}</p>
              ) : (
                <>
                  <p className="text-sm">{sessionLine(r.skill.session)}</p>
                  <table className="w-full border-collapse text-sm">
                    <thead>
                      <tr>
                        <th scope="col" className={`${cell} text-left`}>{t("reports.transcript.task")}</th>
                        <th scope="col" className={cell}>{t("reports.transcript.points")}</th>
                        <th scope="col" className={cell}>{t("reports.transcript.max")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {r.skill.tasks.map((k) => (
                        <tr key={k.taskVersionId}>
                          <th scope="row" className={`${cell} text-left font-normal`}>{k.title}</th>
                          <td className={`${cell} text-right tabular-nums`}>{exact(t, k.points)}</td>
                          <td className={`${cell} text-right tabular-nums`}>{exact(t, k.max)}</td>
                        </tr>
                      ))}
                    </tbody>
                    <tfoot>
                      <tr className="font-semibold">
                        <th scope="row" className={`${cell} text-left`}>{t("reports.transcript.total")}</th>
                        <td className={`${cell} text-right tabular-nums`}>{exact(t, r.skill.score)}</td>
                        <td className={`${cell} text-right tabular-nums`}>{exact(t, r.skill.tasks.reduce((sum, k) => sum + k.max, 0))}</td>
                      </tr>
                    </tfoot>
                  </table>
                  <p>
                    {t("reports.transcript.result")}: <strong>{passName(t, r.skill.passed)}</strong>
                  </p>
                </>
              )}
            </section>

            <p className="border-t border-slate-400 pt-3 text-lg">
              {t("reports.transcript.overall")}: <strong>{overallName(t, r.overall)}</strong>
            </p>
            <p className="text-xs text-slate-700">
              {t("reports.passRule")} {t("reports.transcript.scoreNote")}
            </p>
            {!candidateId && (
              <p className="no-print text-sm">
                <Link className="text-blue-700 underline" href={`${base}?candidateId=${encodeURIComponent(r.candidateId)}`}>
                  {t("reports.transcript.one")}
                </Link>
              </p>
            )}
          </article>
        );
      })}
    </div>
  );
}
