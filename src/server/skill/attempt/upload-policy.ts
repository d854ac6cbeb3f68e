// The "skill-deliverable" upload policy (docs/storage.md, docs/skill-delivery.md): a candidate
// uploads a file for a files deliverable of a task in their own skill attempt, while the attempt
// is in progress and until its deadline plus the grace (SAVE_GRACE_SECONDS); a complete file
// counts by the instant its last byte arrived, decided under the attempt's row lock. Size, types (by
// content) and count come from the deliverable. A completed upload becomes a StoredFile and a
// SubmissionFile; an earlier file of the deliverable is marked replaced only then (so the earlier
// one stays until the new one is stored). Metadata: attemptId, taskVersionId, deliverableId,
// optional `replaces` (a SubmissionFile id of the same deliverable, when maxCount > 1).
import { randomUUID } from "node:crypto";
import { Prisma } from "@prisma/client";
import { workStillAccepted } from "@/exam/deliverables";
import { uploadAccepted, type AttemptForUpload, type UploadDecision } from "@/exam/upload-acceptance";
import { getPrisma } from "../../db/client";
import { getEnv } from "../../env";
import { AppError } from "../../errors";
import { dbNow } from "../../exam/db-clock";
import { UploadRefusal } from "../../uploads/refusal";
import { registerUploadPolicy, type LastByte, type UploadCaller, type UploadMeta, type UploadPolicy, type VerifiedFile } from "../../uploads/policy";
import { markChecksDue, runChecksForAttempt } from "../run-attempt-checks";
import { deliverableOf } from "./plan-tasks";

export const SKILL_DELIVERABLE = "skill-deliverable";
const AFTER_DEADLINE = "考试时间已到，不能再上传文件；之前已保存的文件不受影响。";
const SUBMITTED = "考试已交卷，不能再上传文件；交卷前已保存的文件不受影响。";
const PAUSED = "考试已被监考人员暂停，暂不能上传文件；恢复后可继续。";

type OwnAttempt = AttemptForUpload & { id: string; sessionId: string; skillPlanId: string };

/**
 * Throws the refusal for a negative decision: paused → 423 (Locked: the browser keeps retrying and
 * continues once the proctor resumes), otherwise DEADLINE_PASSED (409, final).
 */
function refuse(decision: UploadDecision): void {
  if (decision.ok) return;
  if (decision.reason === "paused") throw new UploadRefusal(423, "CONFLICT", PAUSED);
  throw new AppError("DEADLINE_PASSED", { message: decision.reason === "submitted" ? SUBMITTED : AFTER_DEADLINE });
}

/** The caller's own skill attempt (no time rule applied); NOT_FOUND when not theirs or not a skill attempt. */
async function ownAttempt(caller: UploadCaller, attemptId: string | undefined): Promise<OwnAttempt> {
  if (!caller.candidateId || !attemptId) throw new AppError("NOT_FOUND");
  const a = await getPrisma().attempt.findFirst({
    where: { id: attemptId, candidateId: caller.candidateId, skillPlanId: { not: null } },
    select: { id: true, sessionId: true, skillPlanId: true, status: true, deadline: true, pausedAt: true, submittedAt: true, submittedBy: true },
  });
  if (!a) throw new AppError("NOT_FOUND");
  return { ...a, skillPlanId: a.skillPlanId! };
}

/** The instant of the last byte on the database's clock: `now` (the database's) minus its age. */
const receivedAt = (now: Date, lastByte: LastByte) => new Date(now.getTime() - lastByte.msAgo());

/**
 * The caller's own skill attempt, still accepting work: now (creation, each chunk: in progress and
 * within deadline + grace), or — with `lastByte` (completion) — as of the instant the last byte
 * arrived (uploadAccepted). Else NOT_FOUND / DEADLINE_PASSED / 423 (paused).
 */
async function acceptingAttempt(caller: UploadCaller, attemptId: string | undefined, lastByte?: LastByte): Promise<OwnAttempt> {
  const a = await ownAttempt(caller, attemptId);
  const now = await dbNow(getPrisma());
  const graceSeconds = getEnv().SAVE_GRACE_SECONDS;
  if (lastByte) refuse(uploadAccepted({ attempt: a, receivedAt: receivedAt(now, lastByte), graceSeconds }));
  else if (!workStillAccepted({ status: a.status, deadline: a.deadline, now, graceSeconds }))
    refuse({ ok: false, reason: a.status === "paused" ? "paused" : a.status === "submitted" && a.submittedBy !== "deadline" ? "submitted" : "deadline" });
  return a;
}

/** The files deliverable named by the metadata, in the attempt's plan; NOT_FOUND otherwise. */
async function filesDeliverable(a: OwnAttempt, meta: UploadMeta) {
  const d = await deliverableOf(a.skillPlanId, meta.taskVersionId ?? "", meta.deliverableId ?? "");
  if (d.kind !== "files") throw new AppError("NOT_FOUND");
  return d;
}

const current = (attemptId: string, taskVersionId: string, deliverableId: string) => ({ attemptId, taskVersionId, deliverableId, replacedAt: null });

export const skillDeliverablePolicy: UploadPolicy = {
  async grant(caller, meta) {
    const attempt = await acceptingAttempt(caller, meta.attemptId);
    const spec = await filesDeliverable(attempt, meta);
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

  async check(caller, ownerKey, meta, lastByte) {
    if (ownerKey !== meta.attemptId) throw new AppError("NOT_FOUND");
    await acceptingAttempt(caller, ownerKey, lastByte);
  },

  /**
   * Records the verified file. Whether it still counts is decided under the attempt's row lock (so
   * a submit, a pause or the deadline sweep cannot slip in between) and as of the instant its last
   * byte arrived (uploadAccepted, docs/skill-delivery.md "When a file counts"), not of now. A file
   * recorded into an already submitted attempt (its last byte arrived before the submit or within
   * the deadline's grace) makes the automatic checks run again, in the same transaction marked as
   * due (no `checks-computed` event), so the sweep redoes them if this process dies first.
   */
  async complete(caller, file: VerifiedFile) {
    const meta = file.meta;
    const attempt = await ownAttempt(caller, meta.attemptId);
    const spec = await filesDeliverable(attempt, meta);
    const prisma = getPrisma();
    const done = async () => {
      const f = await prisma.storedFile.findUnique({ where: { storageKey: file.storageKey }, select: { id: true, submission: { select: { id: true } } } });
      return f ? { fileId: f.id, submissionFileId: f.submission?.id ?? null, name: file.originalName, size: file.size } : null;
    };
    const again = await done();
    if (again) return again; // complete() ran before for this storage key (a crash or a lost answer)
    const graceSeconds = getEnv().SAVE_GRACE_SECONDS;
    try {
      const out = await prisma.$transaction(
        async (tx) => {
          // Serialise completions of one attempt (two uploads finishing together keep maxCount), and
          // decide under the lock: a submit or pause committed before it is seen here.
          const [locked] = await tx.$queryRaw<AttemptForUpload[]>`
            SELECT status, deadline, "pausedAt", "submittedAt", "submittedBy" FROM "Attempt" WHERE id = ${attempt.id} FOR UPDATE`;
          if (!locked) throw new AppError("NOT_FOUND");
          // The database's clock after the lock was granted (now() would be the transaction's
          // start, before any wait for the lock, and so place the last byte too early).
          const [{ now }] = (await tx.$queryRaw<Array<{ now: Date }>>`SELECT clock_timestamp() AS now`) as [{ now: Date }];
          refuse(uploadAccepted({ attempt: locked, receivedAt: receivedAt(now, file.lastByte), graceSeconds }));
          const late = locked.status === "submitted";
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
          if (late) await markChecksDue(tx, attempt.id);
          return { result: { fileId: stored.id, submissionFileId: sub.id, name: file.originalName, size: file.size }, late };
        },
        { timeout: 15_000 }, // the row lock may be waited for behind a submit or a proctor's action
      );
      if (out.late) await runChecksForAttempt(attempt.id).catch((error: unknown) => console.error(`[skill] checks of attempt ${attempt.id} after a late file failed:`, error));
      return out.result;
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
