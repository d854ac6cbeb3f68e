"use server";

import { revalidatePath } from "next/cache";
import { requireApiUser } from "@/server/auth/session";
import { expectedError } from "@/server/certificates/expected-error";
import { getTranslator } from "@/server/i18n";
import { decideReview } from "@/server/reviews/decide-review";
import { assignReviewer, startReview } from "@/server/reviews/start-review";
import type { ActionState } from "@/ui/certificates/action-form";

const paths = (id: string) => {
  revalidatePath(`/admin/reviews/${id}`);
  revalidatePath(`/examiner/reviews/${id}`);
};

// The reviewer (an admin for theory, the assigned examiner for skill; the service decides) starts a review.
export async function startReviewAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireApiUser({ roles: ["ADMIN", "EXAMINER"] });
  const { t } = await getTranslator();
  const reviewId = String(form.get("reviewId") ?? "");
  try {
    await startReview({ caller: user, reviewId, now: new Date() });
    paths(reviewId);
    return { ok: t("review.started") };
  } catch (error) {
    return { error: expectedError(error, t("review.notFound")) };
  }
}

// The reviewer decides: upheld, or corrected (theory: the automatic rescore; skill: new task scores).
export async function decideReviewAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireApiUser({ roles: ["ADMIN", "EXAMINER"] });
  const { t } = await getTranslator();
  const reviewId = String(form.get("reviewId") ?? "");
  const tasks = [...form.entries()].flatMap(([k, v]) => (k.startsWith("task:") && String(v).trim() !== "" ? [{ taskVersionId: k.slice(5), points: Math.round(Number(v) * 100) }] : []));
  try {
    const r = await decideReview({ caller: user, now: new Date(), input: { reviewId, decision: form.get("decision") === "correct" ? "correct" : "uphold", outcome: String(form.get("outcome") ?? ""), tasks } });
    paths(reviewId);
    return { ok: t(r.status === "corrected" ? "review.decided.corrected" : "review.decided.upheld") };
  } catch (error) {
    return { error: expectedError(error, t("review.notFound")) };
  }
}

// Admin only: assign a skill review to the chief examiner or an examiner who was not on the panel.
export async function assignReviewerAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireApiUser({ roles: ["ADMIN"] });
  const { t } = await getTranslator();
  const reviewId = String(form.get("reviewId") ?? "");
  try {
    await assignReviewer({ caller: user, now: new Date(), input: { reviewId, reviewerId: String(form.get("reviewerId") ?? "") } });
    paths(reviewId);
    return { ok: t("review.assigned") };
  } catch (error) {
    return { error: expectedError(error, t("review.notFound")) };
  }
}
