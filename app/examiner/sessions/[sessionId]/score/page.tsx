import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { messagesFor } from "@/i18n";
import { requirePageUser } from "@/server/auth/session";
import { toAppError } from "@/server/errors";
import { getTranslator } from "@/server/i18n";
import { getScoringSheet } from "@/server/results/skill-panel";
import { AdjudicateForm, ScoreSheet } from "@/ui/results/score-sheet";

export const dynamic = "force-dynamic";
const Query = z.object({ candidateId: z.string().min(1).max(64), taskVersionId: z.string().min(1).max(64) });
const pts = (h: number | null) => (h === null ? "—" : (h / 100).toFixed(2).replace(/\.?0+$/, ""));

// Examiners of the session's panel: one candidate's task. Others' scores only after submitting.
export default async function ScorePage({ params, searchParams }: { params: Promise<{ sessionId: string }>; searchParams: Promise<Record<string, string>> }) {
  const { sessionId } = await params;
  const user = await requirePageUser({ roles: ["EXAMINER"], returnTo: `/examiner/sessions/${sessionId}` });
  const q = Query.safeParse(await searchParams);
  if (!q.success) notFound();
  const { t, locale } = await getTranslator();
  const sheet = await getScoringSheet({ caller: user, sessionId, ...q.data }).catch((e: unknown) => {
    if (toAppError(e).code === "NOT_FOUND") notFound();
    throw e;
  });
  const messages = messagesFor(locale, ["results."]);
  return (
    <div className="max-w-3xl space-y-4">
      <p>
        <Link href={`/examiner/sessions/${sessionId}`} className="text-blue-700 underline">
          ← {sheet.session.name}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t("results.sheet.title", { task: sheet.task.title, name: sheet.candidate.name, ticket: sheet.candidate.ticketNumber })}</h1>
      <p className="whitespace-pre-wrap text-sm text-slate-700">{sheet.task.instructions}</p>
      {sheet.submitted && <p role="status">{t("results.sheet.submitted")}</p>}
      <ScoreSheet
        sessionId={sessionId}
        candidateId={sheet.candidate.id}
        taskVersionId={sheet.task.versionId}
        rubric={sheet.task.rubric}
        heavyThreshold={sheet.session.heavyThreshold}
        initial={sheet.mine}
        submitted={sheet.submitted}
        messages={messages}
      />
      {sheet.others && (
        <section aria-labelledby="panel" className="space-y-2">
          <h2 id="panel" className="text-xl font-semibold">
            {t("results.sheet.panel")}
          </h2>
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">{t("results.sheet.panel")}</caption>
            <thead>
              <tr className="bg-slate-100 text-left">
                <th scope="col" className="border px-2 py-1">
                  {t("results.sheet.examiner")}
                </th>
                {sheet.task.rubric.map((c) => (
                  <th key={c.id} scope="col" className="border px-2 py-1">
                    {c.title}
                  </th>
                ))}
                <th scope="col" className="border px-2 py-1">
                  Σ
                </th>
              </tr>
            </thead>
            <tbody>
              {sheet.others.map((o) => (
                <tr key={o.examinerId}>
                  <th scope="row" className="border px-2 py-1 text-left font-normal">
                    {o.name}
                  </th>
                  {sheet.task.rubric.map((c) => (
                    <td key={c.id} className="border px-2 py-1">
                      {pts(o.scores.find((s) => s.criterionId === c.id)?.points ?? null)}
                    </td>
                  ))}
                  <td className="border px-2 py-1">{pts(o.total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {!sheet.result && <p>{t("results.sheet.waiting", { submitted: sheet.others.length, total: sheet.examinerCount })}</p>}
          {sheet.result && <p>{t("results.sheet.aggregate", { points: pts(sheet.result.aggregate) })}</p>}
          {sheet.result?.status === "awaiting-adjudication" && (
            <>
              <p role="alert" className="rounded border border-amber-300 bg-amber-50 px-3 py-2">
                {t("results.sheet.awaiting")}
              </p>
              {sheet.isChief && <AdjudicateForm sessionId={sessionId} candidateId={sheet.candidate.id} taskVersionId={sheet.task.versionId} maxPoints={sheet.task.points} messages={messages} />}
            </>
          )}
          {sheet.result?.status === "final" && (
            <p role="status" className="font-semibold">
              {sheet.result.source === "adjudicated"
                ? t("results.sheet.adjudicated", { points: pts(sheet.result.final), reason: sheet.result.reason ?? "" })
                : t("results.sheet.final", { points: pts(sheet.result.final) })}
            </p>
          )}
        </section>
      )}
    </div>
  );
}
