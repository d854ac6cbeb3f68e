// An item's review state (from an item-analysis flag): when under review, what flagged it and a
// form to mark it reviewed; after that, a confirmation.
import type { Translate } from "@/i18n";
import { ITEM_FLAGS, type ItemFlag } from "@/grading/analytics";

type ReasonEntry = { flags?: unknown };

/** The distinct flags recorded in Item.reviewReason (an array of { flags, sessionId, at, by }). */
export function recordedFlags(reason: unknown): ItemFlag[] {
  const entries = Array.isArray(reason) ? (reason as ReasonEntry[]) : [];
  const seen = new Set(entries.flatMap((e) => (Array.isArray(e.flags) ? e.flags : [])));
  return ITEM_FLAGS.filter((f) => seen.has(f));
}

export function ReviewBanner({
  t,
  itemId,
  flaggedAt,
  reason,
  reviewed,
  back,
  action,
}: {
  t: Translate;
  itemId: string;
  flaggedAt: string | null;
  reason: unknown;
  reviewed: boolean;
  back: string;
  action: (form: FormData) => Promise<void>;
}) {
  if (!flaggedAt)
    return reviewed ? (
      <p role="status" className="rounded bg-green-50 px-3 py-2 text-green-900">
        {t("analytics.review.doneMessage")}
      </p>
    ) : null;
  const flags = recordedFlags(reason).map((f) => t(`analytics.flag.${f}`)).join("、");
  return (
    <div className="space-y-2 rounded border border-amber-300 bg-amber-50 px-3 py-2">
      <p>{t("analytics.review.flagged", { time: flaggedAt, flags })}</p>
      <form action={action} className="flex flex-wrap items-end gap-2 text-sm">
        <input type="hidden" name="itemId" value={itemId} />
        <input type="hidden" name="back" value={back} />
        <label className="flex flex-col">
          {t("analytics.review.note")}
          <input name="note" maxLength={1000} className="mt-1 w-72 rounded border border-slate-300 px-2 py-1" />
        </label>
        <button type="submit" className="rounded bg-blue-700 px-3 py-1.5 text-white hover:bg-blue-800">
          {t("analytics.review.done")}
        </button>
      </form>
    </div>
  );
}
