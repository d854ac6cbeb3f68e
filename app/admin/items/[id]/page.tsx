import Link from "next/link";
import { notFound } from "next/navigation";
import { getItemReview } from "@/server/analytics/get-item-review";
import { requirePageUser } from "@/server/auth/session";
import { tagToCode } from "@/server/bank/item-input";
import { getItem } from "@/server/bank/get-item";
import { toAppError } from "@/server/errors";
import { formatShanghai } from "@/server/format";
import { getTranslator } from "@/server/i18n";
import { ReviewBanner } from "@/ui/analytics/review-banner";
import { itemEditorProps } from "@/ui/bank/editor-labels";
import { ItemEditor } from "@/ui/bank/item-editor";
import { RegradeForm } from "@/ui/bank/regrade-form";
import { regradeAction, saveItemAction } from "../actions";
import { markItemReviewedAction } from "../review-actions";

export default async function EditItemPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string; reviewed?: string }> }) {
  const { id } = await params;
  await requirePageUser({ roles: ["ADMIN"], returnTo: `/admin/items/${id}` });
  const { t, locale } = await getTranslator();
  const item = await getItem({ itemId: id }).catch((e: unknown) => {
    if (toAppError(e).code === "NOT_FOUND") notFound();
    throw e;
  });
  const { saved, reviewed } = await searchParams;
  const review = await getItemReview({ itemId: item.id });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">
        {t("item.edit.title")}（v{item.version}）
      </h1>
      <ReviewBanner
        t={t}
        itemId={item.id}
        flaggedAt={review?.reviewFlaggedAt ? formatShanghai(review.reviewFlaggedAt, locale) : null}
        reason={review?.reviewReason}
        reviewed={!!reviewed}
        back={`/admin/items/${item.id}`}
        action={markItemReviewedAction}
      />
      <p className="text-sm">
        <Link className="text-blue-700 underline" href={`/admin/analytics/items/${item.id}`}>
          {t("analytics.item.link")}
        </Link>
      </p>
      {saved && (
        <p role="status" className="rounded bg-green-50 px-3 py-2 text-green-900">
          {saved === "new-version" ? t("item.savedNewVersion", { version: item.version }) : t("item.saved")}
        </p>
      )}
      <ItemEditor action={saveItemAction} {...itemEditorProps(t)} item={{ ...item, tagCode: tagToCode(item.tag) }} />
      <RegradeForm
        action={regradeAction}
        itemVersionId={item.versionId}
        type={item.type}
        options={item.options}
        answer={item.answer}
        labels={{
          title: t("regrade.title"),
          help: t("regrade.help"),
          answer: t("regrade.answer"),
          reason: t("regrade.reason"),
          dryRun: t("regrade.dryRun"),
          apply: t("regrade.apply"),
          summary: t("regrade.summary"),
          applied: t("regrade.applied"),
          "col.name": t("regrade.col.name"),
          "col.before": t("regrade.col.before"),
          "col.after": t("regrade.col.after"),
          "col.delta": t("regrade.col.delta"),
          "col.pass": t("regrade.col.pass"),
        }}
      />
    </div>
  );
}
