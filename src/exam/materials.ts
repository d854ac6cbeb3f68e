// The materials of a skill task version (files the candidate receives, issue 14): which types an
// author may attach, judged by the type detected from the content (never the name), and the
// Chinese message that refuses one. Pure: no I/O. Documented in docs/skill-delivery.md.
import { fileTypeLabel } from "./file-types";

/** Largest material file: 500 MiB (videos of a task; the candidate downloads it with ranges). */
export const MAX_MATERIAL_BYTES = 500 * 1024 * 1024;

/** Most materials one task version may have. */
export const MAX_MATERIALS = 20;

export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The exact types (besides any image/* and video/*) a material may have. */
const EXACT = new Set([DOCX_MIME, XLSX_MIME, "text/csv", "application/pdf", "application/zip"]);

/** What the author is told materials may be (the issue's list). */
export const MATERIAL_TYPES_TEXT = "DOCX、XLSX、CSV、图片、视频、PDF 或 ZIP";

/**
 * True when a file whose content was detected as `mime` (src/server/uploads/detect-type.ts) may be
 * a material: DOCX, XLSX, CSV, any image or video format recognised by its signature, PDF, ZIP.
 */
export function materialTypeAllowed(mime: string): boolean {
  return EXACT.has(mime) || /^image\/[a-z0-9.+-]+$/.test(mime) || /^video\/[a-z0-9.+-]+$/.test(mime);
}

/** A readable Chinese name of a detected type ("PNG 图片", "Word 文档（DOCX）"); the MIME type itself when unknown. */
export const materialTypeLabel = fileTypeLabel;

/**
 * Why a file may not be a material, in Chinese naming the file; null when it may. `size` in bytes;
 * `mime` as detected from the content.
 */
export function materialRefusal(file: { name: string; size: number; mime: string }): string | null {
  if (file.size === 0) return `材料「${file.name}」是空文件`;
  if (file.size > MAX_MATERIAL_BYTES) return `材料「${file.name}」超过 ${MAX_MATERIAL_BYTES / 1024 / 1024} MB`;
  if (!materialTypeAllowed(file.mime)) return `材料「${file.name}」的内容是${materialTypeLabel(file.mime)}，材料只能是 ${MATERIAL_TYPES_TEXT} 文件（按文件内容判断，而不是扩展名）`;
  return null;
}

/** A material's title from its file name when the author gave none: the name without its extension. */
export function materialTitleFromName(name: string): string {
  const base = name.replace(/\.[A-Za-z0-9]{1,8}$/, "").trim();
  return (base || name).slice(0, 200);
}
