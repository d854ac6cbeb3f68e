// Use case: an admin imports a ZIP of candidate photos named by ID number (身份证号) or admission
// ticket number (准考证号), e.g. 110101200601010014.jpg or 20265100001.png. Every file is
// checked first (content, size, decodable, name matches exactly one candidate, one photo per
// candidate); every problem is listed by file. Then, like the roster import, all or nothing, or
// the valid files only when the admin chose so. A candidate's photo is replaced on re-import.
// Progress is visible through the ImportBatch row while files are checked. See docs/certificates.md.
import { randomUUID } from "node:crypto";
import { Prisma } from "@prisma/client";
import { z } from "zod";
import { getPrisma } from "../db/client";
import { AppError } from "../errors";
import { normaliseIdNumber } from "../roster/id-number";
import { preparePhoto, type PreparedPhoto } from "./prepare-photo";
import { PhotoZipError, readPhotoZip } from "./read-photo-zip";

export const PhotoImportOptionsSchema = z.object({
  mode: z.enum(["all-or-nothing", "valid-only"]),
  crop: z.boolean(),
});

export type PhotoRow = { row: number; file: string; candidate: { name: string; ticketNumber: string } | null; problem: string | null };
export type PhotoImportResult = { batchId: string; status: "DONE" | "FAILED"; total: number; imported: number; skipped: number; rows: PhotoRow[]; notices: string[] };

/** "110101200601010014.JPG" → "110101200601010014"; full-width digits, spaces and x normalised. */
export function photoKey(path: string): string {
  const base = path.split("/").pop() ?? path;
  const stem = base.includes(".") ? base.slice(0, base.lastIndexOf(".")) : base;
  return normaliseIdNumber(stem);
}

export async function importPhotos(options: { actorId: string; batchId?: string; fileName: string; bytes: Uint8Array; input: unknown; now: Date }): Promise<PhotoImportResult> {
  const { mode, crop } = PhotoImportOptionsSchema.parse(options.input);
  const prisma = getPrisma();
  const batchId = options.batchId ?? randomUUID();
  let zip;
  try {
    zip = await readPhotoZip(options.bytes);
  } catch (e) {
    if (e instanceof PhotoZipError) throw new AppError("VALIDATION", { message: e.message, issues: [{ path: "file", message: e.message }] });
    throw e;
  }
  if (zip.entries.length === 0) throw new AppError("VALIDATION", { message: "压缩包中没有照片文件", issues: [{ path: "file", message: "空" }] });
  const total = zip.entries.length;
  try {
    await prisma.importBatch.create({ data: { id: batchId, kind: "photos", fileName: options.fileName, createdById: options.actorId, total, createdAt: options.now } });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new AppError("CONFLICT", { message: "该导入已在进行或已完成" });
    throw error;
  }

  const keys = [...new Set(zip.entries.map((e) => photoKey(e.path)))];
  const candidates = await prisma.candidate.findMany({
    where: { OR: [{ idNumber: { in: keys } }, { ticketNumber: { in: keys } }] },
    select: { id: true, name: true, idNumber: true, ticketNumber: true },
  });
  const byKey = new Map<string, (typeof candidates)[number]>();
  for (const c of candidates) {
    byKey.set(c.idNumber, c);
    byKey.set(c.ticketNumber, c);
  }

  type Checked = PhotoRow & { candidateId: string | null; photo: Extract<PreparedPhoto, { ok: true }> | null };
  const checked: Checked[] = [];
  for (const [i, e] of zip.entries.entries()) {
    const row: Checked = { row: e.row, file: e.path, candidate: null, problem: e.problem, candidateId: null, photo: null };
    if (!row.problem && e.bytes) {
      const prepared = await preparePhoto(e.bytes, { crop });
      if (prepared.ok) row.photo = prepared;
      else row.problem = prepared.problem;
    }
    const c = byKey.get(photoKey(e.path));
    if (c) {
      row.candidate = { name: c.name, ticketNumber: c.ticketNumber };
      row.candidateId = c.id;
    } else if (!row.problem) row.problem = `文件名“${e.path.split("/").pop()}”不是任何考生的身份证号或准考证号`;
    checked.push(row);
    if ((i + 1) % 10 === 0) await prisma.importBatch.update({ where: { id: batchId }, data: { processed: i + 1 } });
  }
  // Two files for one candidate: which one is right cannot be known, so neither is taken.
  const perCandidate = new Map<string, Checked[]>();
  for (const r of checked) if (r.candidateId) perCandidate.set(r.candidateId, [...(perCandidate.get(r.candidateId) ?? []), r]);
  for (const group of perCandidate.values()) {
    if (group.length < 2) continue;
    for (const r of group) {
      const others = group.filter((o) => o !== r).map((o) => o.file.split("/").pop());
      const dup = `重复：与 ${others.join("、")} 是同一考生（${r.candidate!.name}）的照片，请只保留一张`;
      r.problem = r.problem ? `${r.problem}；${dup}` : dup;
    }
  }

  const good = checked.filter((r) => !r.problem && r.photo && r.candidateId);
  const rows: PhotoRow[] = checked.map(({ row, file, candidate, problem }) => ({ row, file, candidate, problem }));
  const problems = rows.filter((r) => r.problem);
  const fail = problems.length > 0 && mode === "all-or-nothing";
  if (!fail && good.length > 0) {
    await prisma.$transaction(
      async (tx) => {
        for (const r of good) {
          const p = r.photo!;
          const data = { bytes: Buffer.from(p.bytes), sha256: p.sha256, mime: p.mime, width: p.width, height: p.height, cropped: p.cropped, importBatchId: batchId, updatedAt: options.now };
          await tx.candidatePhoto.upsert({ where: { candidateId: r.candidateId! }, create: { candidateId: r.candidateId!, ...data }, update: data });
        }
        await tx.auditLog.create({ data: { actorId: options.actorId, action: "photos.import", subject: batchId, at: options.now, details: { fileName: options.fileName, mode, crop, imported: good.length, skipped: total - good.length } } });
      },
      { timeout: 120_000, maxWait: 20_000 },
    );
  }
  const imported = fail ? 0 : good.length;
  const status = fail ? "FAILED" : "DONE";
  await prisma.importBatch.update({
    where: { id: batchId },
    data: {
      status,
      processed: total,
      imported,
      skipped: total - imported,
      problems: problems.map((p) => ({ row: p.row, column: p.file, message: p.problem })) as unknown as Prisma.InputJsonValue,
      message: fail ? "invalid-file" : null,
      finishedAt: new Date(),
    },
  });
  return { batchId, status, total, imported, skipped: total - imported, rows, notices: zip.notices };
}
