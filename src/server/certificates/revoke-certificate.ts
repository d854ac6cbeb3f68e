// Use case: an admin revokes a certificate with a reason (audited; the candidate is notified).
// The verification page then says "revoked". A revoked certificate stays in the register.
import type { Prisma } from "@prisma/client";
import { z } from "zod";
import { getPrisma } from "../db/client";
import { AppError } from "../errors";
import { notify } from "../notifications/notify";

export const RevokeInputSchema = z.object({
  certificateId: z.string().trim().min(1).max(64),
  reason: z.string().trim().min(2, "请填写撤销原因").max(500, "撤销原因最多 500 字"),
});

/** Revokes inside `tx` (used by revoke and reissue). Throws CONFLICT when it is not valid. */
export async function revokeInTx(tx: Prisma.TransactionClient, options: { actorId: string; certificateId: string; reason: string; now: Date }) {
  const updated = await tx.certificate.updateMany({
    where: { id: options.certificateId, status: "valid" },
    data: { status: "revoked", validFor: null, revokedAt: options.now, revokedById: options.actorId, revokeReason: options.reason },
  });
  if (updated.count === 0) {
    const exists = await tx.certificate.findUnique({ where: { id: options.certificateId }, select: { id: true } });
    if (!exists) throw new AppError("NOT_FOUND");
    throw new AppError("CONFLICT", { message: "该证书已撤销" });
  }
  const cert = await tx.certificate.findUniqueOrThrow({ where: { id: options.certificateId }, select: { number: true, candidateId: true } });
  const candidate = await tx.candidate.findUnique({ where: { id: cert.candidateId }, select: { userId: true } });
  await tx.auditLog.create({ data: { actorId: options.actorId, action: "certificate.revoke", subject: cert.number, at: options.now, details: { reason: options.reason } } });
  if (candidate) await notify(tx, { userIds: [candidate.userId], kind: "certificate.revoked", params: { number: cert.number }, now: options.now });
  return cert;
}

export async function revokeCertificate(options: { actorId: string; input: unknown; now: Date }) {
  const input = RevokeInputSchema.parse(options.input);
  return getPrisma().$transaction((tx) => revokeInTx(tx, { actorId: options.actorId, certificateId: input.certificateId, reason: input.reason, now: options.now }));
}
