// Use cases: the reviewer starts a review (submitted → in review); an admin assigns a skill review
// to another examiner — the session's chief examiner, or an examiner who was not on the panel and
// has no recorded conflict with the candidate (回避). Audited; the candidate is notified.
import { z } from "zod";
import { nextReviewStatus } from "@/grading";
import { getPrisma } from "../db/client";
import { AppError } from "../errors";
import { notify } from "../notifications/notify";
import { loadReview, mayDecideReview, reviewForCaller, type Caller } from "./review-access";

export async function startReview(options: { caller: Caller; reviewId: string; now: Date }) {
  return getPrisma().$transaction(async (tx) => {
    const { review, session, candidate } = await reviewForCaller(options.caller, options.reviewId, tx);
    if (!mayDecideReview(options.caller, review)) throw new AppError("FORBIDDEN", { message: review.part === "skill" ? "只有指定的复核考评人员可以复核技能考核成绩" : "只有管理员可以复核理论成绩" });
    if (nextReviewStatus(review.status as "submitted", "start") === null) throw new AppError("CONFLICT", { message: "该复核申请已在复核中或已完成" });
    const moved = await tx.scoreReview.updateMany({ where: { id: review.id, status: "submitted" }, data: { status: "in_review", startedAt: options.now, startedById: options.caller.id } });
    if (moved.count === 0) throw new AppError("CONFLICT", { message: "该复核申请已在复核中或已完成" });
    await tx.auditLog.create({ data: { actorId: options.caller.id, action: "review.start", subject: review.id, at: options.now } });
    await notify(tx, { userIds: [candidate.userId], kind: "review.started", params: { session: session.name }, now: options.now });
    return { status: "in_review" as const };
  });
}

export const AssignInputSchema = z.object({ reviewId: z.string().trim().min(1).max(64), reviewerId: z.string().trim().min(1, "请选择复核考评人员").max(64) });

/** The examiners an admin may assign to a skill review. */
export async function eligibleSkillReviewers(options: { reviewId: string }) {
  const prisma = getPrisma();
  const { review, session } = await loadReview(options.reviewId);
  if (review.part !== "skill") return [];
  const staff = await prisma.sessionStaff.findMany({ where: { sessionId: session.id, role: { in: ["EXAMINER", "CHIEF_EXAMINER"] } }, select: { userId: true, role: true } });
  const chief = staff.find((s) => s.role === "CHIEF_EXAMINER")?.userId ?? null;
  const panel = new Set(staff.map((s) => s.userId));
  const conflicts = new Set(
    (await prisma.examinerRelation.findMany({ where: { candidateId: review.candidateId }, select: { examinerId: true, kind: true, conflict: true } }))
      .filter((r) => r.kind !== "teacher" || r.conflict)
      .map((r) => r.examinerId),
  );
  const examiners = await prisma.user.findMany({ where: { disabled: false, roles: { has: "EXAMINER" } }, orderBy: { displayName: "asc" }, select: { id: true, displayName: true, username: true } });
  return examiners
    .filter((e) => (e.id === chief || !panel.has(e.id)) && !conflicts.has(e.id))
    .map((e) => ({ id: e.id, name: e.displayName, username: e.username ?? "", chief: e.id === chief }));
}

export async function assignReviewer(options: { caller: Caller; input: unknown; now: Date }) {
  if (!options.caller.roles.includes("ADMIN")) throw new AppError("FORBIDDEN");
  const input = AssignInputSchema.parse(options.input);
  const { review } = await loadReview(input.reviewId);
  if (review.part !== "skill") throw new AppError("CONFLICT", { message: "理论成绩复核由管理员办理，无需指定考评人员" });
  if (!(await eligibleSkillReviewers({ reviewId: review.id })).some((e) => e.id === input.reviewerId))
    throw new AppError("VALIDATION", { message: "只能指定本场主考，或未参加本场评分且与考生无回避关系的考评人员", issues: [{ path: "reviewerId", message: "不可指定" }] });
  await getPrisma().$transaction(async (tx) => {
    const moved = await tx.scoreReview.updateMany({ where: { id: review.id, status: "submitted" }, data: { reviewerId: input.reviewerId } });
    if (moved.count === 0) throw new AppError("CONFLICT", { message: "复核已开始或已完成，不能更换复核人员" });
    await tx.auditLog.create({ data: { actorId: options.caller.id, action: "review.assign", subject: review.id, at: options.now, details: { reviewerId: input.reviewerId } } });
  });
  return { reviewerId: input.reviewerId };
}
