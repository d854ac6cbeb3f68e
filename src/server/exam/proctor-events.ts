// Use case: what happened during one candidate's attempt, for the proctor console's event list
// (each count opens it). Scoped like the console: proctors of the candidate's room, and admins.
import type { CurrentUser } from "../auth/session";
import { getPrisma } from "../db/client";
import { AppError } from "../errors";

type Caller = Pick<CurrentUser, "id" | "roles">;

export interface AttemptEventRow {
  /** focus-lost | focus-back | fullscreen-exit | copy | paste | extra-time | pause | resume | irregularity | end */
  kind: string;
  /** ISO time. */
  at: string;
  /** The proctor's recorded reason, or null for events the exam page recorded. */
  reason: string | null;
  /** Extra minutes granted (extra-time only). */
  minutes: number | null;
  /** Who recorded it (a proctor's display name), or null. */
  actor: string | null;
}

/** Events of `attemptId` in `sessionId`, oldest first (at most 500). NOT_FOUND outside the caller's rooms. */
export async function listAttemptEvents(options: { caller: Caller; sessionId: string; attemptId: string }): Promise<{ events: AttemptEventRow[] }> {
  const prisma = getPrisma();
  const attempt = await prisma.attempt.findFirst({ where: { id: options.attemptId, sessionId: options.sessionId }, select: { candidateId: true } });
  if (!attempt) throw new AppError("NOT_FOUND");
  if (!options.caller.roles.includes("ADMIN")) {
    const sc = await prisma.sessionCandidate.findUnique({
      where: { sessionId_candidateId: { sessionId: options.sessionId, candidateId: attempt.candidateId } },
      select: { sessionRoomId: true },
    });
    const mine = await prisma.sessionStaff.findFirst({ where: { sessionId: options.sessionId, userId: options.caller.id, role: "PROCTOR", sessionRoomId: sc?.sessionRoomId ?? "-" } });
    if (!mine) throw new AppError("NOT_FOUND");
  }
  const rows = await prisma.attemptEvent.findMany({ where: { attemptId: options.attemptId }, orderBy: { at: "asc" }, take: 500, select: { kind: true, at: true, actorId: true, details: true } });
  const actorIds = [...new Set(rows.flatMap((r) => (r.actorId ? [r.actorId] : [])))];
  const actors = new Map((await prisma.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, displayName: true } })).map((u) => [u.id, u.displayName]));
  return {
    events: rows.map((r) => {
      const d = (r.details ?? {}) as { reason?: unknown; minutes?: unknown };
      return {
        kind: r.kind,
        at: r.at.toISOString(),
        reason: typeof d.reason === "string" ? d.reason : null,
        minutes: typeof d.minutes === "number" ? d.minutes : null,
        actor: r.actorId ? (actors.get(r.actorId) ?? null) : null,
      };
    }),
  };
}
