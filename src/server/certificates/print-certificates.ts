// Use case: the bulk PDF of a cohort's certificates (the certificates page's filter). Its progress
// lives in an ImportBatch row (kind "certificate-pdf": total = certificates, processed = pages
// done) that the admin's page polls, so any app instance can answer the poll. Audited.
import { Prisma } from "@prisma/client";
import { getPrisma } from "../db/client";
import { AppError } from "../errors";
import { buildCertificates } from "../pdf/build-certificates";
import type { PdfFile } from "../pdf/build-admission-tickets";
import { listCertificates } from "./list-certificates";

export const MAX_BULK_CERTIFICATES = 2000;

export async function printCertificates(options: { actorId: string; batchId: string; filter: unknown; baseUrl: string; now: Date }): Promise<PdfFile> {
  const prisma = getPrisma();
  const certificates = await listCertificates({ filter: options.filter });
  if (certificates.length > MAX_BULK_CERTIFICATES) throw new AppError("VALIDATION", { message: `一次最多打印 ${MAX_BULK_CERTIFICATES} 份证书，请按级别、工种或年份筛选后分批打印` });
  try {
    await prisma.importBatch.create({ data: { id: options.batchId, kind: "certificate-pdf", fileName: "certificates.pdf", createdById: options.actorId, total: certificates.length, createdAt: options.now } });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new AppError("CONFLICT", { message: "该打印任务已在进行或已完成" });
    throw error;
  }
  try {
    const file = await buildCertificates({
      certificates,
      baseUrl: options.baseUrl,
      now: options.now,
      onProgress: async (done) => {
        if (done % 5 === 0 || done === certificates.length) await prisma.importBatch.update({ where: { id: options.batchId }, data: { processed: done } });
      },
    });
    await prisma.importBatch.update({ where: { id: options.batchId }, data: { status: "DONE", processed: certificates.length, imported: certificates.length, finishedAt: new Date() } });
    await prisma.auditLog.create({ data: { actorId: options.actorId, action: "certificate.print", subject: options.batchId, at: options.now, details: { certificates: certificates.length } } });
    return file;
  } catch (error) {
    await prisma.importBatch.update({ where: { id: options.batchId }, data: { status: "FAILED", message: "error", finishedAt: new Date() } });
    throw error;
  }
}
