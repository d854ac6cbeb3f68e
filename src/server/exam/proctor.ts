// Use cases of the proctor console. Scoped: a proctor acts only in rooms of sessions they are
// assigned to (an admin may act everywhere). Every action is recorded as an attempt event with
// the actor and the reason, and in the audit log.
import { z } from "zod";
import { textWithoutNul } from "../text-input";
import { deadlineAfterResume, deadlineWithExtra, progressState, remainingSeconds, type AttemptStatus } from "@/exam/attempt";
import type { CurrentUser } from "../auth/session";
import { getPrisma } from "../db/client";
import { AppError } from "../errors";
import { candidatesWithPhoto } from "../photos/get-photo";
import { closeExpiredAttempts } from "./close-expired";
import { dbNow } from "./db-clock";

type Caller = Pick<CurrentUser, "id" | "roles">;

async function roomsOf(caller: Caller, sessionId: string): Promise<string[] | "all"> {
  if (caller.roles.includes("ADMIN")) return "all";
  const rows = await getPrisma().sessionStaff.findMany({ where: { sessionId, userId: caller.id, role: "PROCTOR" }, select: { sessionRoomId: true } });
  if (rows.length === 0) throw new AppError("NOT_FOUND");
  return rows.map((r) => r.sessionRoomId).filter((id): id is string => !!id);
}

export async function listProctorSessions(caller: Caller) {
  const where = caller.roles.includes("ADMIN") ? { status: "published" } : { status: "published", staff: { some: { userId: caller.id, role: "PROCTOR" } } };
  return getPrisma().examSession.findMany({
    where: { ...where, mode: "theory" },
    orderBy: { startsAt: "asc" },
    select: { id: true, name: true, startsAt: true, minutes: true, level: true, track: true },
  });
}

export async function getProctorConsole(options: { caller: Caller; sessionId: string }) {
  const prisma = getPrisma();
  const rooms = await roomsOf(options.caller, options.sessionId);
  await closeExpiredAttempts();
  const session = await prisma.examSession.findUnique({
    where: { id: options.sessionId },
    select: {
      id: true,
      name: true,
      startsAt: true,
      minutes: true,
      status: true,
      rooms: {
        where: rooms === "all" ? {} : { id: { in: rooms } },
        select: {
          id: true,
          openedAt: true,
          room: { select: { name: true } },
          candidates: { orderBy: { seat: "asc" }, select: { seat: true, candidateId: true, itemOrder: true } },
        },
      },
    },
  });
  if (!session) throw new AppError("NOT_FOUND");
  const candidateIds = session.rooms.flatMap((r) => r.candidates.map((c) => c.candidateId));
  const [people, attempts, counts, photos] = await Promise.all([
    prisma.candidate.findMany({ where: { id: { in: candidateIds } }, select: { id: true, name: true, ticketNumber: true } }),
    prisma.attempt.findMany({
      where: { sessionId: session.id, candidateId: { in: candidateIds } },
      select: { id: true, candidateId: true, status: true, deadline: true, pausedAt: true, lastSeenAt: true, extraSeconds: true, submittedBy: true },
    }),
    prisma.$queryRaw<Array<{ attemptId: string; answered: bigint; events: bigint }>>`
      SELECT a.id AS "attemptId",
             (SELECT count(*) FROM "Answer" x WHERE x."attemptId" = a.id AND cardinality(x.response) > 0) AS answered,
             (SELECT count(*) FROM "AttemptEvent" e WHERE e."attemptId" = a.id AND e.kind IN ('focus-lost','fullscreen-exit','copy','paste')) AS events
      FROM "Attempt" a WHERE a."sessionId" = ${session.id}`,
    // Photos for the identity check at the door (served to this session's proctors).
    candidatesWithPhoto(candidateIds),
  ]);
  const now = await dbNow(prisma);
  const personOf = new Map(people.map((p) => [p.id, p]));
  const attemptOf = new Map(attempts.map((a) => [a.candidateId, a]));
  const countOf = new Map(counts.map((c) => [c.attemptId, c]));
  return {
    session: { id: session.id, name: session.name, startsAt: session.startsAt, minutes: session.minutes },
    serverNow: now.toISOString(),
    rooms: session.rooms.map((r) => ({
      sessionRoomId: r.id,
      name: r.room.name,
      openedAt: r.openedAt,
      candidates: r.candidates.map((c) => {
        const a = attemptOf.get(c.candidateId);
        const clock = a ? { ...a, status: a.status as AttemptStatus } : null;
        const n = a ? countOf.get(a.id) : undefined;
        return {
          seat: c.seat,
          candidateId: c.candidateId,
          name: personOf.get(c.candidateId)?.name ?? "",
          ticketNumber: personOf.get(c.candidateId)?.ticketNumber ?? "",
          hasPhoto: photos.has(c.candidateId),
          attemptId: a?.id ?? null,
          state: progressState(clock, now),
          answered: Number(n?.answered ?? 0),
          total: Array.isArray(c.itemOrder) ? c.itemOrder.length : 0,
          events: Number(n?.events ?? 0),
          lastSeenAt: a?.lastSeenAt ?? null,
          remainingSeconds: clock ? remainingSeconds(clock, now) : null,
          extraMinutes: a ? Math.round(a.extraSeconds / 60) : 0,
          submittedBy: a?.submittedBy ?? null,
        };
      }),
    })),
  };
}

export async function openRoom(options: { caller: Caller; sessionId: string; sessionRoomId: string }) {
  const rooms = await roomsOf(options.caller, options.sessionId);
  if (rooms !== "all" && !rooms.includes(options.sessionRoomId)) throw new AppError("NOT_FOUND");
  const prisma = getPrisma();
  const exists = await prisma.sessionRoom.findFirst({ where: { id: options.sessionRoomId, sessionId: options.sessionId }, select: { id: true } });
  if (!exists) throw new AppError("NOT_FOUND");
  const updated = await prisma.sessionRoom.updateMany({
    where: { id: options.sessionRoomId, sessionId: options.sessionId, openedAt: null, session: { status: "published" } },
    data: { openedAt: await dbNow(prisma), openedById: options.caller.id },
  });
  await prisma.auditLog.create({ data: { actorId: options.caller.id, action: "session.openRoom", subject: options.sessionRoomId, details: { sessionId: options.sessionId, changed: updated.count } } });
  return { opened: true };
}

export const ProctorActionInput = z.discriminatedUnion("action", [
  z.object({ action: z.literal("extra-time"), minutes: z.number().int().min(1).max(120), reason: z.string().trim().min(2, "请填写理由").max(500).pipe(textWithoutNul("理由")) }),
  z.object({ action: z.literal("pause"), reason: z.string().trim().min(2, "请填写理由").max(500).pipe(textWithoutNul("理由")) }),
  z.object({ action: z.literal("resume"), reason: z.string().trim().max(500).pipe(textWithoutNul("理由")).default("") }),
  z.object({ action: z.literal("irregularity"), reason: z.string().trim().min(2, "请填写违纪情况").max(1000).pipe(textWithoutNul("违纪情况")) }),
  z.object({ action: z.literal("end"), reason: z.string().trim().min(2, "请填写理由").max(500).pipe(textWithoutNul("理由")) }),
]);

/** A proctor acts on one candidate's attempt. */
export async function proctorAct(options: { caller: Caller; sessionId: string; attemptId: string; input: unknown }) {
  const input = ProctorActionInput.parse(options.input);
  const rooms = await roomsOf(options.caller, options.sessionId);
  const prisma = getPrisma();
  await closeExpiredAttempts({ attemptId: options.attemptId });
  return prisma.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM "Attempt" WHERE id = ${options.attemptId} AND "sessionId" = ${options.sessionId} FOR UPDATE`;
    if (!locked) throw new AppError("NOT_FOUND");
    const a = await tx.attempt.findUniqueOrThrow({ where: { id: options.attemptId }, select: { candidateId: true, status: true, deadline: true, pausedAt: true, extraSeconds: true } });
    if (rooms !== "all") {
      const sc = await tx.sessionCandidate.findUnique({ where: { sessionId_candidateId: { sessionId: options.sessionId, candidateId: a.candidateId } }, select: { sessionRoomId: true } });
      if (!sc || !rooms.includes(sc.sessionRoomId)) throw new AppError("NOT_FOUND");
    }
    const clock = { status: a.status as AttemptStatus, deadline: a.deadline, pausedAt: a.pausedAt };
    const [{ now }] = (await tx.$queryRaw<Array<{ now: Date }>>`SELECT now() AS now`) as [{ now: Date }];
    const closed = () => new AppError("CONFLICT", { message: "该考生已交卷" });
    switch (input.action) {
      case "extra-time":
        if (clock.status === "submitted") throw closed();
        await tx.attempt.update({ where: { id: options.attemptId }, data: { deadline: deadlineWithExtra(clock, input.minutes * 60), extraSeconds: a.extraSeconds + input.minutes * 60 } });
        break;
      case "pause":
        if (clock.status !== "in_progress") throw new AppError("CONFLICT", { message: clock.status === "paused" ? "已经暂停" : "该考生已交卷" });
        await tx.attempt.update({ where: { id: options.attemptId }, data: { status: "paused", pausedAt: now } });
        break;
      case "resume":
        if (clock.status !== "paused") throw new AppError("CONFLICT", { message: "该考生未处于暂停状态" });
        await tx.attempt.update({ where: { id: options.attemptId }, data: { status: "in_progress", pausedAt: null, deadline: deadlineAfterResume(clock, now) } });
        break;
      case "end":
        if (clock.status === "submitted") throw closed();
        await tx.attempt.update({ where: { id: options.attemptId }, data: { status: "submitted", submittedAt: now, submittedBy: "proctor", endReason: input.reason } });
        break;
      case "irregularity":
        break;
    }
    const details = { ...input };
    await tx.attemptEvent.create({ data: { attemptId: options.attemptId, kind: input.action, actorId: options.caller.id, at: now, details } });
    await tx.auditLog.create({ data: { actorId: options.caller.id, action: `attempt.${input.action}`, subject: options.attemptId, at: now, details } });
    return { ok: true };
  });
}
