// Spreadsheets (XLSX, CSV) read into grids of cells that carry both a typed value (for the table
// check: numbers stay numbers, text stays text, dates become ISO text) and the text Excel shows
// (for the examiner's preview: number formats applied with numfmt).
import ExcelJS from "exceljs";
import { dateToSerial, format as formatNumber, isDateFormat } from "numfmt";
import type { Cell } from "@/grading/checks";
import { decodeText, detectDelimiter, parseCsv } from "@/server/roster/roster-file";

export type GridCell = { value: Cell; text: string };
export type GridRow = { rowNumber: number; cells: GridCell[] };
/** One worksheet: its rows that hold something, in order, with their spreadsheet row numbers. */
export type Grid = { name: string; hidden: boolean; rows: GridRow[] };

const BLANK: GridCell = { value: null, text: "" };

/**
 * Excel's built-in formats 14 and 22 follow the reader's locale; exceljs names them by their
 * en-US form. A Chinese Excel shows them as below, so the preview does too.
 */
const LOCALE_BUILTINS: Record<string, string> = {
  "mm-dd-yy": "yyyy/m/d",
  "m/d/yy h:mm": "yyyy/m/d h:mm",
};

/** Excel's General format: up to 15 significant digits, no exponent below 1e21. */
export function generalNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const s = String(Number(n.toPrecision(15)));
  if (!/e/i.test(s)) return s;
  return Math.abs(n) < 1 ? n.toFixed(20).replace(/\.?0+$/, "") : s;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** A date cell as typed text: "2024-03-01", or "2024-03-01 08:30:00" when it has a time. */
function isoDate(d: Date): string {
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  const s = d.getUTCSeconds();
  return h || m || s ? `${day} ${pad(h)}:${pad(m)}:${pad(s)}` : day;
}

/** exceljs gives dates as UTC instants of the written calendar date and time. */
function serialOf(d: Date): number {
  return dateToSerial([d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()]) ?? 0;
}

function formatted(fmt: string | undefined, value: number): string | null {
  if (!fmt || fmt === "General" || fmt === "@") return null;
  try {
    return formatNumber(LOCALE_BUILTINS[fmt] ?? fmt, value);
  } catch {
    return null;
  }
}

function isDateFmt(fmt: string | undefined): boolean {
  if (!fmt || fmt === "General" || fmt === "@") return false;
  try {
    return isDateFormat(LOCALE_BUILTINS[fmt] ?? fmt);
  } catch {
    return false;
  }
}

/** A cell's typed value and displayed text, from exceljs's value and the cell's number format. */
export function xlsxCell(value: ExcelJS.CellValue, fmt: string | undefined): GridCell {
  if (value === null || value === undefined) return BLANK;
  if (typeof value === "number") {
    if (isDateFmt(fmt) && value >= 0) {
      // A date exceljs left as a serial number (a custom date format it does not recognise).
      const text = formatted(fmt, value) ?? generalNumber(value);
      const ms = Math.round((value - 25569) * 86_400_000);
      return { value: isoDate(new Date(ms)), text };
    }
    return { value, text: formatted(fmt, value) ?? generalNumber(value) };
  }
  if (typeof value === "string") return { value, text: value };
  if (typeof value === "boolean") return { value: value ? "TRUE" : "FALSE", text: value ? "TRUE" : "FALSE" };
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return BLANK;
    const iso = isoDate(value);
    return { value: iso, text: (isDateFmt(fmt) ? formatted(fmt, serialOf(value)) : null) ?? iso };
  }
  if (typeof value === "object") {
    if ("richText" in value && Array.isArray(value.richText)) {
      const text = value.richText.map((r) => r.text).join("");
      return { value: text, text };
    }
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as { result?: unknown }).result;
      if (result !== null && typeof result === "object" && !(result instanceof Date) && "error" in result) {
        const e = String((result as { error: unknown }).error);
        return { value: e, text: e };
      }
      return xlsxCell((result ?? null) as ExcelJS.CellValue, fmt);
    }
    if ("hyperlink" in value && "text" in value) return xlsxCell((value as { text: ExcelJS.CellValue }).text, fmt);
    if ("error" in value) {
      const e = String(value.error);
      return { value: e, text: e };
    }
  }
  return { value: String(value), text: String(value) };
}

/**
 * Every worksheet of an XLSX file, cells typed and displayed. A merged area's value is in its
 * top-left cell only (the others are blank, as Excel shows them). Throws on a file exceljs cannot
 * read. `maxRows` stops reading a sheet after that many rows with content.
 */
export async function readXlsxGrids(bytes: Uint8Array, maxRows = Number.POSITIVE_INFINITY): Promise<Grid[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  return workbook.worksheets.map((sheet) => {
    const rows: GridRow[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (rows.length >= maxRows) return;
      const cells: GridCell[] = [];
      for (let c = 1; c <= row.cellCount; c++) {
        const cell = row.getCell(c);
        const slave = cell.isMerged && cell.master.address !== cell.address;
        cells.push(slave ? BLANK : xlsxCell(cell.value, cell.numFmt));
      }
      if (cells.some((c) => c.text.trim() !== "")) rows.push({ rowNumber, cells });
    });
    return { name: sheet.name, hidden: sheet.state !== "visible", rows };
  });
}

/**
 * A CSV cell's typed value. CSV has no types: a cell is a number when Excel would read it as one
 * ("12", "-3.5", "1,299.00", "1e3"), except that text with a leading zero ("007") or more than 15
 * digits (an 18-digit order number) stays text, since Excel would lose those digits.
 */
export function csvValue(raw: string): Cell {
  const t = raw.trim();
  if (t === "") return null;
  const plain = /^[+-]?(0|[1-9]\d*)(\.\d+)?(e[+-]?\d+)?$/i.test(t);
  const grouped = /^[+-]?[1-9]\d{0,2}(,\d{3})+(\.\d+)?$/.test(t);
  if (!plain && !grouped) return raw;
  const digits = t.replace(/e.*$/i, "").replace(/\D/g, "").replace(/^0+/, "");
  if (digits.length > 15) return raw;
  const n = Number(t.replace(/,/g, ""));
  return Number.isFinite(n) ? n : raw;
}

/**
 * A CSV file (UTF-8 with or without BOM, UTF-16 with BOM, or GB18030/GBK as Excel saves it on
 * Chinese Windows; comma- or tab-separated) as one grid. Throws on an undecodable file.
 */
export function readCsvGrid(bytes: Uint8Array, name: string): Grid {
  const text = decodeText(bytes);
  const records = parseCsv(text, detectDelimiter(text));
  const rows: GridRow[] = [];
  records.forEach((fields, i) => {
    if (fields.some((f) => f.trim() !== "")) rows.push({ rowNumber: i + 1, cells: fields.map((f) => ({ value: csvValue(f), text: f })) });
  });
  return { name, hidden: false, rows };
}
