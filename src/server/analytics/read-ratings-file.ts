// Reads a ratings file for `npm run -s analyze -- raters`: a header row (an id column, then one
// column per rater), then one row per rated target: its id, then each rater's rating (any number;
// an empty cell = that rater did not rate it). Any problem refuses the file; every problem is
// listed (up to 50) by row and column.
import type { RatingsInput } from "@/grading/analytics";
import { AnalysisFileError, checkHeader, checkRowShape, parseNumber, readCsvTable, where } from "./csv-table";

const MAX_PROBLEMS = 50;

export function readRatingsFile(bytes: Uint8Array): RatingsInput {
  const { header, rows } = readCsvTable(bytes);
  const problems = checkHeader(header, { zh: "评分人", en: "rater" }, 1);
  if (problems.length) throw new AnalysisFileError(problems);
  const raters = header.cells.slice(1);
  const width = header.cells.length;
  if (rows.length === 0) throw new AnalysisFileError([`表头之后没有评分行 / no rating rows after the header (row ${header.row})`]);
  const ids = new Map<string, number>();
  const targets = rows.map((r) => {
    problems.push(...checkRowShape(r, width, ids));
    const ratings = raters.map((name, i) => {
      const cell = r.cells[i + 1] ?? "";
      if (cell === "") return null;
      const n = parseNumber(cell);
      if (n === null) {
        const at = where(r.row, i + 2, name);
        problems.push(`${at.zh}：“${cell}”不是数字（未评分请留空） / ${at.en}: "${cell}" is not a number (leave it empty when not rated)`);
      }
      return n;
    });
    return { id: r.cells[0] ?? "", ratings };
  });
  if (problems.length) {
    const more = problems.length - MAX_PROBLEMS;
    throw new AnalysisFileError(more > 0 ? [...problems.slice(0, MAX_PROBLEMS), `……另有 ${more} 个问题 / … and ${more} more problems`] : problems);
  }
  return { raters, targets };
}
