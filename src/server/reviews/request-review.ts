// Use case: a candidate requests a review (成绩复核) of one released part (a session's theory or
// skill score) with a reason, within the school's window from the release (settings). One request
// per session. A skill request goes to the session's chief examiner (the admin may reassign it to
// an examiner who was not on the panel). Audited; the candidate is notified in the app.
import { Prisma } from "@prisma/client";
import { z } from "zod";
import { reviewWindow } from "@/grading";
import { getPrisma } from "../db/client";
import { AppError } from "../errors";
import { notify } from "../notifications/notify";
import { getCertificateSettings } from "../settings/certificate-settings";
import { currentPartScore } from "./current-part-score";

export const RequestReviewInputSchema = z.object({
  sessionId: z.string().trim().min(1).max(64),
  reason: z.string().trim().min(5, "请写明申请复核的理由（至少 5 个字）").max(1000, "理由最多 1000 字"),
});

export async function requestReview(options: { candidateId: string; input: unknown; now: Date }) {
  const input = RequestReviewInputSchema.parse(options.input);
  const prisma = getPrisma();
  const seat = await prisma.sessionCandidate.findUnique({
    where: { sessionId_candidateId: { sessionId: input.sessionId, candidateId: options.candidateId } },
    select: { session: { select: { id: true, name: true, mode: true, resultsReleasedAt: true, skillPlanId: true, staff: { where: { role: "CHIEF_EXAMINER" }, select: { userId: true } } } } },
  });
  if (!seat || (seat.session.mode !== "theory" && seat.session.mode !== "skill")) throw new AppError("NOT_FOUND");
  const s = seat.session;
  const { reviewWindowDays } = await getCertificateSettings();
  const window = reviewWindow({ releasedAt: s.resultsReleasedAt, windowDays: reviewWindowDays, now: options.now });
  if (!window.open) throw new AppError("CONFLICT", { message: window.reason === "not-released" ? "成绩尚未发布，不能申请复核" : `复核申请期限（成绩发布后 ${reviewWindowDays} 天内）已过` });
  try {
    return await prisma.$transaction(async (tx) => {
      const score = await currentPartScore(tx, { sessionId: s.id, candidateId: options.candidateId, mode: s.mode, skillPlanId: s.skillPlanId });
      if (score === null) throw new AppError("CONFLICT", { message: "本场次没有你的成绩（缺考），不能申请复核" });
      const review = await tx.scoreReview.create({
        data: {
          candidateId: options.candidateId,
          sessionId: s.id,
          part: s.mode,
          reason: input.reason,
          submittedAt: options.now,
          oldScore: score,
          reviewerId: s.mode === "skill" ? (s.staff[0]?.userId ?? null) : null,
        },
        select: { id: true },
      });
      const user = await tx.candidate.findUniqueOrThrow({ where: { id: options.candidateId }, select: { userId: true } });
      await tx.auditLog.create({ data: { actorId: user.userId, action: "review.submit", subject: review.id, at: options.now, details: { sessionId: s.id, part: s.mode } } });
      await notify(tx, { userIds: [user.userId], kind: "review.submitted", params: { session: s.name }, now: options.now });
      return review;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new AppError("CONFLICT", { message: "本场次已申请过复核" });
    throw error;
  }
}
