// Use case: reissue a certificate after a correction (换发): the candidate must still pass; the old
// certificate is revoked ("换发，新证书 …") and a new one with a new number and the current scores
// is issued, in one transaction. If the candidate no longer passes, the admin revokes instead.
import { z } from "zod";
import { getPrisma } from "../db/client";
import { AppError } from "../errors";
import { loadDecisions } from "../decisions/load-decisions";
import { notify } from "../notifications/notify";
import { getCertificateSettings } from "../settings/certificate-settings";
import { shanghaiYear } from "../candidates/ticket-number";
import { createCertificateRow } from "./create-certificate-row";
import { reserveCertificateNumbers } from "./reserve-numbers";
import { revokeInTx } from "./revoke-certificate";

export const ReissueInputSchema = z.object({ certificateId: z.string().trim().min(1).max(64) });

export async function reissueCertificate(options: { actorId: string; input: unknown; now: Date }) {
  const { certificateId } = ReissueInputSchema.parse(options.input);
  return getPrisma().$transaction(
    async (tx) => {
      const old = await tx.certificate.findUnique({ where: { id: certificateId }, select: { id: true, number: true, candidateId: true, status: true } });
      if (!old) throw new AppError("NOT_FOUND");
      await tx.$queryRaw`SELECT id FROM "Candidate" WHERE id = ${old.candidateId} FOR UPDATE`;
      const candidate = await tx.candidate.findUniqueOrThrow({ where: { id: old.candidateId }, select: { id: true, userId: true, name: true, level: true, track: true } });
      const settings = await getCertificateSettings(tx);
      const { decisions } = await loadDecisions({ candidateIds: [candidate.id], now: options.now, db: tx, retentionMonths: settings.retentionMonths });
      const d = decisions.get(candidate.id)!;
      if (d.overall !== "pass") throw new AppError("CONFLICT", { message: "更正后该考生已不再合格，不能换发，请撤销证书" });
      const [number] = await reserveCertificateNumbers(tx, {
        pattern: settings.numberPattern,
        values: { school: settings.schoolCode, year: shanghaiYear(options.now), level: candidate.level, track: candidate.track },
        count: 1,
      });
      await revokeInTx(tx, { actorId: options.actorId, certificateId: old.id, reason: `成绩更正后换发，新证书编号 ${number}`, now: options.now });
      const cert = await createCertificateRow(tx, { candidate, decision: d, number: number!, actorId: options.actorId, now: options.now, replacesId: old.id });
      await tx.auditLog.create({ data: { actorId: options.actorId, action: "certificate.reissue", subject: cert.number, at: options.now, details: { replaces: old.number } } });
      await notify(tx, { userIds: [candidate.userId], kind: "certificate.issued", params: { number: cert.number }, now: options.now });
      return cert;
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}
