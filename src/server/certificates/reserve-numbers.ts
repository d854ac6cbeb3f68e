// Reserves certificate numbers inside the issuing transaction (docs/certificates.md). The counter
// for the number's prefix (CertificateSequence) is advanced by one UPSERT, which row-locks it until
// the transaction ends: concurrent issuers of the same prefix wait for each other, a rolled-back
// issue gives its serials back, and a number is never handed out twice. A number that already
// exists (the school changed the pattern back and forth) is skipped, never reused.
import type { Prisma } from "@prisma/client";
import { AppError } from "../errors";
import { formatCertificateNumber, maxSerial, numberPrefix, type NumberValues } from "./number-pattern";

export async function reserveCertificateNumbers(tx: Prisma.TransactionClient, options: { pattern: string; values: NumberValues; count: number }): Promise<string[]> {
  const { pattern, values } = options;
  const key = numberPrefix(pattern, values);
  const out: string[] = [];
  let need = options.count;
  while (need > 0) {
    const rows = await tx.$queryRaw<Array<{ value: number }>>`
      INSERT INTO "CertificateSequence" (key, value) VALUES (${key}, ${need})
      ON CONFLICT (key) DO UPDATE SET value = "CertificateSequence".value + ${need}
      RETURNING value`;
    const last = rows[0]!.value;
    if (last > maxSerial(pattern)) throw new AppError("CONFLICT", { message: `证书编号“${key}”的流水号已用尽，请在设置中加长流水号位数` });
    const numbers = Array.from({ length: need }, (_, i) => formatCertificateNumber(pattern, values, last - need + 1 + i));
    const taken = new Set((await tx.certificate.findMany({ where: { number: { in: numbers } }, select: { number: true } })).map((c) => c.number));
    const fresh = numbers.filter((n) => !taken.has(n));
    out.push(...fresh);
    need -= fresh.length;
  }
  return out;
}
