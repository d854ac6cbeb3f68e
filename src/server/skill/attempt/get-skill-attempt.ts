// Use case: the candidate's skill exam page data: the plan's tasks with instructions, materials
// and deliverables (checks are not shown: they are evidence for the examiners), the saved values
// with their sequence numbers, the current files, and the time left by the server's clock.
// Scoped: another candidate's attempt is "not found".
import { remainingSeconds, type AttemptStatus } from "@/exam/attempt";
import { getPrisma } from "../../db/client";
import { AppError } from "../../errors";
import { closeExpiredAttempts } from "../../exam/close-expired";
import { dbNow } from "../../exam/db-clock";
import { loadPlanTasks } from "./plan-tasks";

export async function getSkillAttemptForCandidate(options: { attemptId: string; candidateId: string }) {
  const prisma = getPrisma();
  await closeExpiredAttempts({ attemptId: options.attemptId });
  const a = await prisma.attempt.findFirst({
    where: { id: options.attemptId, candidateId: options.candidateId, skillPlanId: { not: null } },
    select: {
      id: true,
      sessionId: true,
      skillPlanId: true,
      status: true,
      startedAt: true,
      deadline: true,
      pausedAt: true,
      submittedBy: true,
      lastSeq: true,
      session: { select: { name: true } },
      deliverableAnswers: { select: { taskVersionId: true, deliverableId: true, value: true, seq: true } },
      submissionFiles: {
        where: { replacedAt: null },
        orderBy: { createdAt: "asc" },
        select: { id: true, taskVersionId: true, deliverableId: true, file: { select: { id: true, originalName: true, size: true, mime: true } } },
      },
    },
  });
  if (!a) throw new AppError("NOT_FOUND");
  const tasks = await loadPlanTasks(a.skillPlanId!);
  const now = await dbNow(prisma);
  const status = a.status as AttemptStatus;
  return {
    attemptId: a.id,
    sessionId: a.sessionId,
    sessionName: a.session.name,
    status,
    submittedBy: a.submittedBy,
    remainingSeconds: remainingSeconds({ status, deadline: a.deadline, pausedAt: a.pausedAt }, now),
    lastSeq: a.lastSeq,
    startedAt: a.startedAt.toISOString(),
    tasks: tasks.map((t) => ({
      versionId: t.versionId,
      title: t.title,
      instructions: t.instructions,
      points: t.points,
      minutes: t.minutes,
      materials: t.materials,
      deliverables: t.deliverables.map(({ checks: _checks, ...d }) => d),
    })),
    answers: a.deliverableAnswers.map((d) => ({ taskVersionId: d.taskVersionId, deliverableId: d.deliverableId, value: d.value, seq: d.seq })),
    files: a.submissionFiles.map((s) => ({ id: s.id, taskVersionId: s.taskVersionId, deliverableId: s.deliverableId, fileId: s.file.id, name: s.file.originalName, size: s.file.size, mime: s.file.mime })),
  };
}

export type SkillAttemptView = Awaited<ReturnType<typeof getSkillAttemptForCandidate>>;

/** Is this the candidate's own skill attempt? (pages answer 404 otherwise) */
export async function isSkillAttempt(options: { attemptId: string; candidateId: string }): Promise<boolean> {
  const a = await getPrisma().attempt.findFirst({ where: { id: options.attemptId, candidateId: options.candidateId, skillPlanId: { not: null } }, select: { id: true } });
  return !!a;
}
