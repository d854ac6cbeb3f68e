// The score a review is about: the candidate's released score of the session (theory: the stored
// TheoryResult; skill: the sum of the final task scores of the session's plan), null when absent.
import type { Prisma } from "@prisma/client";

export async function currentPartScore(db: Prisma.TransactionClient, o: { sessionId: string; candidateId: string; mode: string; skillPlanId: string | null }): Promise<number | null> {
  if (o.mode === "theory") {
    const r = await db.theoryResult.findUnique({ where: { sessionId_candidateId: { sessionId: o.sessionId, candidateId: o.candidateId } }, select: { total: true } });
    return r?.total ?? null;
  }
  if (!o.skillPlanId) return null;
  const plan = await db.skillPlan.findUnique({ where: { id: o.skillPlanId }, select: { duties: true } });
  const versions = ((plan?.duties ?? []) as unknown as Array<{ tasks: Array<{ versionId: string }> }>).flatMap((d) => d.tasks.map((t) => t.versionId));
  const results = await db.skillTaskResult.findMany({ where: { sessionId: o.sessionId, candidateId: o.candidateId }, select: { taskVersionId: true, final: true } });
  let total = 0;
  for (const v of versions) {
    const f = results.find((r) => r.taskVersionId === v)?.final;
    if (f === null || f === undefined) return null;
    total += f;
  }
  return versions.length ? total : null;
}
