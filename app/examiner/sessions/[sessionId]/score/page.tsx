import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { messagesFor } from "@/i18n";
import { requirePageUser } from "@/server/auth/session";
import { toAppError } from "@/server/errors";
import { getTranslator } from "@/server/i18n";
import { getBlindSheet } from "@/server/skill/examiner/blind-view";
import { PanelTable, SheetNav } from "@/ui/examiner/sheet-parts";
import { WorkView } from "@/ui/examiner/work-view";
import { ScoreSheet } from "@/ui/results/score-sheet";

export const dynamic = "force-dynamic";
const Query = z.object({ code: z.string().min(1).max(16), task: z.string().min(1).max(64) });

// Examiners of the session's panel: one candidate's task, by the candidate's anonymous code
// (blind marking) — the handed-in work beside the rubric. Others' scores only after submitting.
export default async function ScorePage({ params, searchParams }: { params: Promise<{ sessionId: string }>; searchParams: Promise<Record<string, string>> }) {
  const { sessionId } = await params;
  const user = await requirePageUser({ roles: ["EXAMINER"], returnTo: `/examiner/sessions/${sessionId}` });
  const q = Query.safeParse(await searchParams);
  if (!q.success) notFound();
  const { t, locale } = await getTranslator();
  const sheet = await getBlindSheet({ caller: user, sessionId, code: q.data.code, taskVersionId: q.data.task }).catch((e: unknown) => {
    if (toAppError(e).code === "NOT_FOUND") notFound();
    throw e;
  });
  const messages = messagesFor(locale, ["results."]);
  const href = (code: string, task: string) => `/examiner/sessions/${sessionId}/score?code=${encodeURIComponent(code)}&task=${encodeURIComponent(task)}`;
  const next = sheet.nav.nextTodo ? href(sheet.nav.nextTodo.code, sheet.nav.nextTodo.taskVersionId) : null;
  const auto = Object.fromEntries(Object.entries(sheet.auto).map(([id, a]) => [id, { points: a.points, comment: t("examiner.sheet.autoComment", { met: a.met, total: a.total }) }]));
  const title = sheet.candidate.name
    ? t("examiner.sheet.titleNamed", { task: sheet.task.title, code: sheet.candidate.code, name: sheet.candidate.name, ticket: sheet.candidate.ticketNumber ?? "" })
    : t("examiner.sheet.title", { task: sheet.task.title, code: sheet.candidate.code });
  return (
    <div className="space-y-4">
      <p>
        <Link href={`/examiner/sessions/${sessionId}`} className="text-blue-700 underline">
          ← {sheet.session.name}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{title}</h1>
      <SheetNav t={t} sheet={sheet} href={href} />
      <div className="grid gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="space-y-3">
          <p className="whitespace-pre-wrap text-sm text-slate-700">{sheet.task.instructions}</p>
          <WorkView t={t} work={sheet.work} fileUrl={(id) => `/api/examiner/sessions/${sessionId}/files/${id}`} />
        </div>
        <section aria-label={t("results.sheet.points", { title: sheet.task.title, points: sheet.task.points })} className="space-y-4 lg:sticky lg:top-2 lg:self-start">
          {sheet.submitted && <p role="status">{t("results.sheet.submitted")}</p>}
          {!sheet.submitted && <p className="text-sm text-slate-600">{t("examiner.sheet.keys")}</p>}
          {Object.entries(sheet.auto).map(([id, a]) => {
            const c = sheet.task.rubric.find((r) => r.id === id)!;
            return (
              <p key={id} className="text-sm text-slate-700">
                {c.title}：{t("examiner.sheet.auto", { met: a.met, total: a.total, points: (a.points / 100).toFixed(2).replace(/\.?0+$/, "") })}
              </p>
            );
          })}
          <ScoreSheet
            key={`${sheet.candidate.code}:${sheet.task.versionId}`}
            sessionId={sessionId}
            code={sheet.candidate.code}
            taskVersionId={sheet.task.versionId}
            rubric={sheet.task.rubric}
            auto={auto}
            nextHref={next}
            heavyThreshold={sheet.session.heavyThreshold}
            initial={sheet.mine}
            submitted={sheet.submitted}
            messages={messages}
          />
          <PanelTable t={t} sheet={sheet} sessionId={sessionId} messages={messages} />
        </section>
      </div>
    </div>
  );
}
