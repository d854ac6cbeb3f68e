// Shared by the exam's route handlers: the calling candidate, and no-store JSON.
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
