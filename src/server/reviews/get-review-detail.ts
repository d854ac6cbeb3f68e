// Use case: what the reviewer sees. Theory: the candidate's answer sheet against the key, item by
// item (paper order), with the stored points and the automatic rescore from the current keys.
// Skill: per task of the session's plan, the rubric, every panel examiner's criterion scores and
// total, the panel's aggregate and final score with its source and reason — and the place where
// the candidate's submitted work is shown (see src/ui/reviews/submitted-work.tsx).
import type { RubricCriterion } from "@/exam/types";
import { getPrisma } from "../db/client";
import { computeTheoryScore } from "../results/score-theory";
import { loadTheoryDetails, detailKey } from "../reports/theory-details";
import { currentPartScore } from "./current-part-score";
import { mayDecideReview, reviewForCaller, type Caller } from "./review-access";

export async function getReviewDetail(options: { caller: Caller; reviewId: string }) {
  const { review, session, candidate } = await reviewForCaller(options.caller, options.reviewId);
  const base = {
    review: {
      id: review.id,
      part: review.part as "theory" | "skill",
      status: review.status as "submitted" | "in_review" | "upheld" | "corrected",
      reason: review.reason,
      outcome: review.outcome,
      submittedAt: review.submittedAt,
      decidedAt: review.decidedAt,
      oldScore: review.oldScore,
      newScore: review.newScore,
      reviewerId: review.reviewerId,
    },
    session: { id: session.id, name: session.name, startsAt: session.startsAt },
    candidate: { id: candidate.id, name: candidate.name, ticketNumber: candidate.ticketNumber },
    canDecide: mayDecideReview(options.caller, review),
    currentScore: await currentPartScore(getPrisma(), { sessionId: session.id, candidateId: candidate.id, mode: session.mode, skillPlanId: session.skillPlanId }),
  };
  if (review.part === "theory") return { ...base, theory: await theorySheet(session.id, candidate.id), skill: null };
  return { ...base, theory: null, skill: await skillPanel(session.id, candidate.id, session.skillPlanId) };
}

async function theorySheet(sessionId: string, candidateId: string) {
  const prisma = getPrisma();
  const details = (await loadTheoryDetails([{ sessionId, candidateId }])).get(detailKey(sessionId, candidateId)) ?? [];
  const stored = await prisma.theoryResult.findUnique({ where: { sessionId_candidateId: { sessionId, candidateId } }, select: { attemptId: true, total: true } });
  if (!stored) return { items: [], storedTotal: null, rescoredTotal: null };
  const { score } = await computeTheoryScore(prisma, stored.attemptId);
  const rescored = new Map(score.perItem.map((p) => [p.versionId, p.awarded]));
  const stems = new Map((await prisma.itemVersion.findMany({ where: { id: { in: details.map((d) => d.itemVersionId) } }, select: { id: true, stem: true } })).map((v) => [v.id, v.stem]));
  return {
    storedTotal: stored.total,
    rescoredTotal: score.total,
    items: details.map((d) => ({ ...d, stem: stems.get(d.itemVersionId) ?? "", rescored: rescored.get(d.itemVersionId) ?? 0 })),
  };
}

async function skillPanel(sessionId: string, candidateId: string, skillPlanId: string | null) {
  const prisma = getPrisma();
  const plan = skillPlanId ? await prisma.skillPlan.findUnique({ where: { id: skillPlanId }, select: { duties: true } }) : null;
  const refs = ((plan?.duties ?? []) as unknown as Array<{ tasks: Array<{ versionId: string }> }>).flatMap((d) => d.tasks.map((t) => t.versionId));
  const [versions, results, scores, sheets] = await Promise.all([
    prisma.taskVersion.findMany({ where: { id: { in: refs } }, select: { id: true, title: true, points: true, rubric: true } }),
    prisma.skillTaskResult.findMany({ where: { sessionId, candidateId } }),
    prisma.skillScore.findMany({ where: { sessionId, candidateId }, select: { taskVersionId: true, examinerId: true, criterionId: true, points: true, comment: true } }),
    prisma.skillSheet.findMany({ where: { sessionId, candidateId }, select: { taskVersionId: true, examinerId: true, total: true } }),
  ]);
  const examiners = await prisma.user.findMany({ where: { id: { in: [...new Set(sheets.map((s) => s.examinerId))] } }, select: { id: true, displayName: true } });
  return refs.flatMap((id) => {
    const v = versions.find((x) => x.id === id);
    if (!v) return [];
    const r = results.find((x) => x.taskVersionId === id);
    return [
      {
        taskVersionId: id,
        title: v.title,
        points: v.points,
        rubric: v.rubric as unknown as RubricCriterion[],
        result: r ? { aggregate: r.aggregate, final: r.final, source: r.source, reason: r.reason, locked: r.lockedAt !== null } : null,
        sheets: sheets
          .filter((s) => s.taskVersionId === id)
          .map((s) => ({
            examinerId: s.examinerId,
            name: examiners.find((e) => e.id === s.examinerId)?.displayName ?? "",
            total: s.total,
            scores: scores.filter((x) => x.taskVersionId === id && x.examinerId === s.examinerId).map((x) => ({ criterionId: x.criterionId, points: x.points, comment: x.comment })),
          })),
      },
    ];
  });
}
