// Use case: the reviewer decides a review in progress: upheld (维持原成绩) or corrected (更正).
// A correction goes through the recorded correction (ScoreCorrection: who, when, why, old, new):
// theory — the automatic rescore from the keys replaces the stored result (component "theory");
//   when a key correction (regrade) already changed the score since the request, the review is
//   closed as corrected without a second change;
// skill — the new final score of each changed task (applySkillCorrection).
// A valid certificate showing this session's score is flagged for reissue or revocation. The
// reviewer's conclusion is shown to the candidate, who is notified. Audited. One transaction; the
// review row is locked so that two decisions cannot both apply.
import type { Prisma } from "@prisma/client";
import { z } from "zod";
import { formatScore } from "@/grading";
import { flagCertificatesAfterCorrection } from "../certificates/flag-certificates";
import { getPrisma } from "../db/client";
import { AppError } from "../errors";
import { notify } from "../notifications/notify";
import { computeTheoryScore } from "../results/score-theory";
import { applySkillCorrection } from "../results/skill-panel";
import { currentPartScore } from "./current-part-score";
import { mayDecideReview, reviewForCaller, type Caller } from "./review-access";

export const DecideReviewInputSchema = z.object({
  reviewId: z.string().trim().min(1).max(64),
  decision: z.enum(["uphold", "correct"]),
  outcome: z.string().trim().min(2, "请填写复核结论").max(1000, "复核结论最多 1000 字"),
  /** Skill corrections: the new final score of each changed task, hundredths. */
  tasks: z.array(z.object({ taskVersionId: z.string().min(1).max(64), points: z.number().int().min(0).max(10_000) })).max(50).default([]),
});

export async function decideReview(options: { caller: Caller; input: unknown; now: Date }) {
  const input = DecideReviewInputSchema.parse(options.input);
  return getPrisma().$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT id FROM "ScoreReview" WHERE id = ${input.reviewId} FOR UPDATE`;
      const { review, session, candidate } = await reviewForCaller(options.caller, input.reviewId, tx);
      if (!mayDecideReview(options.caller, review)) throw new AppError("FORBIDDEN", { message: review.part === "skill" ? "只有指定的复核考评人员可以复核技能考核成绩" : "只有管理员可以复核理论成绩" });
      if (review.status !== "in_review") throw new AppError("CONFLICT", { message: review.status === "submitted" ? "请先开始复核" : "该复核已完成" });
      const before = await currentPartScore(tx, { sessionId: session.id, candidateId: candidate.id, mode: session.mode, skillPlanId: session.skillPlanId });
      const reason = `成绩复核：${input.outcome}`;
      if (input.decision === "correct") {
        if (review.part === "theory") await correctTheory(tx, { review, reason, actorId: options.caller.id, now: options.now });
        else await correctSkill(tx, { review, skillPlanId: session.skillPlanId, tasks: input.tasks, reason, actorId: options.caller.id, now: options.now });
      }
      const after = await currentPartScore(tx, { sessionId: session.id, candidateId: candidate.id, mode: session.mode, skillPlanId: session.skillPlanId });
      const status = input.decision === "correct" ? "corrected" : "upheld";
      await tx.scoreReview.update({ where: { id: review.id }, data: { status, decidedAt: options.now, decidedById: options.caller.id, outcome: input.outcome, newScore: after } });
      await tx.auditLog.create({ data: { actorId: options.caller.id, action: `review.${input.decision}`, subject: review.id, at: options.now, details: { before, after, outcome: input.outcome } } });
      await notify(tx, {
        userIds: [candidate.userId],
        kind: status === "corrected" ? "review.corrected" : "review.upheld",
        params: { session: session.name, old: before === null ? "—" : formatScore(before), new: after === null ? "—" : formatScore(after) },
        now: options.now,
      });
      return { status, before, after };
    },
    { timeout: 60_000, maxWait: 20_000 },
  );
}

type Review = { id: string; sessionId: string; candidateId: string; submittedAt: Date };

async function correctTheory(tx: Prisma.TransactionClient, o: { review: Review; reason: string; actorId: string; now: Date }) {
  const stored = await tx.theoryResult.findUnique({ where: { sessionId_candidateId: { sessionId: o.review.sessionId, candidateId: o.review.candidateId } } });
  if (!stored) throw new AppError("CONFLICT", { message: "没有可更正的理论成绩" });
  const { score } = await computeTheoryScore(tx, stored.attemptId);
  if (score.total === stored.total) {
    const since = await tx.scoreCorrection.count({ where: { sessionId: o.review.sessionId, candidateId: o.review.candidateId, at: { gte: o.review.submittedAt } } });
    if (since === 0) throw new AppError("CONFLICT", { message: "自动重新评分与原成绩一致，没有可更正之处：请选择“维持原成绩”，或先更正题目答案" });
    return;
  }
  await tx.theoryResult.update({
    where: { attemptId: stored.attemptId },
    data: { total: score.total, byArea: score.byArea as Prisma.InputJsonValue, perItem: score.perItem as unknown as Prisma.InputJsonValue, passed: score.passed, scoredAt: o.now },
  });
  await tx.scoreCorrection.create({
    data: { sessionId: o.review.sessionId, candidateId: o.review.candidateId, component: "theory", target: o.review.id, oldPoints: stored.total, newPoints: score.total, reason: o.reason, actorId: o.actorId, at: o.now },
  });
  await flagCertificatesAfterCorrection(tx, { candidateId: o.review.candidateId, sessionId: o.review.sessionId, reason: o.reason, now: o.now });
}

async function correctSkill(tx: Prisma.TransactionClient, o: { review: Review; skillPlanId: string | null; tasks: Array<{ taskVersionId: string; points: number }>; reason: string; actorId: string; now: Date }) {
  const plan = o.skillPlanId ? await tx.skillPlan.findUnique({ where: { id: o.skillPlanId }, select: { duties: true } }) : null;
  const planTasks = ((plan?.duties ?? []) as unknown as Array<{ tasks: Array<{ versionId: string; title: string; points: number }> }>).flatMap((d) => d.tasks);
  const current = await tx.skillTaskResult.findMany({ where: { sessionId: o.review.sessionId, candidateId: o.review.candidateId }, select: { taskVersionId: true, final: true } });
  const changes = o.tasks.filter((t) => current.find((c) => c.taskVersionId === t.taskVersionId)?.final !== t.points);
  if (changes.length === 0) throw new AppError("CONFLICT", { message: "没有改动任何试题的成绩：请修改成绩，或选择“维持原成绩”" });
  for (const t of changes) {
    const task = planTasks.find((p) => p.versionId === t.taskVersionId);
    if (!task) throw new AppError("VALIDATION", { message: "试题不属于本场次" });
    if (t.points > task.points * 100) throw new AppError("VALIDATION", { message: `「${task.title}」的成绩须在 0 至 ${task.points} 分之间` });
    await applySkillCorrection(tx, { sessionId: o.review.sessionId, candidateId: o.review.candidateId, taskVersionId: t.taskVersionId, points: t.points, reason: o.reason, actorId: o.actorId, now: o.now });
  }
}
