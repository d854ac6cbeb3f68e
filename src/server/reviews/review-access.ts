// Who may act on a score review (成绩复核), and loading one review with its session.
// Theory: admins review (the answer sheet against the key and the automatic rescore).
// Skill: the assigned reviewer only — the session's chief examiner by default, or an examiner the
// admin assigned who was not on the session's panel. Admins see skill reviews but do not decide them.
import type { Prisma } from "@prisma/client";
import type { CurrentUser } from "../auth/session";
import { getPrisma } from "../db/client";
import { AppError } from "../errors";

export type Caller = Pick<CurrentUser, "id" | "roles">;

export async function loadReview(reviewId: string, db: Prisma.TransactionClient = getPrisma()) {
  const review = await db.scoreReview.findUnique({ where: { id: reviewId } });
  if (!review) throw new AppError("NOT_FOUND");
  const session = await db.examSession.findUniqueOrThrow({
    where: { id: review.sessionId },
    select: { id: true, name: true, mode: true, level: true, track: true, startsAt: true, resultsReleasedAt: true, skillPlanId: true },
  });
  const candidate = await db.candidate.findUniqueOrThrow({ where: { id: review.candidateId }, select: { id: true, userId: true, name: true, ticketNumber: true } });
  return { review, session, candidate };
}

/** May `caller` see this review? Admins always; the assigned skill reviewer. */
export function maySeeReview(caller: Caller, review: { part: string; reviewerId: string | null }): boolean {
  return caller.roles.includes("ADMIN") || (review.part === "skill" && review.reviewerId === caller.id && caller.roles.includes("EXAMINER"));
}

/** May `caller` start and decide it? Theory: an admin. Skill: the assigned reviewer. */
export function mayDecideReview(caller: Caller, review: { part: string; reviewerId: string | null }): boolean {
  if (review.part === "theory") return caller.roles.includes("ADMIN");
  return review.reviewerId === caller.id && caller.roles.includes("EXAMINER");
}

/** Loads a review the caller may see (NOT_FOUND otherwise, so others learn nothing). */
export async function reviewForCaller(caller: Caller, reviewId: string, db?: Prisma.TransactionClient) {
  const loaded = await loadReview(reviewId, db);
  if (!maySeeReview(caller, loaded.review)) throw new AppError("NOT_FOUND");
  return loaded;
}
