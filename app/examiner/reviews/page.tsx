import { requirePageUser } from "@/server/auth/session";
import { getTranslator } from "@/server/i18n";
import { listAssignedReviews } from "@/server/reviews/list-reviews";
import { ReviewTable } from "@/ui/reviews/review-table";

export const dynamic = "force-dynamic";

// Examiners: the skill score reviews assigned to me.
export default async function ExaminerReviewsPage() {
  const user = await requirePageUser({ roles: ["EXAMINER"], returnTo: "/examiner/reviews" });
  const { t, locale } = await getTranslator();
  const rows = await listAssignedReviews({ examinerId: user.id });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("review.mine.title")}</h1>
      <ReviewTable t={t} locale={locale} rows={rows} href={(id) => `/examiner/reviews/${id}`} caption={t("review.mine.title")} />
    </div>
  );
}
