// Reading a handed-in file for the people who judge it: the examiners on that session's panel,
// the assigned reviewer of a skill score review of that candidate, and admins. Everyone else —
// an examiner of another session included — gets NOT_FOUND, so they learn nothing.
import type { CurrentUser } from "../../auth/session";
import { getPrisma } from "../../db/client";
import { AppError } from "../../errors";
import { getStorage } from "../../storage";

type Caller = Pick<CurrentUser, "id" | "roles">;

/** May `caller` see the work of `candidateId` in `sessionId`? (panel member, assigned skill reviewer, admin) */
export async function maySeeWork(caller: Caller, sessionId: string, candidateId: string): Promise<boolean> {
  if (caller.roles.includes("ADMIN")) return true;
  if (!caller.roles.includes("EXAMINER")) return false;
  const prisma = getPrisma();
  const onPanel = await prisma.sessionStaff.count({ where: { sessionId, userId: caller.id, role: { in: ["EXAMINER", "CHIEF_EXAMINER"] }, session: { mode: "skill", status: { not: "draft" } } } });
  if (onPanel > 0) return true;
  return (await prisma.scoreReview.count({ where: { sessionId, candidateId, part: "skill", reviewerId: caller.id } })) > 0;
}

/**
 * A submitted file of the session, for a caller who may see it: its metadata and a stream of its
 * bytes (optionally a byte range, inclusive end), and `where` it was handed in (attempt, candidate,
 * task version, deliverable). Throws AppError("NOT_FOUND") for a file that is
 * not a submission of this session or a caller who may not see it.
 */
export async function openSubmittedFile(o: { caller: Caller; sessionId: string; fileId: string; range?: { start: number; end: number } }) {
  const row = await getPrisma().submissionFile.findUnique({
    where: { fileId: o.fileId },
    select: { attemptId: true, taskVersionId: true, deliverableId: true, attempt: { select: { sessionId: true, candidateId: true } }, file: { select: { storageKey: true, mime: true, size: true, originalName: true, sha256: true } } },
  });
  if (!row || row.attempt.sessionId !== o.sessionId) throw new AppError("NOT_FOUND");
  if (!(await maySeeWork(o.caller, o.sessionId, row.attempt.candidateId))) throw new AppError("NOT_FOUND");
  const stream = await getStorage().get(row.file.storageKey, o.range);
  return { ...row.file, stream, where: { attemptId: row.attemptId, candidateId: row.attempt.candidateId, taskVersionId: row.taskVersionId, deliverableId: row.deliverableId } };
}
