import Link from "next/link";
import { requirePageUser } from "@/server/auth/session";
import { getTranslator } from "@/server/i18n";
import { listReviews, ReviewFilterSchema } from "@/server/reviews/list-reviews";
import { SelectFilter } from "@/ui/certificates/select-filter";
import { ReviewTable } from "@/ui/reviews/review-table";

export const dynamic = "force-dynamic";

// Admin only: every score review request, by state.
export default async function ReviewsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePageUser({ roles: ["ADMIN"], returnTo: "/admin/reviews" });
  const { t, locale } = await getTranslator();
  const q = await searchParams;
  const parsed = ReviewFilterSchema.safeParse({ status: q.status ?? "" });
  const rows = await listReviews({ filter: parsed.success ? parsed.data : {} });
  return (
    <div className="space-y-4">
      <p>
        <Link className="text-blue-700 underline" href="/admin/certificates">← {t("cert.title")}</Link>
      </p>
      <h1 className="text-2xl font-bold">{t("review.list.title")}</h1>
      <p className="text-sm">{t("review.list.help")}</p>
      <SelectFilter
        t={t}
        submit={t("candidates.filter.submit")}
        values={{ status: q.status }}
        fields={[{ name: "status", label: t("review.col.status"), options: (["submitted", "in_review", "upheld", "corrected"] as const).map((s) => ({ value: s, label: t(`review.status.${s}`) })) }]}
      />
      <ReviewTable t={t} locale={locale} rows={rows} href={(id) => `/admin/reviews/${id}`} caption={t("review.list.title")} />
    </div>
  );
}
