// Use case: an item's review state (marked for review from an item analysis, or not), for the
// bank's item page.
import { getPrisma } from "../db/client";

export async function getItemReview(options: { itemId: string }): Promise<{ reviewFlaggedAt: Date | null; reviewReason: unknown } | null> {
  return getPrisma().item.findUnique({ where: { id: options.itemId }, select: { reviewFlaggedAt: true, reviewReason: true } });
}
