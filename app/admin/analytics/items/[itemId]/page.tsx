import Link from "next/link";
import { notFound } from "next/navigation";
import { getItemAnalysis } from "@/server/analytics/get-item-analysis";
import { requirePageUser } from "@/server/auth/session";
import { toAppError } from "@/server/errors";
import { formatShanghai } from "@/server/format";
import { getTranslator } from "@/server/i18n";
import { cell, FigureCell, num } from "@/ui/analytics/figure-cell";
import { DistractorTable, FlagLegend } from "@/ui/analytics/items-view";
import { ReviewBanner } from "@/ui/analytics/review-banner";
import { markItemReviewedAction } from "../../../items/review-actions";

export const dynamic = "force-dynamic";

// Admin only: one bank item across every session that used it.
export default async function ItemAnalysisPage({ params, searchParams }: { params: Promise<{ itemId: string }>; searchParams: Promise<{ reviewed?: string }> }) {
  const { itemId } = await params;
  await requirePageUser({ roles: ["ADMIN"], returnTo: `/admin/analytics/items/${itemId}` });
  const { t, locale } = await getTranslator();
  const view = await getItemAnalysis({ itemId }).catch((e: unknown) => {
    if (toAppError(e).code === "NOT_FOUND") notFound();
    throw e;
  });
  const { reviewed } = await searchParams;
  const cols = ["session", "paper", "version", "n"] as const;
  const figureCols = ["facility", "sd", "di", "de", "ew", "ul", "flags"] as const;
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold">{t("analytics.item.title", { stem: view.item.stem.length > 40 ? `${view.item.stem.slice(0, 40)}…` : view.item.stem })}</h1>
      <p className="text-sm text-slate-700">{t("analytics.item.help")}</p>
      <nav className="flex flex-wrap gap-4 text-sm">
        <Link className="text-blue-700 underline" href={`/admin/items/${view.item.id}`}>
          {t("analytics.item.back")}
        </Link>
        <a className="text-blue-700 underline" href={`/api/admin/analytics/items/${view.item.id}/export`} download>
          {t("analytics.export")}
        </a>
        <Link className="text-blue-700 underline" href="/admin/analytics">
          {t("analytics.link.index")}
        </Link>
      </nav>
      <ReviewBanner
        t={t}
        itemId={view.item.id}
        flaggedAt={view.item.reviewFlaggedAt ? formatShanghai(view.item.reviewFlaggedAt, locale) : null}
        reason={view.item.reviewReason}
        reviewed={!!reviewed}
        back={`/admin/analytics/items/${view.item.id}`}
        action={markItemReviewedAction}
      />
      <FlagLegend t={t} />
      {view.sessions.length === 0 ? (
        <p>{t("analytics.item.none")}</p>
      ) : (
        <>
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-sm">
              <caption className="text-left font-semibold">{t("analytics.item.sessions")}</caption>
              <thead>
                <tr className="bg-slate-100">
                  {cols.map((c) => (
                    <th key={c} scope="col" className={cell}>
                      {t(`analytics.item.col.${c}`)}
                    </th>
                  ))}
                  {figureCols.map((c) => (
                    <th key={c} scope="col" className={cell}>
                      {t(`analytics.items.col.${c}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {view.sessions.map((r) => {
                  const a = r.item.analysis;
                  return (
                    <tr key={`${r.sessionId}-${r.item.versionId}`}>
                      <th scope="row" className={`${cell} text-left font-normal`}>
                        <Link className="text-blue-700 underline" href={`/admin/analytics/sessions/${r.sessionId}/items`}>
                          {r.sessionName}
                        </Link>
                      </th>
                      <td className={cell}>{r.paperName}</td>
                      <td className={num}>v{r.item.version}</td>
                      <td className={num}>{a.n}</td>
                      <FigureCell t={t} f={a.facility} digits={2} />
                      <FigureCell t={t} f={a.sd} digits={2} />
                      <FigureCell t={t} f={a.discriminationIndex} digits={1} />
                      <FigureCell t={t} f={a.discriminativeEfficiency} digits={1} />
                      <FigureCell t={t} f={a.effectiveWeight} digits={1} suffix="%" />
                      <td className={num}>{a.upperLower ? a.upperLower.d.toFixed(2) : "—"}</td>
                      <td className={cell}>{a.flags.map((f) => t(`analytics.flag.${f}`)).join("、")}</td>
                    </tr>
                  );
                })}
                <tr className="bg-slate-50">
                  <th scope="row" colSpan={3} className={`${cell} text-left`}>
                    {t("analytics.item.pooled")}
                  </th>
                  <td className={num}>{view.pooled.n}</td>
                  <FigureCell t={t} f={view.pooled.facility} digits={2} />
                  <td className={cell} />
                  <FigureCell t={t} f={view.pooled.discriminationIndex} digits={1} />
                  <td className={cell} colSpan={4} />
                </tr>
              </tbody>
            </table>
          </div>
          {view.sessions.map((r) => (
            <DistractorTable key={`d-${r.sessionId}-${r.item.versionId}`} t={t} caption={`${t("analytics.distractors.title")}：${r.sessionName}（${r.paperName}）`} items={[r.item]} />
          ))}
        </>
      )}
    </div>
  );
}
