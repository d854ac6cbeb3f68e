import Link from "next/link";
import { notFound } from "next/navigation";
import { getSessionAnalysis } from "@/server/analytics/get-session-analysis";
import { requirePageUser } from "@/server/auth/session";
import { toAppError } from "@/server/errors";
import { getTranslator } from "@/server/i18n";
import { paperHeading } from "@/ui/analytics/paper-heading";
import { AreaTable, ScoreHistogram, TestSummary } from "@/ui/analytics/test-view";

export const dynamic = "force-dynamic";

// Admin only: test analysis of a theory session, per paper.
export default async function SessionTestPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params;
  await requirePageUser({ roles: ["ADMIN"], returnTo: `/admin/analytics/sessions/${sessionId}/test` });
  const { t } = await getTranslator();
  const { session, papers } = await getSessionAnalysis({ sessionId }).catch((e: unknown) => {
    if (toAppError(e).code === "NOT_FOUND") notFound();
    throw e;
  });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("analytics.test.title", { name: session.name })}</h1>
      <nav className="flex flex-wrap gap-4 text-sm">
        <Link className="text-blue-700 underline" href={`/admin/analytics/sessions/${session.id}/items`}>
          {t("analytics.link.items")}
        </Link>
        <a className="text-blue-700 underline" href={`/api/admin/analytics/sessions/${session.id}/export?view=test`} download>
          {t("analytics.export")}
        </a>
        <Link className="text-blue-700 underline" href="/admin/analytics">
          {t("analytics.link.index")}
        </Link>
      </nav>
      {papers.length === 0 && <p>{t("analytics.noAttempts")}</p>}
      {papers.map((p) => (
        <section key={p.paperId} className="space-y-4 border-t border-slate-300 pt-4" aria-labelledby={`paper-${p.paperId}`}>
          <h2 id={`paper-${p.paperId}`} className="text-xl font-semibold">
            {paperHeading(t, p)}
          </h2>
          <div className="grid gap-6 lg:grid-cols-2">
            <TestSummary t={t} caption={t("analytics.test.summary")} test={p.test} />
            <ScoreHistogram t={t} id={`hist-${p.paperId}`} test={p.test} />
          </div>
          <p className="text-sm text-slate-700">{t("analytics.test.areas.help")}</p>
          <AreaTable t={t} caption={t("analytics.test.areas")} areas={p.areas} />
        </section>
      ))}
    </div>
  );
}
