"use server";

import { revalidatePath } from "next/cache";
import { requireApiUser } from "@/server/auth/session";
import { expectedError } from "@/server/certificates/expected-error";
import { getTranslator } from "@/server/i18n";
import { markNotificationsRead } from "@/server/notifications/list-notifications";
import { requestReview } from "@/server/reviews/request-review";
import type { ActionState } from "@/ui/certificates/action-form";

// Candidates only: request a review of one of their own released scores (their candidate id, never a form field).
export async function requestReviewAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireApiUser({ roles: ["CANDIDATE"] });
  const { t } = await getTranslator();
  if (!user.candidateId) return { error: t("review.request.noApplication") };
  try {
    await requestReview({ candidateId: user.candidateId, input: { sessionId: String(form.get("sessionId") ?? ""), reason: String(form.get("reason") ?? "") }, now: new Date() });
    revalidatePath("/candidate");
    return { ok: t("review.request.done") };
  } catch (error) {
    return { error: expectedError(error, t("review.notFound")) };
  }
}

// Any signed-in user: mark their own notifications read.
export async function markReadAction(_prev: ActionState): Promise<ActionState> {
  const user = await requireApiUser();
  const { t } = await getTranslator();
  await markNotificationsRead({ userId: user.id, now: new Date() });
  revalidatePath("/candidate");
  return { ok: t("notifications.marked") };
}
