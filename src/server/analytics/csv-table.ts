// Reads a CSV file for the analysis command: decoding (UTF-8 with or without BOM, UTF-16 with BOM,
// GB18030 as saved by Excel) and RFC 4180 parsing are the roster importer's; the delimiter is a
// comma or a tab. Problems are reported in Chinese and English, naming the row and column.
import { decodeText, parseCsv } from "../roster/roster-file";

export class AnalysisFileError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(problems.join("\n"));
    this.name = "AnalysisFileError";
    this.problems = problems;
  }
}

export type CsvRow = { row: number; cells: string[] };

/** Header row and data rows (trimmed cells; fully empty rows skipped; `row` = line number as in a spreadsheet). */
export function readCsvTable(bytes: Uint8Array): { header: CsvRow; rows: CsvRow[] } {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
    throw new AnalysisFileError(["这是 Excel（.xlsx）文件，请在 Excel 中另存为 CSV（UTF-8）后再分析 / this is an Excel (.xlsx) file: save it as CSV (UTF-8) first"]);
  let text: string;
  try {
    text = decodeText(bytes);
  } catch (e) {
    throw new AnalysisFileError([`${(e as Error).message} / The file's text encoding cannot be read (save it as UTF-8 CSV)`]);
  }
  if (text.trim() === "") throw new AnalysisFileError(["文件为空 / The file is empty"]);
  const firstLine = text.split(/\r\n|\r|\n/, 1)[0] ?? "";
  const delimiter = (firstLine.match(/\t/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? "\t" : ",";
  let records: string[][];
  try {
    records = parseCsv(text.replace(/^\uFEFF/, ""), delimiter);
  } catch (e) {
    throw new AnalysisFileError([`${(e as Error).message} / CSV syntax error: a quote is not closed`]);
  }
  const all = records.map((cells, i) => ({ row: i + 1, cells: cells.map((c) => c.trim()) })).filter((r) => r.cells.some((c) => c !== ""));
  const [header, ...rows] = all;
  if (!header) throw new AnalysisFileError(["文件为空 / The file is empty"]);
  while (header.cells.length > 0 && header.cells[header.cells.length - 1] === "") header.cells.pop();
  return { header, rows };
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A cell as a finite number, or null when it is not one (strict: no thousands separators or units). */
export function parseNumber(cell: string): number | null {
  if (!NUMBER.test(cell)) return null;
  const n = Number(cell);
  return Number.isFinite(n) ? n : null;
}

/** "第 3 行第 2 列（Q1） / row 3, column 2 (Q1)". */
export function where(row: number, column: number, name: string): { zh: string; en: string } {
  return { zh: `第 ${row} 行第 ${column} 列（${name}）`, en: `row ${row}, column ${column} (${name})` };
}

/** Checks the header: an id column then named, distinct columns. */
export function checkHeader(header: CsvRow, what: { zh: string; en: string }, min: number): string[] {
  const problems: string[] = [];
  const names = header.cells.slice(1);
  if (names.length < min)
    problems.push(`第 ${header.row} 行（表头）应为：第一列是编号，其后每列一个${what.zh}，至少 ${min} 列 / row ${header.row} (header) must hold an id column followed by at least ${min} ${what.en} column(s)`);
  const seen = new Map<string, number>();
  names.forEach((n, i) => {
    const col = i + 2;
    if (n === "") problems.push(`第 ${header.row} 行第 ${col} 列：表头为空，请填写${what.zh}名称 / row ${header.row}, column ${col}: empty header, name the ${what.en}`);
    else if (seen.has(n)) problems.push(`第 ${header.row} 行第 ${col} 列：表头“${n}”与第 ${seen.get(n)} 列重复 / row ${header.row}, column ${col}: header "${n}" repeats column ${seen.get(n)}`);
    else seen.set(n, col);
  });
  return problems;
}

/** Checks a data row's id (present, unique) and that it has no cells beyond the header. */
export function checkRowShape(r: CsvRow, width: number, ids: Map<string, number>): string[] {
  const problems: string[] = [];
  const id = r.cells[0] ?? "";
  if (id === "") problems.push(`第 ${r.row} 行第 1 列：编号为空 / row ${r.row}, column 1: the id is empty`);
  else if (ids.has(id)) problems.push(`第 ${r.row} 行第 1 列：编号“${id}”与第 ${ids.get(id)} 行重复 / row ${r.row}, column 1: id "${id}" repeats row ${ids.get(id)}`);
  else ids.set(id, r.row);
  const extra = r.cells.slice(width).findIndex((c) => c !== "");
  if (extra >= 0) problems.push(`第 ${r.row} 行第 ${width + extra + 1} 列：超出表头的列 / row ${r.row}, column ${width + extra + 1}: a cell beyond the header`);
  return problems;
}

const MAX_PROBLEMS = 50;

/** Throws all problems (at most 50 listed, then a count) when there are any. */
export function refuseOnProblems(problems: string[]): void {
  if (problems.length === 0) return;
  const more = problems.length - MAX_PROBLEMS;
  throw new AnalysisFileError(more > 0 ? [...problems.slice(0, MAX_PROBLEMS), `……另有 ${more} 个问题 / … and ${more} more problems`] : problems);
}

/** The file's header (checked) and its data rows, which must not be empty. */
export function readHeaderedTable(bytes: Uint8Array, what: { zh: string; en: string; rowsZh: string; rowsEn: string }) {
  const { header, rows } = readCsvTable(bytes);
  refuseOnProblems(checkHeader(header, what, 1));
  if (rows.length === 0) throw new AnalysisFileError([`表头之后没有${what.rowsZh} / no ${what.rowsEn} after the header (row ${header.row})`]);
  return { header, names: header.cells.slice(1), width: header.cells.length, rows };
}
