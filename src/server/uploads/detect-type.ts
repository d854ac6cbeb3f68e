// The type of an uploaded file, from its content (never from its name or the browser's claim).
// Formats with a signature ("magic bytes": images, video, PDF, ZIP, OOXML, …) are detected by
// file-type. Text formats have none: a file without a signature counts as text when its first
// 64 KiB hold no NUL or other control bytes (UTF-8, GB18030/GBK and UTF-16 with a BOM all pass);
// only then does the name's extension choose among the text types (.csv → text/csv, …). Anything
// else is application/octet-stream. So a .jpg that is really a ZIP is application/zip, and a
// .csv that is really an image is image/png. One exception comes first: a file that starts with
// a Unicode byte order mark and reads as text in that encoding is text (Excel's "Unicode text"
// is UTF-16 with FF FE, which the MP3 frame-sync test of file-type would otherwise claim).
// Documented in docs/storage.md.
import fsp from "node:fs/promises";
import path from "node:path";
import { fileTypeFromFile } from "file-type";

export type DetectedType = { mime: string; ext: string | null };

const TEXT_TYPES: Record<string, string> = {
  ".csv": "text/csv",
  ".tsv": "text/tab-separated-values",
  ".txt": "text/plain",
  ".md": "text/markdown",
  ".json": "application/json",
};
const SNIFF_BYTES = 64 * 1024;

const isControl = (unit: number) => (unit < 0x20 && ![0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1a, 0x1b].includes(unit)) || unit === 0x7f;

/** True when the first bytes look like text in some encoding (see the module comment). */
export function looksLikeText(head: Buffer): boolean {
  const bom = unicodeBom(head);
  if (bom) return bomTextLooksRight(head, bom);
  // control bytes other than TAB, LF, VT, FF, CR, SUB (old DOS end of file) and ESC
  for (const byte of head) if (isControl(byte)) return false;
  return true;
}

type Bom = "utf8" | "utf16le" | "utf16be";

function unicodeBom(head: Buffer): Bom | null {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return "utf8";
  if (head[0] === 0xff && head[1] === 0xfe) return "utf16le";
  if (head[0] === 0xfe && head[1] === 0xff) return "utf16be";
  return null;
}

function bomTextLooksRight(head: Buffer, bom: Bom): boolean {
  if (bom === "utf8") return looksLikeText(head.subarray(3));
  const body = head.subarray(2, 2 + ((head.length - 2) & ~1));
  for (let i = 0; i < body.length; i += 2) {
    const unit = bom === "utf16le" ? body.readUInt16LE(i) : body.readUInt16BE(i);
    if (isControl(unit)) return false;
  }
  return true;
}

/** Detects the type of the file at `filePath`; `originalName` only picks among text types. */
export async function detectFileType(filePath: string, originalName: string): Promise<DetectedType> {
  const head = await readHead(filePath);
  const bom = unicodeBom(head);
  if (bom && bomTextLooksRight(head, bom)) return textType(originalName);
  const found = await fileTypeFromFile(filePath);
  if (found) return { mime: found.mime, ext: found.ext };
  if (head.length > 0 && looksLikeText(head)) return textType(originalName);
  return { mime: "application/octet-stream", ext: null };
}

function textType(originalName: string): DetectedType {
  const ext = path.extname(originalName).toLowerCase();
  return { mime: TEXT_TYPES[ext] ?? "text/plain", ext: ext ? ext.slice(1) : "txt" };
}

async function readHead(filePath: string): Promise<Buffer> {
  const handle = await fsp.open(filePath, "r");
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
