import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/server/auth/session";
import { toAppError } from "@/server/errors";
import { getTranslator } from "@/server/i18n";
import { getBlindGrid, taskProgress } from "@/server/skill/examiner/blind-view";
import { FinalizeForm } from "@/ui/results/finalize-form";
import { finalizeAction } from "./actions";

export const dynamic = "force-dynamic";

// Examiners of the session's panel: every candidate (by anonymous code until results are
// released) × task with my and the panel's state, and the panel's progress per task.
export default async function ExaminerSessionPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params;
  const user = await requirePageUser({ roles: ["EXAMINER"], returnTo: `/examiner/sessions/${sessionId}` });
  const { t } = await getTranslator();
  const grid = await getBlindGrid({ caller: user, sessionId }).catch((e: unknown) => {
    if (toAppError(e).code === "NOT_FOUND") notFound();
    throw e;
  });
  const href = (code: string, task: string) => `/examiner/sessions/${sessionId}/score?code=${encodeURIComponent(code)}&task=${encodeURIComponent(task)}`;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("results.grid.title", { name: grid.session.name })}</h1>
      {grid.isChief && <p>{t("results.grid.chief")}</p>}
      <p className="text-sm text-slate-700">{grid.revealed ? t("examiner.grid.revealed") : t("examiner.grid.blind")}</p>
      <ul aria-label={t("examiner.sheet.progress")} className="space-y-1 text-sm">
        {grid.tasks.map((task) => (
          <li key={task.versionId}>{t("examiner.grid.progress", { task: task.title, ...taskProgress(grid, task.versionId) })}</li>
        ))}
      </ul>
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{t("results.grid.title", { name: grid.session.name })}</caption>
        <thead>
          <tr className="bg-slate-100 text-left">
            <th scope="col" className="border px-2 py-1">
              {t("examiner.grid.code")}
            </th>
            {grid.tasks.map((task) => (
              <th key={task.versionId} scope="col" className="border px-2 py-1">
                {task.title}（{task.points}）
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.candidates.map((c) => (
            <tr key={c.code}>
              <th scope="row" className="border px-2 py-1 text-left font-normal">
                {c.code}
                {c.name && `（${c.name}，${c.ticketNumber}）`}
              </th>
              {c.tasks.map((cell) => {
                const task = grid.tasks.find((x) => x.versionId === cell.versionId)!;
                return (
                  <td key={cell.versionId} className="border px-2 py-1">
                    <Link href={href(c.code, cell.versionId)} className="text-blue-700 underline" aria-label={t("examiner.grid.score", { code: c.code, task: task.title })}>
                      {cell.mine ? t("results.grid.mine.done") : t("results.grid.mine.todo")}
                    </Link>
                    <div className="text-xs text-slate-600">{t("results.grid.panel", { submitted: cell.submitted, total: grid.examinerCount })}</div>
                    {cell.status && <div className="text-xs">{t(`results.grid.status.${cell.status as "final"}`)}</div>}
                    {cell.locked && <div className="text-xs text-green-800">{t("results.grid.locked")}</div>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {grid.isChief && <FinalizeForm sessionId={sessionId} action={finalizeAction} label={t("results.finalize")} done={t("results.finalized")} />}
    </div>
  );
}
