// Use cases for a candidate: my sessions, and a session's waiting room. Scoped to the caller.
import { canStart, remainingSeconds, type AttemptStatus } from "@/exam/attempt";
import { getPrisma } from "../db/client";
import { AppError } from "../errors";
import { closeExpiredAttempts } from "./close-expired";
import { dbNow } from "./db-clock";

export async function listMySessions(options: { candidateId: string }) {
  await closeExpiredAttempts();
  const rows = await getPrisma().sessionCandidate.findMany({
    where: { candidateId: options.candidateId, session: { status: { in: ["published", "closed"] } } },
    orderBy: { session: { startsAt: "asc" } },
    select: {
      seat: true,
      sessionRoom: { select: { room: { select: { name: true } } } },
      session: { select: { id: true, name: true, mode: true, startsAt: true, minutes: true, attempts: { where: { candidateId: options.candidateId }, select: { status: true } } } },
    },
  });
  return rows.map((r) => ({
    sessionId: r.session.id,
    name: r.session.name,
    mode: r.session.mode,
    startsAt: r.session.startsAt,
    minutes: r.session.minutes,
    room: r.sessionRoom.room.name,
    seat: r.seat,
    attemptStatus: (r.session.attempts[0]?.status ?? null) as AttemptStatus | null,
  }));
}

export async function getWaitingRoom(options: { candidateId: string; sessionId: string }) {
  const prisma = getPrisma();
  await closeExpiredAttempts();
  const sc = await prisma.sessionCandidate.findUnique({
    where: { sessionId_candidateId: { sessionId: options.sessionId, candidateId: options.candidateId } },
    select: {
      seat: true,
      paperId: true,
      sessionRoom: { select: { openedAt: true, room: { select: { name: true } } } },
      session: { select: { id: true, name: true, mode: true, status: true, startsAt: true, minutes: true, level: true, track: true, skillPlanId: true } },
    },
  });
  if (!sc || sc.session.status === "draft") throw new AppError("NOT_FOUND");
  const now = await dbNow(prisma);
  const attempt = await prisma.attempt.findUnique({
    where: { sessionId_candidateId: { sessionId: options.sessionId, candidateId: options.candidateId } },
    select: { id: true, status: true, deadline: true, pausedAt: true },
  });
  const ready = sc.session.mode === "skill" ? !!sc.session.skillPlanId : !!sc.paperId;
  const start = canStart({ published: sc.session.status === "published" && ready, roomOpenedAt: sc.sessionRoom.openedAt, startsAt: sc.session.startsAt, now });
  return {
    session: sc.session,
    room: sc.sessionRoom.room.name,
    seat: sc.seat,
    paperReady: ready,
    roomOpenedAt: sc.sessionRoom.openedAt,
    start,
    attempt: attempt ? { id: attempt.id, status: attempt.status as AttemptStatus, remainingSeconds: remainingSeconds({ ...attempt, status: attempt.status as AttemptStatus }, now) } : null,
    serverNow: now,
  };
}
