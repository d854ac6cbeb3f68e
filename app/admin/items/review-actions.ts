"use server";

import { redirect } from "next/navigation";
import { markItemReviewed } from "@/server/analytics/mark-item-reviewed";
import { requireApiUser } from "@/server/auth/session";

// Admin only: an item marked for review from an item analysis has been looked at; it is drawn by
// paper assembly again. Audited (item.reviewed). Back to the page the form was on.
export async function markItemReviewedAction(form: FormData): Promise<void> {
  const user = await requireApiUser({ roles: ["ADMIN"] });
  const { itemId } = await markItemReviewed({ actorId: user.id, now: new Date(), input: { itemId: String(form.get("itemId") ?? ""), note: String(form.get("note") ?? "") } });
  const back = String(form.get("back") ?? "");
  redirect(/^\/admin\/[\w/-]*$/.test(back) ? `${back}?reviewed=1` : `/admin/items/${encodeURIComponent(itemId)}?reviewed=1`);
}
