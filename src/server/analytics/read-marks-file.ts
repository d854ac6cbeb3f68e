// Reads a marks file for `npm run -s analyze -- items`: a header row (an id column, then one column
// per item), then one row per attempt: its id, then each item's mark as a fraction of the item's
// maximum (0–1; an unanswered item is 0, never empty). All-or-nothing: any problem refuses the file
// and every problem is listed (up to 50) by row and column.
import type { PaperAnalysisInput } from "@/grading/analytics";
import { AnalysisFileError, checkHeader, checkRowShape, parseNumber, readCsvTable, where } from "./csv-table";

const MAX_PROBLEMS = 50;

export function readMarksFile(bytes: Uint8Array): PaperAnalysisInput & { itemNames: string[] } {
  const { header, rows } = readCsvTable(bytes);
  const problems = checkHeader(header, { zh: "题目", en: "item" }, 1);
  if (problems.length) throw new AnalysisFileError(problems);
  const names = header.cells.slice(1);
  const width = header.cells.length;
  if (rows.length === 0) throw new AnalysisFileError([`表头之后没有作答行 / no attempt rows after the header (row ${header.row})`]);
  const ids = new Map<string, number>();
  const attempts = rows.map((r) => {
    problems.push(...checkRowShape(r, width, ids));
    const marks = names.map((name, i) => {
      const cell = r.cells[i + 1] ?? "";
      const at = where(r.row, i + 2, name);
      if (cell === "") {
        problems.push(`${at.zh}：得分为空（未作答请填 0） / ${at.en}: the mark is empty (write 0 for an unanswered item)`);
        return 0;
      }
      const n = parseNumber(cell);
      if (n === null || n < 0 || n > 1) {
        problems.push(`${at.zh}：“${cell}”不是 0 到 1 之间的数（得分占该题满分的比例） / ${at.en}: "${cell}" is not a number from 0 to 1 (the mark as a fraction of the item's maximum)`);
        return 0;
      }
      return n;
    });
    return { id: r.cells[0] ?? "", marks };
  });
  if (problems.length) {
    const more = problems.length - MAX_PROBLEMS;
    throw new AnalysisFileError(more > 0 ? [...problems.slice(0, MAX_PROBLEMS), `……另有 ${more} 个问题 / … and ${more} more problems`] : problems);
  }
  return { itemNames: names, items: names.map((id) => ({ id, maxMark: 1 })), attempts };
}
