import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/server/auth/session";
import { toAppError } from "@/server/errors";
import { getTranslator } from "@/server/i18n";
import { getReviewDetail } from "@/server/reviews/get-review-detail";
import { eligibleSkillReviewers } from "@/server/reviews/start-review";
import { ActionForm } from "@/ui/certificates/action-form";
import { ReviewDetail } from "@/ui/reviews/review-detail";
import { assignReviewerAction, decideReviewAction, startReviewAction } from "../actions";

export const dynamic = "force-dynamic";

// Admin only: one review — theory: decided here; skill: assign the reviewer, follow the review.
export default async function AdminReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser({ roles: ["ADMIN"], returnTo: `/admin/reviews/${id}` });
  const { t, locale } = await getTranslator();
  const d = await getReviewDetail({ caller: user, reviewId: id }).catch((e: unknown) => {
    if (toAppError(e).code === "NOT_FOUND") notFound();
    throw e;
  });
  const reviewers = d.review.part === "skill" && d.review.status === "submitted" ? await eligibleSkillReviewers({ reviewId: id }) : [];
  return (
    <div className="space-y-5">
      <p>
        <Link className="text-blue-700 underline" href="/admin/reviews">← {t("review.list.title")}</Link>
      </p>
      <ReviewDetail t={t} locale={locale} d={d} start={startReviewAction} decide={decideReviewAction} />
      {d.review.part === "skill" && (
        <section aria-labelledby="assign" className="max-w-xl space-y-2 rounded border border-slate-200 bg-white p-3">
          <h2 id="assign" className="font-semibold">{t("review.assign.title")}</h2>
          <p className="text-sm">{t("review.assign.help")}</p>
          {d.review.status === "submitted" ? (
            <ActionForm action={assignReviewerAction} submit={t("review.assign.submit")} pending={t("cert.working")}>
              <input type="hidden" name="reviewId" value={d.review.id} />
              <label className="block">
                {t("review.assign.reviewer")}
                <select name="reviewerId" defaultValue={d.review.reviewerId ?? ""} className="mt-1 block w-full rounded border border-slate-300 px-2 py-1">
                  {reviewers.map((r) => (
                    <option key={r.id} value={r.id}>
                      {r.name}
                      {r.chief ? `（${t("review.assign.chief")}）` : ""}
                    </option>
                  ))}
                </select>
              </label>
            </ActionForm>
          ) : (
            <p>{t("review.assign.locked")}</p>
          )}
        </section>
      )}
    </div>
  );
}
