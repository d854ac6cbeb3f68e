// Use case: a candidate starts (or resumes) their attempt. The paper and the candidate's order
// were fixed when the session was published; starting only records the deadline, by the
// database's clock. Starting twice, from a reload or a second device, returns the same attempt.
import { Prisma } from "@prisma/client";
import { canStart, initialDeadline } from "@/exam/attempt";
import { getPrisma } from "../db/client";
import { AppError } from "../errors";
import { dbNow } from "./db-clock";

const REASONS = {
  "not-published": "考试尚未发布或试卷尚未准备好",
  "room-not-open": "监考人员尚未开考，请稍候",
  "too-early": "尚未到开考时间",
} as const;

export async function startAttempt(options: { candidateId: string; sessionId: string }): Promise<{ attemptId: string }> {
  const prisma = getPrisma();
  const existing = await prisma.attempt.findUnique({
    where: { sessionId_candidateId: { sessionId: options.sessionId, candidateId: options.candidateId } },
    select: { id: true },
  });
  if (existing) return { attemptId: existing.id };

  const sc = await prisma.sessionCandidate.findUnique({
    where: { sessionId_candidateId: { sessionId: options.sessionId, candidateId: options.candidateId } },
    select: { paperId: true, sessionRoom: { select: { openedAt: true } }, session: { select: { status: true, mode: true, startsAt: true, minutes: true, skillPlanId: true } } },
  });
  if (!sc || sc.session.status === "draft" || (sc.session.mode !== "theory" && sc.session.mode !== "skill")) throw new AppError("NOT_FOUND");
  // A skill attempt works on the session's plan (docs/skill-delivery.md); a theory one sits the seat's paper.
  const skill = sc.session.mode === "skill";
  const now = await dbNow(prisma);
  const decision = canStart({ published: sc.session.status === "published" && (skill ? !!sc.session.skillPlanId : !!sc.paperId), roomOpenedAt: sc.sessionRoom.openedAt, startsAt: sc.session.startsAt, now });
  if (!decision.ok) throw new AppError("CONFLICT", { message: REASONS[decision.reason] });
  try {
    const attempt = await prisma.attempt.create({
      data: {
        sessionId: options.sessionId,
        candidateId: options.candidateId,
        paperId: skill ? null : sc.paperId!,
        skillPlanId: skill ? sc.session.skillPlanId : null,
        startedAt: now,
        deadline: initialDeadline(now, sc.session.minutes),
        lastSeenAt: now,
      },
      select: { id: true },
    });
    return { attemptId: attempt.id };
  } catch (error) {
    // Two devices pressed start at once: the unique (session, candidate) keeps one attempt.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const a = await prisma.attempt.findUniqueOrThrow({ where: { sessionId_candidateId: { sessionId: options.sessionId, candidateId: options.candidateId } }, select: { id: true } });
      return { attemptId: a.id };
    }
    throw error;
  }
}
