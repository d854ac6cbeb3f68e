// Use case: an admin imports items from any supported format (docs/item-bank.md). The same
// preparation as the preview, then either all or nothing (nothing is written when any row is
// refused) or the valid rows only, listing every refused and skipped row. Items and their images
// are written in one transaction by the one shared writer; progress is visible through the
// ImportBatch row meanwhile.
import { randomUUID } from "node:crypto";
import { Prisma } from "@prisma/client";
import type { ItemUse } from "@/exam/practice";
import { getPrisma } from "../db/client";
import { AppError } from "../errors";
import type { ImportSource } from "./formats/parse-import";
import type { ImportFormat } from "./formats/types";
import { prepareItemImport, refusedRows, type DuplicateMode, type ImportMode } from "./prepare-item-import";
import { writeItemsTx } from "./write-items";

export { DuplicateModeSchema, ImportModeSchema, MAX_ITEM_FILE_BYTES } from "./prepare-item-import";
export type { DuplicateMode, ImportMode } from "./prepare-item-import";

type Line = { at: string; message: string };
export type ItemImportResult = {
  batchId: string;
  format: ImportFormat;
  status: "DONE" | "FAILED";
  mode: ImportMode;
  /** Questions found: imported + refused + duplicates skipped + unsupported skipped. */
  total: number;
  imported: number;
  /** Rows refused (each listed in `problems`, with every reason). */
  refused: number;
  problems: Line[];
  duplicates: Line[];
  skipped: Line[];
  lost: Line[];
  notices: string[];
  ignoredColumns: string[];
};

const plain = (lines: Array<{ at: string; message: string }>): Line[] => lines.map((l) => ({ at: l.at, message: l.message }));

export async function importItems(options: {
  actorId: string;
  batchId?: string;
  source: ImportSource;
  mode: ImportMode;
  duplicates: DuplicateMode;
  now: Date;
  sample?: boolean;
  /** 用途 of every imported item (docs/practice.md); default "secure". */
  use?: ItemUse;
}): Promise<ItemImportResult> {
  const prisma = getPrisma();
  const batchId = options.batchId ?? randomUUID();
  const fileName = "fileName" in options.source ? options.source.fileName : "粘贴的文字";
  const { outcome, writable, duplicates } = await prepareItemImport(options.source, options.duplicates);
  const refused = refusedRows(outcome);
  const total = outcome.items.length + refused + outcome.skipped.length;
  try {
    await prisma.importBatch.create({ data: { id: batchId, kind: "items", fileName, createdById: options.actorId, total, createdAt: options.now } });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new AppError("CONFLICT", { message: "该导入已在进行或已完成" });
    throw error;
  }
  const base = {
    batchId,
    format: outcome.format,
    mode: options.mode,
    total,
    refused,
    problems: plain(outcome.problems),
    duplicates: plain(duplicates),
    skipped: plain(outcome.skipped),
    lost: plain(outcome.lost),
    notices: outcome.notices,
    ignoredColumns: outcome.ignoredColumns,
  };
  const listed = [...base.problems, ...base.skipped, ...base.duplicates] as unknown as Prisma.InputJsonValue;

  if (refused > 0 && options.mode === "all-or-nothing") {
    await prisma.importBatch.update({
      where: { id: batchId },
      data: { status: "FAILED", processed: total, skipped: total, problems: listed, message: "invalid-file", finishedAt: options.now },
    });
    return { ...base, status: "FAILED", imported: 0 };
  }

  try {
    await prisma.$transaction(
      (tx) =>
        writeItemsTx(tx, {
          items: writable.map((p) => p.input),
          media: outcome.media,
          actorId: options.actorId,
          sample: options.sample ?? false,
          use: options.use ?? "secure",
          now: options.now,
          // Progress, outside the transaction so the admin's page sees it while this runs.
          onChunk: async (done) => void (await prisma.importBatch.update({ where: { id: batchId }, data: { processed: done } })),
        }),
      { timeout: 300_000, maxWait: 10_000 },
    );
  } catch (error) {
    await prisma.importBatch.update({ where: { id: batchId }, data: { status: "FAILED", message: "error", finishedAt: options.now } });
    throw error;
  }
  await prisma.importBatch.update({
    where: { id: batchId },
    data: { status: "DONE", processed: total, imported: writable.length, skipped: total - writable.length, problems: listed, finishedAt: options.now },
  });
  await prisma.auditLog.create({
    data: {
      actorId: options.actorId,
      action: "items.import",
      subject: batchId,
      at: options.now,
      details: { fileName, format: outcome.format, mode: options.mode, imported: writable.length, refused, skipped: outcome.skipped.length, duplicates: duplicates.length, use: options.use ?? "secure" },
    },
  });
  return { ...base, status: "DONE", imported: writable.length };
}
