// Ending sessions: bump User.sessionVersion, which every session token must match
// (src/server/auth/session-token.ts). See docs/operations.md "Sessions and security".
import { getPrisma } from "../db/client";
import { AppError } from "../errors";

/**
 * Revokes every session token of `userId` issued so far; returns the new version, or null when
 * `ifVersion` is given and is no longer current (the token signing out was already revoked: a
 * stale copy cannot sign the user out again and again).
 */
export async function revokeSessions(options: { userId: string; ifVersion?: number }): Promise<number | null> {
  const prisma = getPrisma();
  const where = options.ifVersion === undefined ? { id: options.userId } : { id: options.userId, sessionVersion: options.ifVersion };
  const { count } = await prisma.user.updateMany({ where, data: { sessionVersion: { increment: 1 } } });
  if (count === 0) return null;
  const user = await prisma.user.findUnique({ where: { id: options.userId }, select: { sessionVersion: true } });
  return user?.sessionVersion ?? null;
}

/**
 * An admin ends every session of a user (e.g. a shared or stolen password): the user must sign
 * in again on every device. Audit-logged (`user.endSessions`). Errors: NOT_FOUND.
 * Authorization (ADMIN) is the caller's: see app/admin/candidates/[id]/actions.ts.
 */
export async function endUserSessions(options: { actorId: string; userId: string; now: Date }): Promise<void> {
  const prisma = getPrisma();
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: options.userId }, data: { sessionVersion: { increment: 1 } } });
    if (count === 0) throw new AppError("NOT_FOUND");
    await tx.auditLog.create({ data: { actorId: options.actorId, action: "user.endSessions", subject: options.userId, at: options.now } });
  });
}

/** `endUserSessions` for the account of a candidate (the admin candidate page). Errors: NOT_FOUND. */
export async function endCandidateSessions(options: { actorId: string; candidateId: string; now: Date }): Promise<void> {
  const candidate = await getPrisma().candidate.findUnique({ where: { id: options.candidateId }, select: { userId: true } });
  if (!candidate) throw new AppError("NOT_FOUND");
  await endUserSessions({ actorId: options.actorId, userId: candidate.userId, now: options.now });
}
