// Shared by the exam's route handlers: the calling candidate, and no-store JSON.
import { auth } from "../auth/auth";
import { requireApiUser } from "../auth/session";
import { AppError } from "../errors";

export async function requireCandidate(): Promise<{ userId: string; candidateId: string }> {
  const user = await requireApiUser({ roles: ["CANDIDATE"] });
  if (!user.candidateId) throw new AppError("FORBIDDEN");
  return { userId: user.id, candidateId: user.candidateId };
}

export function noStore(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store, max-age=0", Pragma: "no-cache" } });
}

/**
 * The answer-save hot path: the candidate id and the session version from the signed session
 * token, without a separate user lookup. The caller MUST pass `sessionVersion` to a statement that
 * compares it with User.sessionVersion (saveAnswer, answerPractice): the statement matches the
 * attempt by id AND candidate AND an active account of this user at that version (not disabled, no
 * pending password change, not revoked). Without a candidate in the token: the full check.
 */
export async function requireCandidateFromToken(): Promise<{ candidateId: string; userId: string; sessionVersion?: number }> {
  const session = await auth();
  if (!session?.user?.id) throw new AppError("UNAUTHENTICATED");
  if (session.user.candidateId) return { candidateId: session.user.candidateId, userId: session.user.id, sessionVersion: session.user.sessionVersion ?? 0 };
  return requireCandidate();
}
