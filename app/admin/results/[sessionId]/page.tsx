import { notFound } from "next/navigation";
import { requirePageUser } from "@/server/auth/session";
import { toAppError } from "@/server/errors";
import { formatShanghai } from "@/server/format";
import { getTranslator } from "@/server/i18n";
import { loadSessionResults } from "@/server/results/session-results";
import { getScoringRules } from "@/server/results/scoring-rules";
import { CorrectionForm, ReleaseForm } from "@/ui/results/admin-forms";
import { ScoringRulesForm } from "@/ui/results/rules-form";
import { ScoreDistribution } from "@/ui/results/score-distribution";
import { correctAction, releaseAction, scoringRulesAction } from "./actions";

export const dynamic = "force-dynamic";

export default async function SessionResultsPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params;
  await requirePageUser({ roles: ["ADMIN"], returnTo: `/admin/results/${sessionId}` });
  const { t, locale } = await getTranslator();
  const { session, rows } = await loadSessionResults({ sessionId }).catch((e: unknown) => {
    if (toAppError(e).code === "NOT_FOUND") notFound();
    throw e;
  });
  const rules = await getScoringRules({ sessionId });
  const ruleKeys = ["title", "help", "multipleRule", "multipleRule.all-or-nothing", "multipleRule.partial", "panelMethod", "panelMethod.mean", "panelMethod.median", "panelMethod.trimmed-mean", "adjudicationPercent", "heavyThreshold", "save", "saved"] as const;
  const score = (c: { display: string; passed: boolean } | null) => (c ? `${c.display}（${c.passed ? t("results.pass") : t("results.fail")}）` : t("results.none"));
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold">{t("results.admin.session", { name: session.name })}</h1>
      <p>{session.resultsReleasedAt ? t("results.admin.released", { time: formatShanghai(session.resultsReleasedAt, locale) }) : t("results.admin.notReleased")}</p>
      <p className="text-sm text-slate-700">{t("score.rule")}</p>
      <div className="grid items-start gap-4 xl:grid-cols-[minmax(0,1fr)_minmax(0,28rem)]">
      <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{t("results.admin.session", { name: session.name })}</caption>
        <thead>
          <tr className="bg-slate-100 text-left">
            {(["name", "ticket", "theory", "skill", "overall"] as const).map((c) => (
              <th key={c} scope="col" className="border px-2 py-1">
                {t(`results.admin.col.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.candidateId}>
              <td className="border px-2 py-1">{r.name}</td>
              <td className="border px-2 py-1 font-mono">{r.ticketNumber}</td>
              <td className="border px-2 py-1">{score(r.result.theory)}</td>
              <td className="border px-2 py-1">{score(r.result.skill)}</td>
              <td className="border px-2 py-1">{t(`results.overall.${r.result.overall}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
      <ScoreDistribution
        t={t}
        id="session-distribution"
        mode={session.mode === "skill" ? "skill" : "theory"}
        totals={rows.flatMap((r) => {
          const c = session.mode === "skill" ? r.result.skill : r.result.theory;
          return c ? [c.score] : [];
        })}
      />
      </div>
      {!session.resultsReleasedAt && <ReleaseForm sessionId={session.id} action={releaseAction} label={t("results.admin.release")} done={t("results.admin.releasedNow")} />}
      <section className="space-y-1">
        <h2 className="font-semibold">{t("results.admin.exports")}</h2>
        <p className="flex flex-wrap gap-4">
          <a className="text-blue-700 underline" href={`/api/admin/results/${session.id}/export?format=xlsx`}>
            XLSX
          </a>
          <a className="text-blue-700 underline" href={`/api/admin/results/${session.id}/export?format=csv`}>
            CSV
          </a>
          <a className="text-blue-700 underline" href={`/admin/results/${session.id}/notice`}>
            {t("reports.links.notice")}
          </a>
          <a className="text-blue-700 underline" href={`/admin/results/${session.id}/transcripts`}>
            {t("reports.links.transcripts")}
          </a>
          <a className="text-blue-700 underline" href={`/api/admin/results/${session.id}/transcripts/pdf`}>
            {t("reports.links.transcripts")}（PDF）
          </a>
        </p>
      </section>
      <ScoringRulesForm sessionId={session.id} rules={rules} action={scoringRulesAction} labels={Object.fromEntries(ruleKeys.map((k) => [k, t(`rules.${k}`)]))} />
      {session.mode === "skill" && rows.length > 0 && (
        <CorrectionForm
          sessionId={session.id}
          action={correctAction}
          candidates={rows.map((r) => ({ id: r.candidateId, name: r.name }))}
          tasks={rows[0]!.skillByTask.map((x) => ({ id: x.taskVersionId, title: x.title }))}
          labels={{
            title: t("results.admin.correct"),
            candidate: t("results.admin.correct.candidate"),
            task: t("results.admin.correct.task"),
            points: t("results.admin.correct.points"),
            reason: t("results.admin.correct.reason"),
            submit: t("results.admin.correct.submit"),
            done: t("results.admin.corrected").replace("{old} → {new}", "{change}"),
          }}
        />
      )}
    </div>
  );
}
