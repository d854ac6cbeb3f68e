// Theory scoring: every submitted attempt without a result is scored by the server from the
// keys of the item versions its paper used (src/grading). Idempotent; run after a submit, by the
// sweep, and before results are read.
import type { Prisma } from "@prisma/client";
import { MultipleRuleSchema, scoreTheoryAttempt } from "@/grading";
import type { OptionKey } from "@/exam/types";
import { getPrisma } from "../db/client";
import { AppError } from "../errors";

export async function scoreSubmittedAttempts(options: { sessionId?: string } = {}): Promise<number> {
  const prisma = getPrisma();
  const pending = await prisma.$queryRaw<Array<{ id: string }>>`
    SELECT a.id FROM "Attempt" a LEFT JOIN "TheoryResult" r ON r."attemptId" = a.id
    WHERE r."attemptId" IS NULL
      AND a.status = 'submitted'
      AND a."paperId" IS NOT NULL
      AND (${options.sessionId ?? null}::text IS NULL OR a."sessionId" = ${options.sessionId ?? null})
    LIMIT 500`;
  for (const { id } of pending) await scoreAttempt(id);
  return pending.length;
}

/** Scores one attempt from the stored keys, or with some keys replaced (a regrade's dry run). */
export async function computeTheoryScore(tx: Prisma.TransactionClient | ReturnType<typeof getPrisma>, attemptId: string, keyOverride?: ReadonlyMap<string, OptionKey[]>) {
  const attempt = await tx.attempt.findUniqueOrThrow({
    where: { id: attemptId },
    select: { id: true, sessionId: true, candidateId: true, paperId: true, session: { select: { multipleRule: true } }, answers: { select: { itemVersionId: true, response: true } } },
  });
  if (attempt.paperId === null) throw new AppError("VALIDATION", { message: "技能考核的作答不按试卷评分" });
  const items = await tx.paperItem.findMany({ where: { paperId: attempt.paperId }, select: { itemVersionId: true, type: true, area: true, points: true, itemVersion: { select: { answer: true } } } });
  const score = scoreTheoryAttempt({
    paperItems: items.map((i) => ({ versionId: i.itemVersionId, type: i.type as "single", area: i.area as "ethics", points: i.points })),
    keys: new Map(items.map((i) => [i.itemVersionId, keyOverride?.get(i.itemVersionId) ?? (i.itemVersion.answer as OptionKey[])])),
    responses: new Map(attempt.answers.map((a) => [a.itemVersionId, a.response as OptionKey[]])),
    multipleRule: MultipleRuleSchema.parse(attempt.session.multipleRule),
  });
  return { attempt, score };
}

export async function scoreAttempt(attemptId: string) {
  const prisma = getPrisma();
  const row = await prisma.attempt.findUnique({ where: { id: attemptId }, select: { paperId: true } });
  if (row?.paperId === null) return; // a skill attempt: scored by the examiner panel
  const { attempt, score } = await computeTheoryScore(prisma, attemptId);
  await prisma.theoryResult.createMany({
    data: [
      {
        attemptId,
        sessionId: attempt.sessionId,
        candidateId: attempt.candidateId,
        total: score.total,
        byArea: score.byArea as Prisma.InputJsonValue,
        perItem: score.perItem as unknown as Prisma.InputJsonValue,
        passed: score.passed,
        scoredAt: new Date(),
      },
    ],
    skipDuplicates: true,
  });
}
