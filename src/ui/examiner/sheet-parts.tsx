// Parts of the examiners' scoring page: navigation between sheets (previous / next candidate,
// next task, next sheet to score) with the panel's progress, and the panel's scores after the
// examiner submitted (with adjudication for the chief).
import Link from "next/link";
import type { Translate } from "@/i18n";
import type { BlindSheet } from "@/server/skill/examiner/blind-view";
import { AdjudicateForm } from "@/ui/results/score-sheet";

const pts = (h: number | null) => (h === null ? "—" : (h / 100).toFixed(2).replace(/\.?0+$/, ""));
const link = "rounded border border-slate-300 px-3 py-1.5 text-blue-700 hover:bg-slate-100";

export function SheetNav({ t, sheet, href }: { t: Translate; sheet: BlindSheet; href: (code: string, task: string) => string }) {
  const { nav, progress } = sheet;
  const task = sheet.task.versionId;
  return (
    <nav aria-label={t("examiner.sheet.nav")} className="flex flex-wrap items-center gap-2 text-sm">
      {nav.prev && (
        <Link href={href(nav.prev, task)} className={link}>
          {t("examiner.sheet.prev", { code: nav.prev })}
        </Link>
      )}
      <span>{t("examiner.sheet.position", { position: nav.position, count: nav.count })}</span>
      {nav.next && (
        <Link href={href(nav.next, task)} className={link}>
          {t("examiner.sheet.next", { code: nav.next })}
        </Link>
      )}
      {nav.nextTask && (
        <Link href={href(sheet.candidate.code, nav.nextTask)} className={link}>
          {t("examiner.sheet.nextTask")}
        </Link>
      )}
      {nav.nextTodo && (
        <Link href={href(nav.nextTodo.code, nav.nextTodo.taskVersionId)} className={link}>
          {t("examiner.sheet.nextTodo")}
        </Link>
      )}
      <p aria-label={t("examiner.sheet.progress")} className="basis-full text-slate-700">
        {t("examiner.grid.progress", { task: sheet.task.title, ...progress })}
      </p>
    </nav>
  );
}

export function PanelTable({ t, sheet, sessionId, messages }: { t: Translate; sheet: BlindSheet; sessionId: string; messages: Record<string, string> }) {
  if (!sheet.others) return null;
  return (
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
          {sheet.isChief && <AdjudicateForm sessionId={sessionId} code={sheet.candidate.code} taskVersionId={sheet.task.versionId} maxPoints={sheet.task.points} messages={messages} />}
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
  );
}
