// Ends a mock exam and scores it at once: submitted by the candidate, or closed by the server
// once its deadline (plus the exam's save grace) has passed — on the next touch (opening it,
// the practice pages, a teacher's class view, starting another). Scoring is the exam's
// (src/grading scoreTheoryAttempt, multiple choice all or nothing). Every answered item becomes
// a practice answer (mastery) and a wrong one goes into the wrong-answer book, as in drills.
import type { Prisma } from "@prisma/client";
import { scoreTheoryAttempt } from "@/grading";
import type { OptionKey } from "@/exam/types";
import { getPrisma } from "../db/client";
import { getEnv } from "../env";
import { AppError } from "../errors";
import { RIGHT_IN_A_ROW_TO_CLEAR } from "./answer-practice";

type Tx = Prisma.TransactionClient;

/** Scores and closes one mock inside a transaction; a mock already submitted is left as it is. */
async function finishMockTx(tx: Tx, mockId: string, by: "candidate" | "deadline"): Promise<void> {
  const [mock] = await tx.$queryRaw<Array<{ id: string; candidateId: string; status: string; deadline: Date; now: Date }>>`
    SELECT id, "candidateId", status, deadline, now() AS now FROM "PracticeMock" WHERE id = ${mockId} FOR UPDATE`;
  if (!mock || mock.status !== "in_progress") return;
  const items = await tx.practiceMockItem.findMany({ where: { mockId }, orderBy: { position: "asc" } });
  const answers = await tx.practiceMockAnswer.findMany({ where: { mockId } });
  const keys = await tx.itemVersion.findMany({ where: { id: { in: items.map((i) => i.itemVersionId) } }, select: { id: true, answer: true } });
  const score = scoreTheoryAttempt({
    paperItems: items.map((i) => ({ versionId: i.itemVersionId, type: i.type as "single", area: i.area as "ethics", points: i.points })),
    keys: new Map(keys.map((k) => [k.id, k.answer as OptionKey[]])),
    responses: new Map(answers.filter((a) => a.response.length > 0).map((a) => [a.itemVersionId, a.response as OptionKey[]])),
  });
  const at = by === "deadline" ? mock.deadline : mock.now;
  await tx.practiceMock.update({
    where: { id: mockId },
    data: { status: "submitted", submittedBy: by, submittedAt: at, total: score.total, byArea: score.byArea as Prisma.InputJsonValue, passed: score.passed },
  });
  const correct = new Map(score.perItem.map((p) => [p.versionId, p.correct]));
  const responded = new Map(answers.filter((a) => a.response.length > 0).map((a) => [a.itemVersionId, a]));
  const outcomes = items
    .filter((i) => responded.has(i.itemVersionId))
    .map((i) => ({ item: i, answer: responded.get(i.itemVersionId)!, correct: correct.get(i.itemVersionId) ?? false }));
  if (outcomes.length === 0) return;
  await tx.practiceAnswer.createMany({
    data: outcomes.map((o) => ({
      candidateId: mock.candidateId,
      mockId,
      itemVersionId: o.item.itemVersionId,
      itemId: o.item.itemId,
      area: o.item.area,
      content: o.item.content,
      response: [...o.answer.response].sort(),
      correct: o.correct,
      seq: o.answer.seq,
      answeredAt: at,
    })),
    skipDuplicates: true,
  });
  const wrong = outcomes.filter((o) => !o.correct);
  for (const o of wrong) {
    await tx.practiceMistake.upsert({
      where: { candidateId_itemId: { candidateId: mock.candidateId, itemId: o.item.itemId } },
      create: { candidateId: mock.candidateId, itemId: o.item.itemId, area: o.item.area, content: o.item.content, firstWrongAt: at, lastWrongAt: at, updatedAt: at },
      update: { wrongCount: { increment: 1 }, rightStreak: 0, state: "open", lastWrongAt: at, updatedAt: at },
    });
  }
  const rightIds = outcomes.filter((o) => o.correct).map((o) => o.item.itemId);
  if (rightIds.length > 0) {
    await tx.$executeRaw`
      UPDATE "PracticeMistake" SET "rightStreak" = "rightStreak" + 1,
        state = CASE WHEN "rightStreak" + 1 >= ${RIGHT_IN_A_ROW_TO_CLEAR} THEN 'cleared' ELSE state END, "updatedAt" = ${at}
      WHERE "candidateId" = ${mock.candidateId} AND "itemId" = ANY(${rightIds}::text[]) AND state = 'open'`;
  }
}

/** The candidate submits their mock (by id AND candidate); idempotent. */
export async function submitMock(options: { mockId: string; candidateId: string }): Promise<void> {
  const prisma = getPrisma();
  const mock = await prisma.practiceMock.findFirst({ where: { id: options.mockId, candidateId: options.candidateId }, select: { id: true } });
  if (!mock) throw new AppError("NOT_FOUND");
  await prisma.$transaction((tx) => finishMockTx(tx, mock.id, "candidate"), { timeout: 30_000 });
}

/** Closes (and scores) every running mock of these candidates (or this one) whose time is up. */
export async function closeExpiredMocks(options: { candidateId?: string; candidateIds?: string[]; mockId?: string }): Promise<number> {
  const prisma = getPrisma();
  const grace = getEnv().SAVE_GRACE_SECONDS;
  const ids = options.candidateIds ?? (options.candidateId ? [options.candidateId] : null);
  const expired = await prisma.$queryRaw<Array<{ id: string }>>`
    SELECT id FROM "PracticeMock"
    WHERE status = 'in_progress' AND deadline + make_interval(secs => ${grace}) < now()
      AND (${options.mockId ?? null}::text IS NULL OR id = ${options.mockId ?? null})
      AND (${ids}::text[] IS NULL OR "candidateId" = ANY(${ids}::text[]))
    LIMIT 200`;
  for (const { id } of expired) await prisma.$transaction((tx) => finishMockTx(tx, id, "deadline"), { timeout: 30_000 });
  return expired.length;
}
