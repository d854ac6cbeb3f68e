// Every CSV and XLSX the platform writes goes through here, so that no exported text can run as a
// formula when the file is opened (formula injection, OWASP "CSV injection"):
// - CSV: a text starting with = + - @ TAB or CR is prefixed with an apostrophe, Excel's "this is
//   text" marker, which Excel hides (so does our CSV reader); a text that itself starts with an
//   apostrophe gets one too, so that it survives the round trip. UTF-8 with BOM, RFC 4180, CRLF.
// - XLSX: text is always written as a string cell, never as a formula; cells whose text starts
//   with a formula character also get the Text number format ("@"), so that editing them in Excel
//   keeps them text.
import type ExcelJS from "exceljs";

export type CsvCell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** Whether a spreadsheet would read this text as a formula. */
export const startsLikeFormula = (s: string) => FORMULA_START.test(s);

/** A CSV field: guarded against formulas, quoted when it holds a comma, quote or line break. */
export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  let s = typeof value === "number" ? String(value) : value;
  if (typeof value === "string" && (FORMULA_START.test(s) || s.startsWith("'"))) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows as CSV bytes: UTF-8 with a BOM (so Excel opens Chinese text correctly), CRLF. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<CsvCell>>): Uint8Array {
  const text = rows.map((r) => r.map(csvField).join(",")).join("\r\n");
  return new TextEncoder().encode(`\uFEFF${text}\r\n`);
}

/**
 * Guards every worksheet (text that starts like a formula gets the Text format; a formula cell
 * is an error: exports write values only) and returns the XLSX bytes.
 */
export async function xlsxBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  for (const sheet of workbook.worksheets) {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value;
        if (v !== null && typeof v === "object" && ("formula" in v || "sharedFormula" in v)) throw new Error(`formula in an export cell ${cell.address}`);
        if (typeof v === "string" && startsLikeFormula(v)) cell.numFmt = "@";
      });
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
