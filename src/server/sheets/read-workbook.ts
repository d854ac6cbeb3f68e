// Reads an uploaded spreadsheet (XLSX: every worksheet; CSV/TSV: one sheet) into rows of the
// text Excel shows. Pure: takes bytes, returns data. Shared by the roster and item importers.
import ExcelJS from "exceljs";
import { cellValueToText } from "./cell-text";

export interface SheetRow {
  /** The row number the user sees: the Excel row, or the CSV record number (first record = 1). */
  rowNumber: number;
  /** Trimmed displayed text of each cell, in column order. */
  cells: string[];
  /** 0-based columns of XLSX cells holding a number too large to be exact (digits already lost). */
  imprecise?: number[];
}

export interface Sheet {
  /** The worksheet's name ("" for CSV). */
  name: string;
  /** Non-empty rows only (row numbers keep counting empty ones). */
  rows: SheetRow[];
}

export type TableFileErrorCode = "unreadable" | "unsupported" | "empty" | "no-header";

/** A file that cannot be read as a table at all. `message` is Chinese and meant for the user. */
export class TableFileError extends Error {
  readonly code: TableFileErrorCode;
  constructor(code: TableFileErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "RosterFileError";
    this.code = code;
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04] as const; // "PK\x03\x04"
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0] as const; // legacy .xls / .et / .doc

export function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}
export const isZip = (bytes: Uint8Array) => startsWith(bytes, ZIP_MAGIC);
export const isOle = (bytes: Uint8Array) => startsWith(bytes, OLE_MAGIC);

/**
 * XLSX (recognised by content) → every worksheet; CSV/TSV text → one sheet named "".
 * Throws TableFileError for an empty, legacy (.xls) or unreadable file.
 */
export async function readWorkbook(bytes: Uint8Array, fileName: string): Promise<Sheet[]> {
  if (bytes.length === 0) throw new TableFileError("empty", "文件为空");
  if (isZip(bytes)) return readXlsx(bytes);
  if (isOle(bytes)) throw new TableFileError("unsupported", "不支持旧版 Excel（.xls）文件，请在 Excel 中另存为 .xlsx 或 CSV 后再上传");
  if (/\.(xlsx|xlsm|xls|et)$/i.test(fileName.trim()))
    throw new TableFileError("unreadable", "无法读取该文件：文件名是 Excel 格式，但内容不是有效的 .xlsx 文件");
  return [readCsv(bytes)];
}

async function readXlsx(bytes: Uint8Array): Promise<Sheet[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch (cause) {
    throw new TableFileError("unreadable", "无法读取该 Excel 文件，文件可能已损坏或不是 .xlsx 格式", { cause });
  }
  if (workbook.worksheets.length === 0) throw new TableFileError("no-header", "Excel 文件中没有工作表");
  return workbook.worksheets.map((sheet) => {
    const rows: SheetRow[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: string[] = [];
      const imprecise: number[] = [];
      for (let c = 1; c <= row.cellCount; c++) {
        const cell = row.getCell(c);
        const { text, imprecise: lossy } = cellValueToText(cell.value, cell.numFmt);
        cells.push(text);
        if (lossy && text !== "") imprecise.push(c - 1);
      }
      if (cells.some((s) => s !== "")) rows.push(imprecise.length ? { rowNumber, cells, imprecise } : { rowNumber, cells });
    });
    return { name: sheet.name, rows };
  });
}

/** Decodes CSV bytes: BOM-marked UTF-8/UTF-16, else strict UTF-8, else GB18030 (a superset of GBK). */
export function decodeText(bytes: Uint8Array): string {
  try {
    if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(3));
    if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder("utf-16le", { fatal: true }).decode(bytes.subarray(2));
    if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder("utf-16be", { fatal: true }).decode(bytes.subarray(2));
  } catch (cause) {
    throw new TableFileError("unreadable", "无法读取该文件：文件编码不正确", { cause });
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: Excel "CSV (逗号分隔)" on Chinese Windows writes GBK, which GB18030 decodes.
  }
  try {
    return new TextDecoder("gb18030", { fatal: true }).decode(bytes);
  } catch (cause) {
    throw new TableFileError("unreadable", "无法识别文件编码，请保存为 UTF-8 或 GBK 编码的 CSV，或 .xlsx 文件", { cause });
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
  if (quoted) throw new TableFileError("unreadable", `CSV 格式错误：第 ${quoteStartRecord} 行的引号没有闭合`);
  if (field !== "" || record.length > 0) endRecord();
  return records;
}

function readCsv(bytes: Uint8Array): Sheet {
  const text = decodeText(bytes);
  if (text.trim() === "") throw new TableFileError("empty", "文件为空");
  const records = parseCsv(text, detectDelimiter(text));
  const rows: SheetRow[] = [];
  records.forEach((fields, index) => {
    // A leading apostrophe before a formula character (or before another apostrophe) is the
    // text marker that guarded exports write (write-safe.ts); Excel hides it, and so do we.
    const cells = fields.map((f) => f.trim().replace(/^'(?=[=+\-@\t\r'])/, ""));
    if (cells.some((s) => s !== "")) rows.push({ rowNumber: index + 1, cells });
  });
  return { name: "", rows };
}
