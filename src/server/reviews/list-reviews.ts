// Use cases: review requests as each party sees them — the admin (all, by status), an examiner
// (the skill reviews assigned to them), a candidate (their own, with state and conclusion).
import { z } from "zod";
import { getPrisma } from "../db/client";

const empty = z.literal("").transform(() => undefined);
export const ReviewFilterSchema = z.object({ status: z.enum(["submitted", "in_review", "upheld", "corrected"]).optional().or(empty) });

export type ReviewRow = {
  id: string;
  part: "theory" | "skill";
  status: "submitted" | "in_review" | "upheld" | "corrected";
  reason: string;
  outcome: string | null;
  submittedAt: Date;
  decidedAt: Date | null;
  oldScore: number | null;
  newScore: number | null;
  session: { id: string; name: string };
  candidate: { id: string; name: string; ticketNumber: string };
  reviewer: { id: string; name: string } | null;
};

async function rows(where: object): Promise<ReviewRow[]> {
  const prisma = getPrisma();
  const list = await prisma.scoreReview.findMany({ where, orderBy: [{ submittedAt: "desc" }, { id: "asc" }], take: 500 });
  const [sessions, candidates, users] = await Promise.all([
    prisma.examSession.findMany({ where: { id: { in: [...new Set(list.map((r) => r.sessionId))] } }, select: { id: true, name: true } }),
    prisma.candidate.findMany({ where: { id: { in: [...new Set(list.map((r) => r.candidateId))] } }, select: { id: true, name: true, ticketNumber: true } }),
    prisma.user.findMany({ where: { id: { in: list.flatMap((r) => (r.reviewerId ? [r.reviewerId] : [])) } }, select: { id: true, displayName: true } }),
  ]);
  return list.map((r) => ({
    id: r.id,
    part: r.part === "skill" ? "skill" : "theory",
    status: r.status as ReviewRow["status"],
    reason: r.reason,
    outcome: r.outcome,
    submittedAt: r.submittedAt,
    decidedAt: r.decidedAt,
    oldScore: r.oldScore,
    newScore: r.newScore,
    session: sessions.find((s) => s.id === r.sessionId) ?? { id: r.sessionId, name: "" },
    candidate: candidates.find((c) => c.id === r.candidateId) ?? { id: r.candidateId, name: "", ticketNumber: "" },
    reviewer: r.reviewerId ? { id: r.reviewerId, name: users.find((u) => u.id === r.reviewerId)?.displayName ?? "" } : null,
  }));
}

export async function listReviews(options: { filter?: unknown } = {}) {
  const filter = ReviewFilterSchema.parse(options.filter ?? {});
  return rows(filter.status ? { status: filter.status } : {});
}

export async function listAssignedReviews(options: { examinerId: string }) {
  return rows({ part: "skill", reviewerId: options.examinerId });
}

export async function listMyReviews(options: { candidateId: string }) {
  return rows({ candidateId: options.candidateId });
}
