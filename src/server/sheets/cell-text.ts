// What Excel shows in a cell: the displayed text of its value under its number format, so that an
// import stores what the teacher sees (5%, ¥120.00, 2024/3/5), not the raw value (0.05, 120).
// Pure: no I/O. Number formats are rendered by numfmt (a maintained implementation of Excel's
// format codes, including "¥#,##0.00", "0%", dates, and Chinese literals like yyyy"年"m"月"d"日").
import type ExcelJS from "exceljs";
import { format as formatNumber } from "numfmt";

export interface CellText {
  text: string;
  /** A number too large to be exact (above 2^53, e.g. an 18-digit ID typed as a number). */
  imprecise: boolean;
}

/**
 * Excel's built-in short date (numFmtId 14) is shown in the computer's regional format; exceljs
 * reports it as "mm-dd-yy". Chinese Windows shows it as yyyy/m/d (likewise id 22 with the time).
 */
const REGIONAL_FORMATS: Record<string, string> = { "mm-dd-yy": "yyyy/m/d", "m/d/yy h:mm": "yyyy/m/d h:mm" };

const isGeneral = (fmt: string | undefined) => !fmt || /^general$/i.test(fmt) || fmt === "@";

/**
 * A number in "General" format as Excel's formula bar shows it: up to 15 significant digits, no
 * exponent (the cell itself may show fewer digits depending on the column width). Integers are
 * written in full; integers above 2^53 are flagged as imprecise by the caller.
 */
export function generalNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n)) return Math.abs(n) < 1e21 ? BigInt(n).toString() : String(n);
  const rounded = Number(n.toPrecision(15));
  const s = String(rounded);
  if (!/e/i.test(s)) return s;
  return rounded.toFixed(20).replace(/\.?0+$/, "");
}

/** An exceljs Date (the UTC instant of the written calendar date) back to Excel's serial number. */
function dateToSerial(d: Date): number {
  return d.getTime() / 86_400_000 + 25_569;
}

/** The displayed text of a number under an Excel number format code. */
export function formatCellNumber(value: number, numFmt: string | undefined): string {
  if (isGeneral(numFmt)) return generalNumber(value);
  const code = REGIONAL_FORMATS[numFmt!] ?? numFmt!;
  try {
    return formatNumber(code, value).trim();
  } catch {
    // A format numfmt cannot read: the value as the formula bar shows it.
    return generalNumber(value);
  }
}

function formatDate(d: Date, numFmt: string | undefined): string {
  if (Number.isNaN(d.getTime())) return "";
  const code = isGeneral(numFmt) ? "yyyy/m/d" : numFmt!;
  return formatCellNumber(dateToSerial(d), code);
}

/** The text Excel shows for a cell value under the cell's number format (trimmed). */
export function cellValueToText(value: ExcelJS.CellValue, numFmt?: string): CellText {
  const plain = (text: string): CellText => ({ text: text.trim(), imprecise: false });
  if (value === null || value === undefined) return plain("");
  if (typeof value === "number") return { text: formatCellNumber(value, numFmt), imprecise: Number.isInteger(value) && !Number.isSafeInteger(value) };
  if (typeof value === "string") return plain(value);
  if (typeof value === "boolean") return plain(value ? "TRUE" : "FALSE");
  if (value instanceof Date) return plain(formatDate(value, numFmt));
  if (typeof value === "object") {
    if ("richText" in value && Array.isArray(value.richText)) return plain(value.richText.map((r) => r.text).join(""));
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as { result?: unknown }).result;
      if (result === undefined || result === null) return plain("");
      if (typeof result === "object" && !(result instanceof Date) && "error" in result) return plain(String((result as { error: unknown }).error));
      return cellValueToText(result as ExcelJS.CellValue, numFmt);
    }
    if ("hyperlink" in value && "text" in value) {
      const text = (value as { text: unknown }).text;
      return typeof text === "string" ? plain(text) : cellValueToText(text as ExcelJS.CellValue, numFmt);
    }
    if ("error" in value) return plain(String(value.error));
  }
  return plain(String(value));
}
