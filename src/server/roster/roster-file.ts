// Reads an uploaded roster (XLSX or CSV) into a plain table of trimmed strings.
// Pure: takes bytes, returns data. No database, no Next.js.
import ExcelJS from "exceljs";

export interface RosterRow {
  /** The row number the user sees: the Excel row, or the CSV record number (header = 1). */
  rowNumber: number;
  /** Trimmed cell strings, column order as in the header (may be shorter or longer than it). */
  cells: string[];
  /**
   * Column indexes (0-based) of XLSX cells holding a number too large to be exact
   * (above 2^53, e.g. an 18-digit ID number typed without text format): digits are already lost.
   */
  imprecise?: number[];
}

export interface RosterTable {
  headers: string[];
  /** The row number of the header row (usually 1). */
  headerRowNumber: number;
  rows: RosterRow[];
}

export type RosterFileErrorCode = "unreadable" | "unsupported" | "empty" | "no-header";

/** A file that cannot be read as a roster at all. `message` is Chinese and meant for the user. */
export class RosterFileError extends Error {
  readonly code: RosterFileErrorCode;
  constructor(code: RosterFileErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "RosterFileError";
    this.code = code;
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04] as const; // "PK\x03\x04"
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0] as const; // legacy .xls / .et

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/**
 * Reads the first worksheet of an XLSX file, or a CSV file (UTF-8 with or without BOM,
 * UTF-16 with BOM, or GB18030/GBK as saved by Excel on Chinese Windows; comma- or tab-separated).
 * The first non-empty row is the header. Fully empty rows are skipped.
 * Throws RosterFileError for an unreadable, empty or header-less file.
 */
export async function readTable(bytes: Uint8Array, fileName: string): Promise<RosterTable> {
  if (bytes.length === 0) throw new RosterFileError("empty", "文件为空");
  if (startsWith(bytes, ZIP_MAGIC)) return readXlsx(bytes);
  if (startsWith(bytes, OLE_MAGIC))
    throw new RosterFileError("unsupported", "不支持旧版 Excel（.xls）文件，请在 Excel 中另存为 .xlsx 或 CSV 后再上传");
  if (/\.(xlsx|xlsm|xls|et)$/i.test(fileName.trim()))
    throw new RosterFileError("unreadable", "无法读取该文件：文件名是 Excel 格式，但内容不是有效的 .xlsx 文件");
  return readCsv(bytes);
}

// ---------------------------------------------------------------------------
// XLSX
// ---------------------------------------------------------------------------

function numberToString(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n)) return Math.abs(n) < 1e21 ? String(n) : BigInt(n).toString();
  const s = String(n);
  if (!/e/i.test(s)) return s;
  // Very small or very large non-integers: plain decimal notation, trailing zeros removed.
  return n.toFixed(20).replace(/\.?0+$/, "");
}

function dateToString(d: Date): string {
  // exceljs turns Excel serial dates into UTC instants of the written calendar date.
  if (Number.isNaN(d.getTime())) return "";
  return d.toISOString().slice(0, 10);
}

interface CellText {
  text: string;
  imprecise: boolean;
}

function cellValueToText(value: ExcelJS.CellValue): CellText {
  const plain = (text: string): CellText => ({ text: text.trim(), imprecise: false });
  if (value === null || value === undefined) return plain("");
  if (typeof value === "number")
    return { text: numberToString(value), imprecise: Number.isInteger(value) && !Number.isSafeInteger(value) };
  if (typeof value === "string") return plain(value);
  if (typeof value === "boolean") return plain(value ? "TRUE" : "FALSE");
  if (value instanceof Date) return plain(dateToString(value));
  if (typeof value === "object") {
    if ("richText" in value && Array.isArray(value.richText))
      return plain(value.richText.map((r) => r.text).join(""));
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as { result?: unknown }).result;
      if (result === undefined || result === null) return plain("");
      if (typeof result === "object" && !(result instanceof Date) && "error" in result)
        return plain(String((result as { error: unknown }).error));
      return cellValueToText(result as ExcelJS.CellValue);
    }
    if ("hyperlink" in value && "text" in value) {
      const text = (value as { text: unknown }).text;
      return typeof text === "string" ? plain(text) : cellValueToText(text as ExcelJS.CellValue);
    }
    if ("error" in value) return plain(String(value.error));
  }
  return plain(String(value));
}

async function readXlsx(bytes: Uint8Array): Promise<RosterTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch (cause) {
    throw new RosterFileError("unreadable", "无法读取该 Excel 文件，文件可能已损坏或不是 .xlsx 格式", { cause });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new RosterFileError("no-header", "Excel 文件中没有工作表");

  const all: RosterRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    const imprecise: number[] = [];
    const count = row.cellCount;
    for (let c = 1; c <= count; c++) {
      const { text, imprecise: lossy } = cellValueToText(row.getCell(c).value);
      cells.push(text);
      if (lossy && text !== "") imprecise.push(c - 1);
    }
    if (cells.some((s) => s !== "")) all.push(imprecise.length ? { rowNumber, cells, imprecise } : { rowNumber, cells });
  });
  return toTable(all);
}

function toTable(all: RosterRow[]): RosterTable {
  const [header, ...rows] = all;
  if (!header) throw new RosterFileError("no-header", "文件中没有表头行（第一行应为列名，如 姓名、身份证号）");
  const headers = trimTrailingEmpty(header.cells);
  return { headers, headerRowNumber: header.rowNumber, rows };
}

function trimTrailingEmpty(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === "") end--;
  return cells.slice(0, end);
}

// ---------------------------------------------------------------------------
// CSV
// ---------------------------------------------------------------------------

/** Decodes CSV bytes: BOM-marked UTF-8/UTF-16, else strict UTF-8, else GB18030 (a superset of GBK). */
export function decodeText(bytes: Uint8Array): string {
  try {
    if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(3));
    if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder("utf-16le", { fatal: true }).decode(bytes.subarray(2));
    if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder("utf-16be", { fatal: true }).decode(bytes.subarray(2));
  } catch (cause) {
    throw new RosterFileError("unreadable", "无法读取该文件：文件编码不正确", { cause });
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: Excel "CSV (逗号分隔)" on Chinese Windows writes GBK, which GB18030 decodes.
  }
  try {
    return new TextDecoder("gb18030", { fatal: true }).decode(bytes);
  } catch (cause) {
    throw new RosterFileError("unreadable", "无法识别文件编码，请保存为 UTF-8 或 GBK 编码的 CSV，或 .xlsx 文件", { cause });
  }
}

/** Picks "," or "\t" by counting them (outside quotes) in the first record. */
export function detectDelimiter(text: string): "," | "\t" {
  let commas = 0;
  let tabs = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && ch === ",") commas++;
    else if (!quoted && ch === "\t") tabs++;
  }
  return tabs > commas ? "\t" : ",";
}

/**
 * RFC 4180 records: quoted fields may contain the delimiter, "" and line breaks; records end
 * with CRLF, LF or CR. Returns raw (untrimmed) fields per record; record i is row i + 1.
 */
export function parseCsv(text: string, delimiter: string = ","): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let i = 0;
  let quoted = false;
  let quoteStartRecord = 0;
  const n = text.length;
  const endRecord = () => {
    record.push(field);
    records.push(record);
    record = [];
    field = "";
  };
  while (i < n) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field.trim() === "") {
      // An opening quote (spaces before it, as some tools write, are dropped).
      field = "";
      quoted = true;
      quoteStartRecord = records.length + 1;
      i++;
    } else if (ch === delimiter) {
      record.push(field);
      field = "";
      i++;
    } else if (ch === "\r" || ch === "\n") {
      endRecord();
      i += ch === "\r" && text[i + 1] === "\n" ? 2 : 1;
    } else {
      field += ch;
      i++;
    }
  }
  if (quoted)
    throw new RosterFileError("unreadable", `CSV 格式错误：第 ${quoteStartRecord} 行的引号没有闭合`);
  if (field !== "" || record.length > 0) endRecord();
  return records;
}

function readCsv(bytes: Uint8Array): RosterTable {
  const text = decodeText(bytes);
  if (text.trim() === "") throw new RosterFileError("empty", "文件为空");
  const records = parseCsv(text, detectDelimiter(text));
  const all: RosterRow[] = [];
  records.forEach((fields, index) => {
    const cells = fields.map((f) => f.trim());
    if (cells.some((s) => s !== "")) all.push({ rowNumber: index + 1, cells });
  });
  return toTable(all);
}
