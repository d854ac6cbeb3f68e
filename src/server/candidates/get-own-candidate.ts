// Use case: a candidate reads their own application (never anyone else's).
import { getPrisma } from "../db/client";
import { AppError } from "../errors";

export async function getOwnCandidate(options: { userId: string }) {
  const c = await getPrisma().candidate.findUnique({
    where: { userId: options.userId },
    select: { name: true, ticketNumber: true, level: true, track: true, eligibilityStatus: true },
  });
  if (!c) throw new AppError("NOT_FOUND");
  return c;
}
