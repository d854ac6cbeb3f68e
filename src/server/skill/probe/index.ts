// File probes (issue 14): read a stored submission file and return the evidence the automatic
// checks (src/grading/checks) look at — an image's format and size, a video's format, duration
// and size, a spreadsheet's first table. Never throws for what a candidate uploaded: a file that
// cannot be read as its type says gets `error` (a checks.probe.* message key).
import type { FileEvidence } from "@/grading/checks";
import { probeImage } from "./image";
import { extensionOf, readAll, type FileInput } from "./input";
import { readCsvGrid, readXlsxGrids } from "./spreadsheet";
import { gridToTable, MAX_TABLE_ROWS } from "./table";
import { probeVideo } from "./video";

export type { FileInput } from "./input";
export { MAX_TABLE_COLUMNS, MAX_TABLE_ROWS } from "./table";

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const CSV_MIMES = new Set(["text/csv", "application/csv", "text/comma-separated-values"]);
/** What content detection reports for a file it cannot name more precisely. */
const GENERIC_MIMES = new Set(["", "application/octet-stream", "text/plain", "application/zip", "application/x-zip-compressed"]);
/** Spreadsheets beyond this size are not read (the upload limit is normally far lower). */
const MAX_SPREADSHEET_BYTES = 50 * 1024 * 1024;

export type ProbeKind = "image" | "video" | "xlsx" | "csv" | null;

/**
 * What kind of evidence a file can give, by the MIME type detected from its content, and by the
 * name's extension only where content detection cannot tell (CSV is plain text; an XLSX is a ZIP
 * to a detector that does not look inside).
 */
export function probeKind(detectedMime: string, name: string): ProbeKind {
  const mime = detectedMime.split(";")[0]!.trim().toLowerCase();
  if (mime.startsWith("image/") && mime !== "image/svg+xml") return "image";
  if (mime.startsWith("video/")) return "video";
  if (mime === XLSX_MIME) return "xlsx";
  if (CSV_MIMES.has(mime)) return "csv";
  if (GENERIC_MIMES.has(mime)) {
    const ext = extensionOf(name);
    if (ext === "csv" && !mime.includes("zip")) return "csv";
    if (ext === "xlsx" && (mime.includes("zip") || mime === "application/octet-stream" || mime === "")) return "xlsx";
  }
  return null;
}

/**
 * Reads a stored file (a path on disk or a Buffer) and returns its evidence entry for the checks:
 * - images: `image: { format, width, height }` (format: jpeg, png, webp, gif, bmp, tiff, heic,
 *   avif …; size as displayed, EXIF rotation applied);
 * - videos: `video: { format, durationSeconds, width?, height? }` (format: mp4, mov, webm, mkv …);
 * - XLSX: the first visible worksheet with content; CSV (UTF-8, UTF-8 BOM, GB18030): `table`
 *   with typed cells (numbers, text, null; dates as "YYYY-MM-DD") and spreadsheet row numbers;
 * - anything else: `{ name }` alone.
 * `detectedMime` is the type detected from the content, not the one the browser declared.
 */
export async function probeFile(input: FileInput, detectedMime: string, name: string): Promise<FileEvidence> {
  switch (probeKind(detectedMime, name)) {
    case "image":
      return probeImage(input, name);
    case "video":
      return probeVideo(input, name);
    case "xlsx":
      return probeSpreadsheet(input, name, "xlsx");
    case "csv":
      return probeSpreadsheet(input, name, "csv");
    default:
      return { name };
  }
}

async function probeSpreadsheet(input: FileInput, name: string, kind: "xlsx" | "csv"): Promise<FileEvidence> {
  let bytes: Buffer;
  try {
    bytes = await readAll(input, MAX_SPREADSHEET_BYTES);
  } catch (e) {
    if (e instanceof RangeError) return { name, error: "checks.probe.tableTooLarge" };
    throw e;
  }
  let grids;
  try {
    grids = kind === "xlsx" ? await readXlsxGrids(bytes, MAX_TABLE_ROWS + 2) : [readCsvGrid(bytes, name)];
  } catch {
    return { name, error: "checks.probe.unreadable" };
  }
  const grid = grids.find((g) => !g.hidden && g.rows.length > 0);
  if (!grid) return { name, error: "checks.probe.tableEmpty" };
  const table = gridToTable(grid);
  return typeof table === "string" ? { name, error: table } : { name, table };
}
