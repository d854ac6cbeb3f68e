import { formatScoreExact } from "@/grading";
import type { Translate } from "@/i18n";
import type { getReviewDetail } from "@/server/reviews/get-review-detail";
import { ActionForm, type FormAction } from "../certificates/action-form";
import { scoreText, shanghaiDay } from "../certificates/labels";
import { SubmittedWork } from "./submitted-work";

type Detail = Awaited<ReturnType<typeof getReviewDetail>>;

/** The review workspace: the request, what the reviewer checks (theory sheet or skill panel), and the decision forms. */
export function ReviewDetail({ t, locale, d, start, decide }: { t: Translate; locale: string; d: Detail; start: FormAction; decide: FormAction }) {
  const r = d.review;
  const input = "mt-1 block w-full rounded border border-slate-300 px-2 py-1";
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold">{t("review.one.title", { name: d.candidate.name, part: t(`decision.part.${r.part}`) })}</h1>
      <dl className="grid max-w-2xl grid-cols-[9rem_1fr] gap-x-4 gap-y-1">
        {(
          [
            [t("review.col.candidate"), `${d.candidate.name}（${d.candidate.ticketNumber}）`],
            [t("review.col.session"), d.session.name],
            [t("review.col.status"), t(`review.status.${r.status}`)],
            [t("review.col.submittedAt"), shanghaiDay(r.submittedAt, locale)],
            [t("review.col.reason"), r.reason],
            [t("review.col.score"), scoreText(d.currentScore)],
            ...(r.outcome ? [[t("review.col.outcome"), r.outcome]] : []),
          ] as Array<[string, string]>
        ).map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="font-medium">{k}</dt>
            <dd className="whitespace-pre-wrap">{v}</dd>
          </div>
        ))}
      </dl>

      {d.theory && (
        <section aria-labelledby="sheet" className="space-y-2">
          <h2 id="sheet" className="text-lg font-semibold">{t("review.theory.sheet")}</h2>
          <p>{t("review.theory.totals", { stored: d.theory.storedTotal === null ? "—" : formatScoreExact(d.theory.storedTotal), rescored: d.theory.rescoredTotal === null ? "—" : formatScoreExact(d.theory.rescoredTotal) })}</p>
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">{t("review.theory.sheet")}</caption>
            <thead>
              <tr className="bg-slate-100 text-left">
                {(["number", "stem", "response", "key", "awarded", "rescored"] as const).map((c) => (
                  <th key={c} scope="col" className="border px-2 py-1">{t(`review.theory.col.${c}`)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {d.theory.items.map((i) => (
                <tr key={i.itemVersionId} className={i.awarded !== i.rescored ? "bg-amber-50" : i.correct ? undefined : "bg-red-50"}>
                  <td className="border px-2 py-1">{i.number}</td>
                  <td className="border px-2 py-1">{i.stem}</td>
                  <td className="border px-2 py-1 font-mono">{i.response.join("") || "—"}</td>
                  <td className="border px-2 py-1 font-mono">{i.key.join("")}</td>
                  <td className="border px-2 py-1">{formatScoreExact(i.awarded)} / {formatScoreExact(i.max)}</td>
                  <td className="border px-2 py-1">{formatScoreExact(i.rescored)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      {d.skill && (
        <section aria-labelledby="panel" className="space-y-4">
          <h2 id="panel" className="text-lg font-semibold">{t("review.skill.panel")}</h2>
          {d.skill.map((task) => (
            <article key={task.taskVersionId} className="space-y-2 rounded border border-slate-200 bg-white p-3">
              <h3 className="font-semibold">{t("review.skill.task", { title: task.title, points: task.points })}</h3>
              <SubmittedWork t={t} sessionId={d.session.id} candidateId={d.candidate.id} taskVersionId={task.taskVersionId} />
              <table className="w-full border-collapse text-sm">
                <caption className="sr-only">{task.title}</caption>
                <thead>
                  <tr className="bg-slate-100 text-left">
                    <th scope="col" className="border px-2 py-1">{t("review.skill.criterion")}</th>
                    {task.sheets.map((s) => (
                      <th key={s.examinerId} scope="col" className="border px-2 py-1">{s.name}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {task.rubric.map((c) => (
                    <tr key={c.id}>
                      <th scope="row" className="border px-2 py-1 text-left font-normal">{t("review.skill.criterionPoints", { title: c.title, points: c.points })}</th>
                      {task.sheets.map((s) => {
                        const x = s.scores.find((y) => y.criterionId === c.id);
                        return (
                          <td key={s.examinerId} className="border px-2 py-1">
                            {x ? formatScoreExact(x.points) : "—"}
                            {x?.comment ? `（${x.comment}）` : ""}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                  <tr>
                    <th scope="row" className="border px-2 py-1 text-left">{t("review.skill.total")}</th>
                    {task.sheets.map((s) => (
                      <td key={s.examinerId} className="border px-2 py-1 font-semibold">{formatScoreExact(s.total)}</td>
                    ))}
                  </tr>
                </tbody>
              </table>
              {task.result && (
                <p>
                  {t("review.skill.result", { aggregate: formatScoreExact(task.result.aggregate), final: task.result.final === null ? "—" : formatScoreExact(task.result.final), source: t(`review.source.${task.result.source === "adjudicated" || task.result.source === "corrected" ? task.result.source : "panel"}`) })}
                  {task.result.reason ? `：${task.result.reason}` : ""}
                </p>
              )}
            </article>
          ))}
        </section>
      )}

      {d.canDecide && r.status === "submitted" && (
        <ActionForm action={start} submit={t("review.start")} pending={t("cert.working")}>
          <input type="hidden" name="reviewId" value={r.id} />
        </ActionForm>
      )}
      {d.canDecide && r.status === "in_review" && (
        <ActionForm action={decide} submit={t("review.decide")} pending={t("cert.working")} className="max-w-2xl space-y-3 rounded border border-slate-200 bg-white p-4">
          <h2 className="text-lg font-semibold">{t("review.decision")}</h2>
          <input type="hidden" name="reviewId" value={r.id} />
          <fieldset className="space-y-1">
            <legend className="font-medium">{t("review.decision.choose")}</legend>
            <label className="flex items-center gap-2">
              <input type="radio" name="decision" value="uphold" defaultChecked /> {t("review.decision.uphold")}
            </label>
            <label className="flex items-center gap-2">
              <input type="radio" name="decision" value="correct" /> {t(r.part === "theory" ? "review.decision.correctTheory" : "review.decision.correctSkill")}
            </label>
          </fieldset>
          {d.skill?.map((task) => (
            <label key={task.taskVersionId} className="block">
              {t("review.decision.taskPoints", { title: task.title, points: task.points })}
              <input name={`task:${task.taskVersionId}`} type="number" min={0} max={task.points} step="0.01" defaultValue={task.result?.final === null || !task.result ? "" : String(task.result.final / 100)} className={input} />
            </label>
          ))}
          <label className="block">
            {t("review.decision.outcome")}
            <textarea name="outcome" required minLength={2} maxLength={1000} rows={3} className={input} />
          </label>
        </ActionForm>
      )}
    </div>
  );
}
