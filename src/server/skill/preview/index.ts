// What the examiner's scoring page shows for a submitted file (issue 14): the browser shows
// images, videos and PDFs from the file's URL; spreadsheets come as tables of what Excel shows;
// Word documents as sanitized HTML; text as text; anything else is offered for download.
import type { Table } from "@/grading/checks";
import { extensionOf, readAll, type FileInput } from "@/server/skill/probe/input";
import { probeKind } from "@/server/skill/probe";
import { decodeText } from "@/server/roster/roster-file";
import { readCsvGrid, readXlsxGrids } from "@/server/skill/probe/spreadsheet";
import { docxToHtml } from "./docx";
import { gridPreview, PREVIEW_MAX_ROWS } from "./sheets";

export type FilePreview =
  | { kind: "image" }
  | { kind: "video" }
  | { kind: "pdf" }
  | { kind: "table"; sheets: Array<{ name: string; table: Table; truncated: boolean }> }
  | { kind: "html"; html: string }
  | { kind: "text"; text: string; truncated: boolean }
  | { kind: "download" };

export { PREVIEW_MAX_COLUMNS, PREVIEW_MAX_ROWS } from "./sheets";
export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
/** Images and videos Chromium-based and other current browsers show by themselves. */
const BROWSER_IMAGES = new Set(["image/jpeg", "image/png", "image/gif", "image/webp", "image/bmp", "image/avif"]);
const BROWSER_VIDEOS = new Set(["video/mp4", "video/webm", "video/ogg", "video/quicktime"]);
/** Larger files are offered for download instead of being converted on the server. */
export const PREVIEW_MAX_BYTES = 20 * 1024 * 1024;
/** Text beyond this many characters is cut (and marked truncated). */
export const PREVIEW_MAX_TEXT = 200_000;

/**
 * The preview of a stored file, by the MIME type detected from its content (`mime`) and, where
 * content detection cannot tell (CSV, plain text, OOXML seen as ZIP), the name's extension.
 * - image / video / pdf: the browser shows the file itself (SVG is offered for download: it can
 *   carry script when opened directly);
 * - table: every worksheet of an XLSX (hidden ones marked "(hidden)") or the CSV (UTF-8, UTF-8
 *   BOM, GB18030), cells as Excel shows them; columns A, B, C…; rows with their Excel row numbers
 *   (`table.rowNumbers`); at most PREVIEW_MAX_ROWS × PREVIEW_MAX_COLUMNS each (`truncated`);
 * - html: a DOCX through mammoth, sanitized, images inline as data: URIs;
 * - text: a .txt (encoding detected like CSV), at most PREVIEW_MAX_TEXT characters;
 * - download: anything else, a file over PREVIEW_MAX_BYTES, or one that cannot be read as its
 *   type says (never an error: the examiner can still download it).
 */
export async function previewFile(input: FileInput, mime: string, name: string): Promise<FilePreview> {
  const type = mime.split(";")[0]!.trim().toLowerCase();
  const ext = extensionOf(name);
  if (BROWSER_IMAGES.has(type)) return { kind: "image" };
  if (BROWSER_VIDEOS.has(type)) return { kind: "video" };
  if (type === "application/pdf") return { kind: "pdf" };
  const kind = probeKind(type, name);
  const docx = type === DOCX_MIME || (ext === "docx" && (type.includes("zip") || type === "application/octet-stream"));
  const text = kind === null && (type === "text/plain" || type === "text/markdown" || ((type === "" || type === "application/octet-stream") && ext === "txt"));
  if (kind !== "xlsx" && kind !== "csv" && !docx && !text) return { kind: "download" };
  let bytes: Buffer;
  try {
    bytes = await readAll(input, PREVIEW_MAX_BYTES);
  } catch (e) {
    if (e instanceof RangeError) return { kind: "download" };
    throw e;
  }
  try {
    if (kind === "xlsx") {
      const grids = await readXlsxGrids(bytes, PREVIEW_MAX_ROWS + 1);
      return { kind: "table", sheets: grids.map((g) => gridPreview(g)) };
    }
    if (kind === "csv") return { kind: "table", sheets: [gridPreview(readCsvGrid(bytes, name))] };
    if (docx) return { kind: "html", html: await docxToHtml(bytes) };
    const all = decodeText(bytes);
    const chars = [...all];
    return chars.length > PREVIEW_MAX_TEXT ? { kind: "text", text: chars.slice(0, PREVIEW_MAX_TEXT).join(""), truncated: true } : { kind: "text", text: all, truncated: false };
  } catch {
    return { kind: "download" };
  }
}
