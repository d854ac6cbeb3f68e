// Which format a file is (by its content first, then its name) and the parser for it. Every
// format ends in the same ParseOutcome, written by one writer (write-items.ts).
import { decodeText, isOle, isZip, readWorkbook, TableFileError } from "../../sheets/read-workbook";
import { parseAiken } from "./aiken";
import { parseDocx } from "./docx";
import { parseGift } from "./gift";
import { parseMoodleXml } from "./moodle";
import { parseItemSheets } from "./sheet";
import { parseTextLayout } from "./text-layout";
import { ImportFileError, type ImportFormat, type ParseOutcome } from "./types";

export type ImportSource = { fileName: string; bytes: Uint8Array } | { text: string };

const SUPPORTED = "支持 XLSX、CSV、Moodle XML、Word（.docx）、GIFT、Aiken";

/** The text formats told apart by their content: GIFT, Aiken, the Chinese question layout, or CSV. */
export function sniffText(text: string): Exclude<ImportFormat, "sheet" | "moodle" | "docx"> | "csv" {
  if (/^\s*(::[^\n]*::|\$CATEGORY:)/m.test(text) || /\{\s*(T|F|TRUE|FALSE)\s*(#[^}]*)?\}/.test(text) || /\{[^{}]*(^|\s)[=~][^{}]*\}/m.test(text)) return "gift";
  if (/^ANSWER\s*[:：]\s*[A-Z]\s*$/m.test(text)) return "aiken";
  if (/^\s*\d{1,4}\s*[.．、](?!\d)/m.test(text) && /^\s*[【\[]?(答案|正确答案|参考答案)[】\]]?\s*[:：]|[（(]\s*[A-H√×]{1,8}\s*[）)]/m.test(text)) return "text";
  return "csv";
}

function zipHolds(bytes: Uint8Array, entry: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(entry, 0, "latin1");
}

/** Parses an uploaded file or pasted text. Throws ImportFileError when it cannot be read at all. */
export async function parseImport(source: ImportSource): Promise<ParseOutcome> {
  if ("text" in source) {
    const text = source.text.replace(/^\uFEFF/, "");
    if (!text.trim()) throw new ImportFileError("没有粘贴任何内容");
    const kind = sniffText(text);
    if (kind === "gift") return parseGift(text);
    if (kind === "aiken") return parseAiken(text);
    return parseTextLayout(text.split(/\r\n|\r|\n/).map((t) => ({ text: t, lost: [] })), { format: "text", unit: "行" });
  }
  const { fileName, bytes } = source;
  if (bytes.byteLength === 0) throw new ImportFileError("文件为空");
  const ext = /\.([a-z0-9]+)$/i.exec(fileName.trim())?.[1]?.toLowerCase() ?? "";
  try {
    if (isZip(bytes)) {
      if (zipHolds(bytes, "word/document.xml")) return await parseDocx(bytes);
      if (zipHolds(bytes, "xl/workbook.xml") || ext === "xlsx") return parseItemSheets(await readWorkbook(bytes, fileName));
      throw new ImportFileError(`无法识别该压缩格式的文件（${SUPPORTED}）`);
    }
    if (isOle(bytes)) {
      if (ext === "doc" || ext === "wps") throw new ImportFileError("不支持旧版 Word（.doc）文件，请在 Word 中另存为 .docx 后再上传");
      throw new ImportFileError("不支持旧版 Excel（.xls）文件，请在 Excel 中另存为 .xlsx 或 CSV 后再上传");
    }
    if (ext === "docx" || ext === "xlsx") throw new ImportFileError(`文件名是 .${ext}，但内容不是有效的 .${ext} 文件`);
    const head = Buffer.from(bytes.subarray(0, 512)).toString("latin1").replace(/^\uFEFF|^\xEF\xBB\xBF/, "").replace(/\0/g, "").trimStart();
    if (ext === "xml" || head.startsWith("<?xml") || head.startsWith("<quiz")) return parseMoodleXml(bytes);
    const text = decodeText(bytes);
    const kind = ext === "gift" ? "gift" : ext === "csv" || ext === "tsv" ? "csv" : sniffText(text);
    if (kind === "gift") return parseGift(text);
    if (kind === "aiken") return parseAiken(text);
    if (kind === "text") return parseTextLayout(text.split(/\r\n|\r|\n/).map((t) => ({ text: t, lost: [] })), { format: "text", unit: "行" });
    return parseItemSheets(await readWorkbook(bytes, fileName));
  } catch (error) {
    if (error instanceof TableFileError) throw new ImportFileError(error.message, { cause: error });
    throw error;
  }
}
