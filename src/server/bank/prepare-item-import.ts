// What an item import would do, without writing: parse the file or pasted text, refuse rows whose
// image markers name no image (in the file or the bank), and find duplicates (same stem and
// options, in the file or already in the bank). Shared by the preview and the import itself, so
// that what the admin previewed is exactly what is written.
import { z } from "zod";
import { itemImages } from "@/exam/item-text";
import { getPrisma } from "../db/client";
import { AppError } from "../errors";
import { parseImport, type ImportSource } from "./formats/parse-import";
import { ImportFileError, type ImportLine, type ParsedItem, type ParseOutcome } from "./formats/types";
import { fingerprint } from "./item-input";

export const DuplicateModeSchema = z.enum(["skip", "add"]);
export type DuplicateMode = z.infer<typeof DuplicateModeSchema>;
export const ImportModeSchema = z.enum(["all-or-nothing", "valid-only"]);
export type ImportMode = z.infer<typeof ImportModeSchema>;

export const MAX_ITEM_FILE_BYTES = 30 * 1024 * 1024;
export const MAX_PASTED_CHARS = 500_000;

export type PreparedImport = {
  outcome: ParseOutcome;
  /** Items that will be written (duplicates removed when the admin chose to skip them). */
  writable: ParsedItem[];
  duplicates: ImportLine[];
};

const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order;

/** Parses and checks an import. Throws VALIDATION (Chinese message) when the file cannot be read. */
export async function prepareItemImport(source: ImportSource, duplicates: DuplicateMode): Promise<PreparedImport> {
  if ("bytes" in source && source.bytes.byteLength > MAX_ITEM_FILE_BYTES) throw new AppError("VALIDATION", { message: "文件过大：最大 30 MB" });
  if ("text" in source && source.text.length > MAX_PASTED_CHARS) throw new AppError("VALIDATION", { message: "粘贴的内容过长：最多 50 万字，请改为上传文件" });
  let outcome: ParseOutcome;
  try {
    outcome = await parseImport(source);
  } catch (error) {
    if (error instanceof ImportFileError) throw new AppError("VALIDATION", { message: error.message, cause: error });
    throw error;
  }
  if (outcome.items.length + outcome.problems.length + outcome.skipped.length === 0) {
    throw new AppError("VALIDATION", { message: ["文件中没有找到任何题目", ...outcome.notices].join("；") });
  }
  const prisma = getPrisma();

  // Image markers must name an image of this file or of the bank (sheets and text formats cannot carry images).
  const referenced = [...new Set(outcome.items.flatMap((p) => itemImages(p.input)))].filter((sha) => !outcome.media.has(sha));
  if (referenced.length > 0) {
    const inBank = new Set((await prisma.itemMedia.findMany({ where: { sha256: { in: referenced } }, select: { sha256: true } })).map((m) => m.sha256));
    outcome.items = outcome.items.filter((p) => {
      const missing = itemImages(p.input).filter((sha) => !outcome.media.has(sha) && !inBank.has(sha));
      if (missing.length === 0) return true;
      outcome.problems.push({
        at: p.at,
        order: p.order,
        message: `${p.at}：图片 ${missing.map((m) => `[[image:${m.slice(0, 12)}…]]`).join("、")} 不在本题库中（XLSX、CSV、GIFT、Aiken 和粘贴的文字不能携带图片；带图片的题目请用 Moodle XML 或 Word 文件导入）`,
      });
      return false;
    });
  }

  const prints = outcome.items.map((p) => fingerprint(p.input));
  const existing = new Set(
    (await prisma.itemVersion.findMany({ where: { fingerprint: { in: [...new Set(prints)] }, currentOf: { isNot: null } }, select: { fingerprint: true } })).map((v) => v.fingerprint),
  );
  const seen = new Map<string, string>();
  const dupes: ImportLine[] = [];
  const writable: ParsedItem[] = [];
  outcome.items.forEach((p, i) => {
    const fp = prints[i]!;
    let duplicate = true;
    if (existing.has(fp)) dupes.push({ at: p.at, order: p.order, message: `${p.at}：与题库中已有题目重复（题干和选项相同）` });
    else if (seen.has(fp)) dupes.push({ at: p.at, order: p.order, message: `${p.at}：与本文件${seen.get(fp)}重复（题干和选项相同）` });
    else {
      seen.set(fp, p.at);
      duplicate = false;
    }
    if (!duplicate || duplicates === "add") writable.push(p);
  });
  outcome.problems.sort(byOrder);
  outcome.skipped.sort(byOrder);
  outcome.lost.sort(byOrder);
  return { outcome, writable, duplicates: dupes };
}

/** The rows refused, counted once each. */
export const refusedRows = (outcome: ParseOutcome) => new Set(outcome.problems.map((p) => p.at)).size;

export const FORMAT_NAMES: Record<ParseOutcome["format"], string> = {
  sheet: "表格（XLSX/CSV）",
  moodle: "Moodle XML",
  docx: "Word（.docx）",
  gift: "GIFT",
  aiken: "Aiken",
  text: "粘贴的文字（Word 题目版式）",
};
