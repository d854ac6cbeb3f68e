// A correction of a score that a valid certificate shows flags that certificate: the admin then
// reissues it (new scores, new number; the old one is revoked) or revokes it (no longer a pass).
// Called in the transaction that records the correction (reviews, skill corrections, regrades).
import type { Prisma } from "@prisma/client";

export async function flagCertificatesAfterCorrection(
  tx: Prisma.TransactionClient,
  options: { candidateId: string; sessionId: string; reason: string; now: Date },
): Promise<number> {
  const r = await tx.certificate.updateMany({
    where: { validFor: options.candidateId, OR: [{ theorySessionId: options.sessionId }, { skillSessionId: options.sessionId }] },
    data: { flaggedAt: options.now, flagReason: options.reason.slice(0, 500) },
  });
  return r.count;
}
