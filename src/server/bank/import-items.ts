// Use case: an admin imports items from the XLSX/CSV template or a Moodle XML export.
// Everything is validated first and every problem reported by row/line in Chinese; nothing is
// written unless the whole file is valid. Duplicates (same stem and options, in the file or
// already in the bank) are skipped or added as the admin chose. See docs/item-bank.md.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { ItemUse } from "@/exam/practice";
import { getPrisma } from "../db/client";
import { AppError } from "../errors";
import { readTable, RosterFileError } from "../roster/roster-file";
import { fingerprint, type ItemInput } from "./item-input";
import { parseItemSheet } from "./item-sheet";
import { versionData } from "./item-store";
import { parseMoodleXml, type MoodleSkip } from "./moodle-xml";

export const DuplicateModeSchema = z.enum(["skip", "add"]);
export type DuplicateMode = z.infer<typeof DuplicateModeSchema>;
export const MAX_ITEM_FILE_BYTES = 30 * 1024 * 1024;
const CHUNK = 1000;

export type ItemImportResult = {
  batchId: string;
  format: "sheet" | "moodle";
  status: "DONE" | "FAILED";
  total: number;
  imported: number;
  problems: Array<{ at: number; message: string }>;
  duplicates: Array<{ at: number; message: string }>;
  skipped: MoodleSkip[];
};

function looksLikeXml(bytes: Uint8Array): boolean {
  const head = new TextDecoder("utf-8").decode(bytes.slice(0, 512)).replace(/^\uFEFF/, "").trimStart();
  return head.startsWith("<?xml") || head.startsWith("<quiz");
}

export async function importItems(options: {
  actorId: string;
  batchId?: string;
  fileName: string;
  bytes: Uint8Array;
  duplicates: DuplicateMode;
  now: Date;
  sample?: boolean;
  /** 用途 of every imported item (docs/practice.md); default "secure". */
  use?: ItemUse;
}): Promise<ItemImportResult> {
  if (options.bytes.byteLength > MAX_ITEM_FILE_BYTES) throw new AppError("VALIDATION", { message: "文件过大：最大 30 MB" });
  const prisma = getPrisma();
  const batchId = options.batchId ?? randomUUID();
  const format = looksLikeXml(options.bytes) ? "moodle" : "sheet";

  let parsed: Array<{ at: number; input: ItemInput }> = [];
  let problems: Array<{ at: number; message: string }> = [];
  let skipped: MoodleSkip[] = [];
  if (format === "moodle") {
    const r = parseMoodleXml(new TextDecoder("utf-8").decode(options.bytes).replace(/^\uFEFF/, ""));
    parsed = r.items.map((i) => ({ at: i.line, input: i.input }));
    problems = r.problems.map((p) => ({ at: p.line, message: p.message }));
    skipped = r.skipped;
  } else {
    let table;
    try {
      table = await readTable(options.bytes, options.fileName);
    } catch (error) {
      if (error instanceof RosterFileError) throw new AppError("VALIDATION", { message: error.message.replace("姓名、身份证号", "题型、题干"), cause: error });
      throw error;
    }
    const r = parseItemSheet(table);
    parsed = r.items.map((i) => ({ at: i.row, input: i.input }));
    problems = r.problems.map((p) => ({ at: p.row, message: p.message }));
  }
  const total = parsed.length + problems.length;
  await prisma.importBatch.create({
    data: { id: batchId, kind: "items", fileName: options.fileName, createdById: options.actorId, total, createdAt: options.now },
  });

  // Duplicates: against the bank's current versions, and earlier rows of the same file.
  const prints = parsed.map((p) => fingerprint(p.input));
  const existing = new Set(
    (
      await prisma.itemVersion.findMany({
        where: { fingerprint: { in: [...new Set(prints)] }, currentOf: { isNot: null } },
        select: { fingerprint: true },
      })
    ).map((v) => v.fingerprint),
  );
  const seen = new Map<string, number>();
  const duplicates: Array<{ at: number; message: string }> = [];
  const toWrite: ItemInput[] = [];
  parsed.forEach((p, i) => {
    const fp = prints[i]!;
    const label = `第 ${p.at} 行`;
    let duplicate = false;
    if (existing.has(fp)) {
      duplicates.push({ at: p.at, message: `${label}：与题库中已有题目重复（题干和选项相同）` });
      duplicate = true;
    } else if (seen.has(fp)) {
      duplicates.push({ at: p.at, message: `${label}：与本文件第 ${seen.get(fp)} 行重复（题干和选项相同）` });
      duplicate = true;
    } else seen.set(fp, p.at);
    if (!duplicate || options.duplicates === "add") toWrite.push(p.input);
  });

  if (problems.length > 0) {
    await prisma.importBatch.update({
      where: { id: batchId },
      data: { status: "FAILED", processed: total, skipped: total, problems, message: "invalid-file", finishedAt: options.now },
    });
    return { batchId, format, status: "FAILED", total, imported: 0, problems, duplicates, skipped };
  }

  try {
    await writeItems({ batchId, toWrite, total, actorId: options.actorId, sample: options.sample ?? false, use: options.use ?? "secure", now: options.now });
  } catch (error) {
    await prisma.importBatch.update({ where: { id: batchId }, data: { status: "FAILED", message: "error", finishedAt: options.now } });
    throw error;
  }
  await prisma.importBatch.update({
    where: { id: batchId },
    data: { status: "DONE", processed: total, imported: toWrite.length, skipped: total - toWrite.length, finishedAt: options.now },
  });
  await prisma.auditLog.create({
    data: { actorId: options.actorId, action: "items.import", subject: batchId, at: options.now, details: { fileName: options.fileName, format, imported: toWrite.length, use: options.use ?? "secure" } },
  });
  return { batchId, format, status: "DONE", total, imported: toWrite.length, problems, duplicates, skipped };
}

/** All valid items in one transaction, in chunks; progress is written outside it. */
async function writeItems(o: { batchId: string; toWrite: ItemInput[]; total: number; actorId: string; sample: boolean; use: ItemUse; now: Date }) {
  const prisma = getPrisma();
  await prisma.$transaction(
    async (tx) => {
      for (let start = 0; start < o.toWrite.length; start += CHUNK) {
        const chunk = o.toWrite.slice(start, start + CHUNK).map((input) => ({ input, itemId: randomUUID(), versionId: randomUUID() }));
        await tx.item.createMany({
          data: chunk.map((c) => ({ id: c.itemId, status: c.input.status, labels: c.input.labels, sample: o.sample, use: o.use, createdAt: o.now })),
        });
        await tx.itemVersion.createMany({
          data: chunk.map((c) => ({
            id: c.versionId,
            itemId: c.itemId,
            version: 1,
            ...versionData(c.input),
            createdById: o.actorId,
            createdAt: o.now,
          })),
        });
        const ids = chunk.map((c) => c.itemId);
        await tx.$executeRaw`UPDATE "Item" i SET "currentVersionId" = v.id FROM "ItemVersion" v WHERE v."itemId" = i.id AND i.id = ANY(${ids})`;
        await prisma.importBatch.update({ where: { id: o.batchId }, data: { processed: Math.min(o.total, start + chunk.length) } });
      }
    },
    { timeout: 300_000, maxWait: 10_000 },
  );
}
