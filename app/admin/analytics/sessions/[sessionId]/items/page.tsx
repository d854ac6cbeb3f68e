import Link from "next/link";
import { notFound } from "next/navigation";
import { getSessionAnalysis } from "@/server/analytics/get-session-analysis";
import { requirePageUser } from "@/server/auth/session";
import { toAppError } from "@/server/errors";
import { getTranslator } from "@/server/i18n";
import { DistractorTable, FlagLegend, ItemTable, PaperItemMap } from "@/ui/analytics/items-view";
import { paperHeading } from "@/ui/analytics/paper-heading";
import { flagItemAction } from "../../../actions";

export const dynamic = "force-dynamic";

// Admin only: item analysis of a theory session, per paper (A/B forms analysed separately).
export default async function SessionItemsPage({ params, searchParams }: { params: Promise<{ sessionId: string }>; searchParams: Promise<{ flagged?: string }> }) {
  const { sessionId } = await params;
  await requirePageUser({ roles: ["ADMIN"], returnTo: `/admin/analytics/sessions/${sessionId}/items` });
  const { t } = await getTranslator();
  const { session, papers } = await getSessionAnalysis({ sessionId }).catch((e: unknown) => {
    if (toAppError(e).code === "NOT_FOUND") notFound();
    throw e;
  });
  const { flagged } = await searchParams;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("analytics.items.title", { name: session.name })}</h1>
      <p className="text-sm text-slate-700">{t("analytics.items.help")}</p>
      {flagged && (
        <p role="status" className="rounded bg-green-50 px-3 py-2 text-green-900">
          {t("analytics.items.flagged")}
        </p>
      )}
      <nav className="flex flex-wrap gap-4 text-sm">
        <Link className="text-blue-700 underline" href={`/admin/analytics/sessions/${session.id}/test`}>
          {t("analytics.link.test")}
        </Link>
        <a className="text-blue-700 underline" href={`/api/admin/analytics/sessions/${session.id}/export?view=items`} download>
          {t("analytics.export")}
        </a>
        <Link className="text-blue-700 underline" href="/admin/analytics">
          {t("analytics.link.index")}
        </Link>
      </nav>
      <FlagLegend t={t} />
      {papers.length === 0 && <p>{t("analytics.noAttempts")}</p>}
      {papers.map((p) => (
        <section key={p.paperId} className="space-y-4 border-t border-slate-300 pt-4" aria-labelledby={`paper-${p.paperId}`}>
          <h2 id={`paper-${p.paperId}`} className="text-xl font-semibold">
            {paperHeading(t, p)}
          </h2>
          <PaperItemMap t={t} id={`map-${p.paperId}`} items={p.items} />
          <ItemTable t={t} caption={t("analytics.link.items")} items={p.items} sessionId={session.id} flagAction={flagItemAction} />
          <h3 className="text-lg font-semibold">{t("analytics.distractors.title")}</h3>
          <p className="text-sm text-slate-700">{t("analytics.distractors.help")}</p>
          <DistractorTable t={t} caption={t("analytics.distractors.title")} items={p.items} />
        </section>
      ))}
    </div>
  );
}
