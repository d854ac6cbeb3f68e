// Reads a ratings file for `npm run -s analyze -- raters`: a header row (an id column, then one
// column per rater), then one row per rated target: its id, then each rater's rating (any number;
// an empty cell = that rater did not rate it). Any problem refuses the file; every problem is
// listed (up to 50) by row and column.
import type { RatingsInput } from "@/grading/analytics";
import { checkRowShape, parseNumber, readHeaderedTable, refuseOnProblems, where } from "./csv-table";

export function readRatingsFile(bytes: Uint8Array): RatingsInput {
  const { names: raters, width, rows } = readHeaderedTable(bytes, { zh: "评分人", en: "rater", rowsZh: "评分行", rowsEn: "rating rows" });
  const problems: string[] = [];
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
  refuseOnProblems(problems);
  return { raters, targets };
}
