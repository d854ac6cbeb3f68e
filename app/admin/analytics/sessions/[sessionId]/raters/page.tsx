import Link from "next/link";
import { notFound } from "next/navigation";
import { getRaterAnalysis, type RaterGroup } from "@/server/analytics/get-rater-analysis";
import { requirePageUser } from "@/server/auth/session";
import { toAppError } from "@/server/errors";
import { getTranslator } from "@/server/i18n";
import type { Translate } from "@/i18n";
import { AgreementTable, ExaminerTable } from "@/ui/analytics/raters-view";

export const dynamic = "force-dynamic";

function Group({ t, id, heading, group }: { t: Translate; id: string; heading: string; group: RaterGroup }) {
  const threshold = group.severityThreshold.toFixed(2).replace(/\.?0+$/, "");
  return (
    <section className="space-y-3 border-t border-slate-300 pt-4" aria-labelledby={id}>
      <h2 id={id} className="text-xl font-semibold">
        {heading}
      </h2>
      <p className="text-sm">{t("analytics.raters.counts", { targets: group.targets, ratings: group.ratings, complete: group.icc.completeTargets })}</p>
      <AgreementTable t={t} caption={t("analytics.raters.agreement")} group={group} />
      <p className="text-sm text-slate-700">
        {t("analytics.raters.examiners.help", { threshold: t(`analytics.raters.unit.${group.unit}`, { value: threshold }) })}
      </p>
      <ExaminerTable t={t} caption={t("analytics.raters.examiners")} group={group} />
    </section>
  );
}

// Admin only: rater agreement of a skill session, for the whole session and per task.
export default async function SessionRatersPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params;
  await requirePageUser({ roles: ["ADMIN"], returnTo: `/admin/analytics/sessions/${sessionId}/raters` });
  const { t } = await getTranslator();
  const analysis = await getRaterAnalysis({ sessionId }).catch((e: unknown) => {
    if (toAppError(e).code === "NOT_FOUND") notFound();
    throw e;
  });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("analytics.raters.title", { name: analysis.session.name })}</h1>
      <p className="text-sm text-slate-700">{t("analytics.raters.help")}</p>
      <nav className="flex flex-wrap gap-4 text-sm">
        <a className="text-blue-700 underline" href={`/api/admin/analytics/sessions/${analysis.session.id}/export?view=raters`} download>
          {t("analytics.export")}
        </a>
        <Link className="text-blue-700 underline" href="/admin/analytics">
          {t("analytics.link.index")}
        </Link>
      </nav>
      {analysis.overall.ratings === 0 ? (
        <p>{t("analytics.raters.noTasks")}</p>
      ) : (
        <>
          <Group t={t} id="overall" heading={t("analytics.raters.overall")} group={analysis.overall} />
          {analysis.tasks.map((g) => (
            <Group key={g.task!.versionId} t={t} id={`task-${g.task!.versionId}`} heading={t("analytics.raters.task", { title: g.task!.title, duty: g.task!.duty, points: g.task!.points })} group={g} />
          ))}
        </>
      )}
    </div>
  );
}
