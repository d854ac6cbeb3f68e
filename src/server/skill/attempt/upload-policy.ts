// The "skill-deliverable" upload policy (docs/storage.md, docs/skill-delivery.md): a candidate
// uploads a file for a files deliverable of a task in their own skill attempt, while the attempt
// is in progress and until its deadline plus the grace (SAVE_GRACE_SECONDS). Size, types (by
// content) and count come from the deliverable. A completed upload becomes a StoredFile and a
// SubmissionFile; an earlier file of the deliverable is marked replaced only then (so the earlier
// one stays until the new one is stored). Metadata: attemptId, taskVersionId, deliverableId,
// optional `replaces` (a SubmissionFile id of the same deliverable, when maxCount > 1).
import { randomUUID } from "node:crypto";
import { Prisma } from "@prisma/client";
import { workStillAccepted } from "@/exam/deliverables";
import { getPrisma } from "../../db/client";
import { getEnv } from "../../env";
import { AppError } from "../../errors";
import { dbNow } from "../../exam/db-clock";
import { registerUploadPolicy, type UploadCaller, type UploadMeta, type UploadPolicy, type VerifiedFile } from "../../uploads/policy";
import { deliverableOf } from "./plan-tasks";

export const SKILL_DELIVERABLE = "skill-deliverable";
const AFTER_DEADLINE = "考试时间已到，不能再上传文件；之前已保存的文件不受影响。";
const PAUSED = "考试已被监考人员暂停，暂不能上传文件；恢复后可继续。";

/** The caller's own skill attempt, still accepting work; else NOT_FOUND / DEADLINE_PASSED / CONFLICT. */
async function acceptingAttempt(caller: UploadCaller, attemptId: string | undefined) {
  if (!caller.candidateId || !attemptId) throw new AppError("NOT_FOUND");
  const prisma = getPrisma();
  const a = await prisma.attempt.findFirst({
    where: { id: attemptId, candidateId: caller.candidateId, skillPlanId: { not: null } },
    select: { id: true, sessionId: true, skillPlanId: true, status: true, deadline: true },
  });
  if (!a) throw new AppError("NOT_FOUND");
  const now = await dbNow(prisma);
  if (!workStillAccepted({ status: a.status, deadline: a.deadline, now, graceSeconds: getEnv().SAVE_GRACE_SECONDS })) {
    if (a.status === "paused") throw new AppError("CONFLICT", { message: PAUSED });
    throw new AppError("DEADLINE_PASSED", { message: AFTER_DEADLINE });
  }
  return { ...a, skillPlanId: a.skillPlanId! };
}

async function filesSpec(caller: UploadCaller, meta: UploadMeta) {
  const a = await acceptingAttempt(caller, meta.attemptId);
  const d = await deliverableOf(a.skillPlanId, meta.taskVersionId ?? "", meta.deliverableId ?? "");
  if (d.kind !== "files") throw new AppError("NOT_FOUND");
  return { attempt: a, spec: d };
}

const current = (attemptId: string, taskVersionId: string, deliverableId: string) => ({ attemptId, taskVersionId, deliverableId, replacedAt: null });

export const skillDeliverablePolicy: UploadPolicy = {
  async grant(caller, meta) {
    const { attempt, spec } = await filesSpec(caller, meta);
    const prisma = getPrisma();
    const where = current(attempt.id, meta.taskVersionId!, meta.deliverableId!);
    if (meta.replaces) {
      const r = await prisma.submissionFile.findFirst({ where: { ...where, id: meta.replaces }, select: { id: true } });
      if (!r) throw new AppError("NOT_FOUND", { message: "要替换的文件不存在或已被替换" });
    } else if (spec.maxCount > 1 && (await prisma.submissionFile.count({ where })) >= spec.maxCount) {
      throw new AppError("CONFLICT", { message: `「${spec.title}」最多 ${spec.maxCount} 个文件，请先删除或替换一个` });
    }
    return {
      ownerKey: attempt.id,
      maxBytes: spec.maxBytes,
      allowedMimes: spec.accept,
      storageKey: `skill/${attempt.sessionId}/${attempt.id}/${spec.id}/${randomUUID()}`,
    };
  },

  async check(caller, ownerKey, meta) {
    if (ownerKey !== meta.attemptId) throw new AppError("NOT_FOUND");
    await acceptingAttempt(caller, ownerKey);
  },

  async complete(caller, file: VerifiedFile) {
    const meta = file.meta;
    const { attempt, spec } = await filesSpec(caller, meta);
    const prisma = getPrisma();
    const done = async () => {
      const f = await prisma.storedFile.findUnique({ where: { storageKey: file.storageKey }, select: { id: true, submission: { select: { id: true } } } });
      return f ? { fileId: f.id, submissionFileId: f.submission?.id ?? null, name: file.originalName, size: file.size } : null;
    };
    const again = await done();
    if (again) return again; // complete() ran before for this storage key (a crash or a lost answer)
    try {
      return await prisma.$transaction(async (tx) => {
        // Serialise completions of one attempt, so two uploads finishing together keep maxCount.
        await tx.$queryRaw`SELECT id FROM "Attempt" WHERE id = ${attempt.id} FOR UPDATE`;
        const now = await dbNow(tx);
        const stored = await tx.storedFile.create({
          data: { storageKey: file.storageKey, sha256: file.sha256, size: file.size, mime: file.mime, originalName: file.originalName.slice(0, 255), ownerId: caller.userId },
          select: { id: true },
        });
        const where = current(attempt.id, meta.taskVersionId!, spec.id);
        if (meta.replaces) await tx.submissionFile.updateMany({ where: { ...where, id: meta.replaces }, data: { replacedAt: now } });
        else if (spec.maxCount === 1) await tx.submissionFile.updateMany({ where, data: { replacedAt: now } });
        else if ((await tx.submissionFile.count({ where })) >= spec.maxCount)
          throw new AppError("CONFLICT", { message: `「${spec.title}」最多 ${spec.maxCount} 个文件，请先删除或替换一个` });
        const sub = await tx.submissionFile.create({
          data: { attemptId: attempt.id, taskVersionId: meta.taskVersionId!, deliverableId: spec.id, fileId: stored.id },
          select: { id: true },
        });
        return { fileId: stored.id, submissionFileId: sub.id, name: file.originalName, size: file.size };
      });
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
        const raced = await done();
        if (raced) return raced;
      }
      throw error;
    }
  },
};

registerUploadPolicy(SKILL_DELIVERABLE, skillDeliverablePolicy);
