// Use case: an item's key was wrong. The admin corrects it: a dry run shows whose theory score
// changes and by how much; applying it changes the key of the version the papers used, rescores
// the affected attempts and records every change (who, when, why, old, new).
import type { Prisma } from "@prisma/client";
import { z } from "zod";
import { regradeDiff } from "@/grading";
import { OptionKeySchema, type OptionKey } from "@/exam/types";
import { flagCertificatesAfterCorrection } from "../certificates/flag-certificates";
import { getPrisma } from "../db/client";
import { AppError } from "../errors";
import { computeTheoryScore } from "./score-theory";

export const RegradeInput = z.object({
  itemVersionId: z.string().min(1).max(64),
  answer: z.array(OptionKeySchema).min(1, "请选择正确答案"),
  reason: z.string().trim().min(2, "请填写更正理由").max(1000),
});

export async function regradeItemKey(options: { actorId: string; input: unknown; apply: boolean; now: Date }) {
  const input = RegradeInput.parse(options.input);
  const prisma = getPrisma();
  const version = await prisma.itemVersion.findUnique({ where: { id: input.itemVersionId }, select: { id: true, type: true, options: true, answer: true } });
  if (!version) throw new AppError("NOT_FOUND");
  const keys = (version.options as Array<{ key: OptionKey }>).map((o) => o.key);
  const answer = [...new Set(input.answer)].sort();
  if (answer.some((k) => !keys.includes(k))) throw new AppError("VALIDATION", { message: "答案不在选项中" });
  if (version.type !== "multiple" && answer.length !== 1) throw new AppError("VALIDATION", { message: "判断题和单选题只能有一个正确答案" });
  if (version.type === "multiple" && (answer.length < 2 || answer.length >= keys.length)) throw new AppError("VALIDATION", { message: "多选题应有至少 2 个、少于选项数的正确答案" });

  const affected = await prisma.$queryRaw<Array<{ attemptId: string; candidateId: string; total: number }>>`
    SELECT r."attemptId", r."candidateId", r.total FROM "TheoryResult" r
    JOIN "Attempt" a ON a.id = r."attemptId"
    JOIN "PaperItem" p ON p."paperId" = a."paperId" AND p."itemVersionId" = ${version.id}`;
  const override = new Map([[version.id, answer as OptionKey[]]]);
  const rescored = await Promise.all(affected.map(async (r) => ({ ...r, ...(await computeTheoryScore(prisma, r.attemptId, override)) })));
  const changes = regradeDiff({
    before: affected.map((r) => ({ candidateId: r.attemptId, total: r.total })),
    after: rescored.map((r) => ({ candidateId: r.attemptId, total: r.score.total })),
  });
  const people = await prisma.candidate.findMany({ where: { id: { in: affected.map((r) => r.candidateId) } }, select: { id: true, name: true, ticketNumber: true } });
  const view = changes.map((c) => {
    const r = affected.find((x) => x.attemptId === c.candidateId)!;
    const p = people.find((x) => x.id === r.candidateId);
    return { attemptId: c.candidateId, name: p?.name ?? "", ticketNumber: p?.ticketNumber ?? "", before: c.before, after: c.after, delta: c.delta, passBefore: c.passBefore, passAfter: c.passAfter };
  });
  if (!options.apply) return { applied: false, oldAnswer: version.answer, newAnswer: answer, affected: affected.length, changes: view };

  await prisma.$transaction(async (tx) => {
    // One regrade at a time, and the scores recomputed inside the lock from the stored keys, so
    // two corrections of items on the same papers cannot undo each other.
    await tx.$queryRaw`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(hashtext('regrade'))) AS l`;
    await tx.itemVersion.update({ where: { id: version.id }, data: { answer } });
    for (const r of affected) {
      const before = await tx.theoryResult.findUniqueOrThrow({ where: { attemptId: r.attemptId }, select: { total: true } });
      const { attempt, score } = await computeTheoryScore(tx, r.attemptId);
      await tx.theoryResult.update({
        where: { attemptId: r.attemptId },
        data: { total: score.total, byArea: score.byArea as Prisma.InputJsonValue, perItem: score.perItem as unknown as Prisma.InputJsonValue, passed: score.passed, scoredAt: options.now },
      });
      if (before.total !== score.total) {
        await tx.scoreCorrection.create({
          data: { sessionId: attempt.sessionId, candidateId: r.candidateId, component: "regrade", target: version.id, oldPoints: before.total, newPoints: score.total, reason: input.reason, actorId: options.actorId, at: options.now },
        });
        await flagCertificatesAfterCorrection(tx, { candidateId: r.candidateId, sessionId: attempt.sessionId, reason: input.reason, now: options.now });
      }
    }
    await tx.auditLog.create({
      data: { actorId: options.actorId, action: "item.keyCorrection", subject: version.id, at: options.now, details: { old: version.answer, new: answer, reason: input.reason, changed: changes.length } },
    });
  }, { timeout: 120_000, maxWait: 30_000 });
  return { applied: true, oldAnswer: version.answer, newAnswer: answer, affected: affected.length, changes: view };
}
