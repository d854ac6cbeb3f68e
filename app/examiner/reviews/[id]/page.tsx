import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/server/auth/session";
import { toAppError } from "@/server/errors";
import { getTranslator } from "@/server/i18n";
import { getReviewDetail } from "@/server/reviews/get-review-detail";
import { ReviewDetail } from "@/ui/reviews/review-detail";
import { decideReviewAction, startReviewAction } from "../../../admin/reviews/actions";

export const dynamic = "force-dynamic";

// Examiners: a skill review assigned to me — the panel's scores, the submitted work, the decision.
export default async function ExaminerReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser({ roles: ["EXAMINER"], returnTo: `/examiner/reviews/${id}` });
  const { t, locale } = await getTranslator();
  const d = await getReviewDetail({ caller: { id: user.id, roles: user.roles.filter((r) => r !== "ADMIN") }, reviewId: id }).catch((e: unknown) => {
    if (toAppError(e).code === "NOT_FOUND") notFound();
    throw e;
  });
  return (
    <div className="space-y-5">
      <p>
        <Link className="text-blue-700 underline" href="/examiner/reviews">← {t("review.mine.title")}</Link>
      </p>
      <ReviewDetail t={t} locale={locale} d={d} start={startReviewAction} decide={decideReviewAction} />
    </div>
  );
}
