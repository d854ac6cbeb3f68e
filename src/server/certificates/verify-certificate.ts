// Use case: the public verification page /verify/<number> (no sign-in). Only the exact number
// finds a certificate: nothing is listed or searched. It tells valid or revoked, the name partly
// masked, level, track and date of issue (and of revocation) — nothing else personal. Every
// lookup counts towards the database-kept rate limit (verify-rate-limit.ts); while limited no
// lookup is made. Lookups of one address are serialized (advisory lock) so that parallel
// requests cannot slip past the count.
import { getPrisma } from "../db/client";
import { maskName } from "./mask-name";
import { CERTIFICATE_NUMBER_RE, normaliseCertificateNumber } from "./number-pattern";
import { addressKey, checkVerifyLimit, recordVerifyLookup } from "./verify-rate-limit";

export type VerifyResult =
  | { state: "rate-limited"; retryAfterMinutes: number }
  | { state: "not-found"; number: string }
  | { state: "valid" | "revoked"; number: string; maskedName: string; level: string; track: string; issuedAt: Date; revokedAt: Date | null };

export async function verifyCertificate(options: { number: string; address?: string | null; now: Date }): Promise<VerifyResult> {
  const number = normaliseCertificateNumber(options.number);
  const address = addressKey(options.address);
  return getPrisma().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(hashtext(${`verify:${address}`}))) AS l`;
    const limit = await checkVerifyLimit(tx, { address, now: options.now });
    if (limit.limited) return { state: "rate-limited" as const, retryAfterMinutes: limit.retryAfterMinutes };
    const cert = CERTIFICATE_NUMBER_RE.test(number)
      ? await tx.certificate.findUnique({ where: { number }, select: { number: true, name: true, level: true, track: true, issuedAt: true, status: true, revokedAt: true } })
      : null;
    await recordVerifyLookup(tx, { address, found: cert !== null, now: options.now });
    if (!cert) return { state: "not-found" as const, number };
    return {
      state: cert.status === "valid" ? ("valid" as const) : ("revoked" as const),
      number: cert.number,
      maskedName: maskName(cert.name),
      level: cert.level,
      track: cert.track,
      issuedAt: cert.issuedAt,
      revokedAt: cert.revokedAt,
    };
  });
}
