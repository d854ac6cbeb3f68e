// The name of a detected file type in an upload message ("文件内容是Windows 程序（EXE）").
import { fileTypeLabel } from "@/exam/file-types";
import type { MessageKey, Translate } from "@/i18n";

/**
 * The catalogue's "uploads.mime.<mime>" label in the caller's language; when the catalogue has
 * none, the shared Chinese label table (src/exam/file-types.ts, as the admin materials panel
 * shows), which falls back to the MIME type itself or "未知类型". Never undefined or empty.
 */
export function mimeLabel(t: Translate, mime: string): string {
  const key = `uploads.mime.${mime}` as MessageKey;
  const label: unknown = t(key);
  return typeof label === "string" && label !== "" && label !== key && label !== "undefined" ? label : fileTypeLabel(mime);
}
