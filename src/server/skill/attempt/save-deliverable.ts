// Use case: save one text or fields deliverable of a skill attempt, idempotently by sequence
// number (like theory answers, src/server/exam/save-answer.ts): the attempt row is locked, the
// attempt must be the caller's, in progress and within deadline + grace (database clock); a save
// whose seq is not newer than the stored one is acknowledged without writing and returns the
// newer value, so the page shows what the server holds.
import { Prisma } from "@prisma/client";
import { z } from "zod";
import { remainingSeconds, type AttemptStatus } from "@/exam/attempt";
import { validateDeliverableValue, workStillAccepted } from "@/exam/deliverables";
import { getPrisma } from "../../db/client";
import { getEnv } from "../../env";
import { AppError } from "../../errors";
import { closeExpiredAttempts } from "../../exam/close-expired";
import { dbNow } from "../../exam/db-clock";
import { safeRichText } from "../examiner/rich-text";
import { deliverableOf } from "./plan-tasks";

/**
 * Largest request body of one save, in bytes (the route reads no more: readCappedJson, 422
 * "请求内容过大"). 2 MiB holds the largest text a deliverable allows (100,000 characters, up to 3
 * bytes each in UTF-8: 300 KB) with ample room for rich-text markup; a form is far smaller.
 */
export const SAVE_DELIVERABLE_MAX_BODY_BYTES = 2 * 1024 * 1024;

export const SaveDeliverableInput = z.object({
  taskVersionId: z.string().min(1).max(64),
  deliverableId: z.string().min(1).max(32),
  value: z.unknown(),
  seq: z.number().int().positive().max(2_000_000_000),
});

/** Locks the caller's skill attempt and tells whether it accepts work now; NOT_FOUND when not theirs. */
async function lockAttempt(tx: Prisma.TransactionClient, attemptId: string, candidateId: string) {
  const rows = await tx.$queryRaw<Array<{ id: string; status: string; deadline: Date; pausedAt: Date | null; skillPlanId: string | null }>>`
    SELECT id, status, deadline, "pausedAt", "skillPlanId" FROM "Attempt"
    WHERE id = ${attemptId} AND "candidateId" = ${candidateId} AND "skillPlanId" IS NOT NULL FOR NO KEY UPDATE`;
  const a = rows[0];
  if (!a) throw new AppError("NOT_FOUND");
  const now = await dbNow(tx);
  const clock = { status: a.status as AttemptStatus, deadline: a.deadline, pausedAt: a.pausedAt };
  return { ...a, skillPlanId: a.skillPlanId!, now, remaining: remainingSeconds(clock, now), accepting: workStillAccepted({ status: a.status, deadline: a.deadline, now, graceSeconds: getEnv().SAVE_GRACE_SECONDS }) };
}

/**
 * The value as it is stored: rich text sanitized to what the examiners' page shows
 * (safeRichText), so the length limit and the checks count the text that is shown — a literal "<"
 * sent raw would otherwise hide what follows it from plainTextOfHtml — and nothing that could run
 * is ever stored. Other values unchanged.
 */
function storedForm(spec: { kind: string; rich?: boolean }, value: unknown): unknown {
  if (spec.kind !== "text" || !spec.rich || typeof value !== "object" || value === null) return value;
  const text = (value as { text?: unknown }).text;
  return typeof text === "string" ? { ...value, text: safeRichText(text) } : value;
}

function refuse(status: string): never {
  if (status === "paused") throw new AppError("CONFLICT", { message: "考试已被监考人员暂停，答案暂不能保存", params: { status } });
  throw new AppError("DEADLINE_PASSED", { message: "考试已结束，答案无法再保存", params: { status } });
}

export async function saveDeliverable(options: { attemptId: string; candidateId: string; input: unknown }) {
  const input = SaveDeliverableInput.parse(options.input);
  const prisma = getPrisma();
  const outcome = await prisma.$transaction(async (tx) => {
    const a = await lockAttempt(tx, options.attemptId, options.candidateId);
    if (!a.accepting) return { closed: a.status } as const;
    const spec = await deliverableOf(a.skillPlanId, input.taskVersionId, input.deliverableId, tx);
    const checked = validateDeliverableValue(spec, storedForm(spec, input.value));
    if (!checked.ok) throw new AppError("VALIDATION", { message: checked.message });
    const key = { attemptId_taskVersionId_deliverableId: { attemptId: a.id, taskVersionId: input.taskVersionId, deliverableId: input.deliverableId } };
    const existing = await tx.deliverableAnswer.findUnique({ where: key, select: { seq: true, value: true } });
    if (existing && existing.seq >= input.seq) {
      const newer = existing.seq > input.seq ? existing.value : undefined;
      return { saved: true, seq: input.seq, currentSeq: existing.seq, stale: true, current: newer, remainingSeconds: a.remaining };
    }
    const value = checked.value as Prisma.InputJsonValue;
    await tx.deliverableAnswer.upsert({
      where: key,
      create: { attemptId: a.id, taskVersionId: input.taskVersionId, deliverableId: input.deliverableId, value, seq: input.seq, savedAt: a.now },
      update: { value, seq: input.seq, savedAt: a.now },
    });
    await tx.$executeRaw`UPDATE "Attempt" SET "lastSeenAt" = ${a.now}, "lastSeq" = GREATEST("lastSeq", ${input.seq}) WHERE id = ${a.id}`;
    return { saved: true, seq: input.seq, currentSeq: input.seq, stale: false, remainingSeconds: a.remaining };
  });
  if ("closed" in outcome && outcome.closed !== undefined) {
    if (outcome.closed === "in_progress") await closeExpiredAttempts({ attemptId: options.attemptId });
    refuse(outcome.closed);
  }
  return outcome as Exclude<typeof outcome, { closed: string }>;
}

/** The candidate removes a file they handed in (marked replaced, the stored file kept), while the attempt accepts work. */
export async function removeSubmissionFile(options: { attemptId: string; candidateId: string; submissionFileId: string }) {
  const outcome = await getPrisma().$transaction(async (tx) => {
    const a = await lockAttempt(tx, options.attemptId, options.candidateId);
    if (!a.accepting) return { closed: a.status } as const;
    const n = await tx.submissionFile.updateMany({ where: { id: options.submissionFileId, attemptId: a.id, replacedAt: null }, data: { replacedAt: a.now } });
    if (n.count === 0) throw new AppError("NOT_FOUND");
    return { removed: true };
  });
  if ("closed" in outcome && outcome.closed !== undefined) refuse(outcome.closed);
  return { removed: true };
}
