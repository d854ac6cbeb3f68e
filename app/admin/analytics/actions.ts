"use server";

import { redirect } from "next/navigation";
import { flagItemForReview } from "@/server/analytics/flag-item-for-review";
import { requireApiUser } from "@/server/auth/session";

// Admin only: from an item-analysis flag, mark the item for review in the bank (one click), then
// back to the same analysis page, which shows the item as under review.
export async function flagItemAction(form: FormData): Promise<void> {
  const user = await requireApiUser({ roles: ["ADMIN"] });
  const sessionId = String(form.get("sessionId") ?? "");
  const { itemId } = await flagItemForReview({
    actorId: user.id,
    now: new Date(),
    input: { itemId: String(form.get("itemId") ?? ""), flags: form.getAll("flags").map(String), sessionId: sessionId || undefined },
  });
  redirect(sessionId ? `/admin/analytics/sessions/${encodeURIComponent(sessionId)}/items?flagged=${encodeURIComponent(itemId)}` : `/admin/analytics/items/${encodeURIComponent(itemId)}`);
}
