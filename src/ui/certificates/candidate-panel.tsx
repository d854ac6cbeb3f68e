import type { Translate } from "@/i18n";
import { getCandidateDecision } from "@/server/decisions/get-candidate-decision";
import { listNotifications } from "@/server/notifications/list-notifications";
import { listMyReviews } from "@/server/reviews/list-reviews";
import { markReadAction, requestReviewAction } from "../../../app/candidate/actions";
import { ActionForm } from "./action-form";
import { DecisionView } from "./decision-view";
import { scoreText, shanghaiDay } from "./labels";
import { formatShanghai } from "@/server/format";

/**
 * The candidate's own part of the home page for results after release: notifications, the
 * overall decision with its history, certificates (with the public verification link), review
 * requests and their states, and the request form for each reviewable sitting. Scoped to the
 * signed-in candidate by the caller (page) passing their own ids.
 */
export async function CandidatePanel({ t, locale, userId, candidateId }: { t: Translate; locale: string; userId: string; candidateId: string }) {
  const now = new Date();
  const [notes, d, reviews] = await Promise.all([listNotifications({ userId }), getCandidateDecision({ candidateId, now }), listMyReviews({ candidateId })]);
  const input = "mt-1 block w-full rounded border border-slate-300 px-2 py-1";
  const reviewable = d.decision.history.filter((h) => h.reviewable);
  return (
    <>
      <section aria-labelledby="notifications" className="space-y-2">
        <h2 id="notifications" className="text-xl font-semibold">{t("notifications.title")}</h2>
        {notes.length === 0 ? (
          <p className="text-slate-600">{t("notifications.none")}</p>
        ) : (
          <>
            <ul className="space-y-1">
              {notes.map((n) => (
                <li key={n.id} className={n.read ? "text-slate-600" : "font-medium"}>
                  {formatShanghai(n.at, locale)}　{t(`notifications.${n.kind}`, n.params)}
                  {n.read ? "" : `（${t("notifications.unread")}）`}
                </li>
              ))}
            </ul>
            {notes.some((n) => !n.read) && <ActionForm action={markReadAction} submit={t("notifications.markRead")} pending={t("cert.working")} />}
          </>
        )}
      </section>
      <section aria-labelledby="my-decision" className="space-y-2">
        <h2 id="my-decision" className="text-xl font-semibold">{t("decision.mine")}</h2>
        <DecisionView t={t} locale={locale} level={d.candidate.level} track={d.candidate.track} decision={d.decision} headingId="my-decision" />
        {d.certificates.map((c) => (
          <p key={c.id}>
            {t("decision.mine.certificate", { number: c.number, date: shanghaiDay(c.issuedAt, locale), status: t(`cert.status.${c.status === "revoked" ? "revoked" : "valid"}`) })}{" "}
            <a className="text-blue-700 underline" href={`/verify/${encodeURIComponent(c.number)}`}>{t("decision.mine.verify")}</a>
          </p>
        ))}
      </section>
      <section aria-labelledby="my-reviews" className="space-y-2">
        <h2 id="my-reviews" className="text-xl font-semibold">{t("review.my.title")}</h2>
        {reviews.length === 0 ? (
          <p className="text-slate-600">{t("review.my.none")}</p>
        ) : (
          <ul className="space-y-1">
            {reviews.map((r) => (
              <li key={r.id}>
                {t("review.my.line", { session: r.session.name, part: t(`decision.part.${r.part}`), status: t(`review.status.${r.status}`) })}
                {r.status === "corrected" || r.status === "upheld" ? `：${t("review.my.result", { old: scoreText(r.oldScore), new: scoreText(r.newScore), outcome: r.outcome ?? "" })}` : ""}
              </li>
            ))}
          </ul>
        )}
        {reviewable.length > 0 && (
          <ActionForm action={requestReviewAction} submit={t("review.request.submit")} pending={t("cert.working")} className="max-w-xl space-y-2 rounded border border-slate-200 bg-white p-3">
            <h3 className="font-semibold">{t("review.request.title")}</h3>
            <label className="block">
              {t("review.request.session")}
              <select name="sessionId" className={input}>
                {reviewable.map((h) => (
                  <option key={h.sessionId} value={h.sessionId}>
                    {t("review.request.option", { session: h.name, part: t(`decision.part.${h.mode}`), score: scoreText(h.score), until: h.reviewClosesAt ? formatShanghai(h.reviewClosesAt, locale) : "" })}
                  </option>
                ))}
              </select>
            </label>
            <label className="block">
              {t("review.request.reason")}
              <textarea name="reason" required minLength={5} maxLength={1000} rows={3} className={input} />
            </label>
          </ActionForm>
        )}
      </section>
    </>
  );
}
