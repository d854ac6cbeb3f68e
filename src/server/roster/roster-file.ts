// Reads an uploaded roster (XLSX or CSV) into a plain table of the text Excel shows.
// Pure: takes bytes, returns data. No database, no Next.js. The reading itself is shared with the
// item importer (src/server/sheets).
import { readWorkbook, TableFileError, type SheetRow, type TableFileErrorCode } from "../sheets/read-workbook";

export { decodeText, detectDelimiter, parseCsv } from "../sheets/read-workbook";

/** A roster row: the Excel row or CSV record number, its cells' text, and lossy number cells. */
export type RosterRow = SheetRow;

export interface RosterTable {
  headers: string[];
  /** The row number of the header row (usually 1). */
  headerRowNumber: number;
  rows: RosterRow[];
}

export type RosterFileErrorCode = TableFileErrorCode;
/** A file that cannot be read as a roster at all. `message` is Chinese and meant for the user. */
export const RosterFileError = TableFileError;
export type RosterFileError = TableFileError;

/**
 * Reads the first worksheet of an XLSX file, or a CSV file (UTF-8 with or without BOM,
 * UTF-16 with BOM, or GB18030/GBK as saved by Excel on Chinese Windows; comma- or tab-separated).
 * Cells are the text Excel shows (number formats applied). The first non-empty row is the header.
 * Throws RosterFileError for an unreadable, empty or header-less file.
 */
export async function readTable(bytes: Uint8Array, fileName: string): Promise<RosterTable> {
  const [first] = await readWorkbook(bytes, fileName);
  const [header, ...rows] = first?.rows ?? [];
  if (!header) throw new TableFileError("no-header", "文件中没有表头行（第一行应为列名，如 姓名、身份证号）");
  return { headers: trimTrailingEmpty(header.cells), headerRowNumber: header.rowNumber, rows };
}

function trimTrailingEmpty(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === "") end--;
  return cells.slice(0, end);
}
