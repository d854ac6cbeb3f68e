// Reads a marks file for `npm run -s analyze -- items`: a header row (an id column, then one column
// per item), then one row per attempt: its id, then each item's mark as a fraction of the item's
// maximum (0–1; an unanswered item is 0, never empty). All-or-nothing: any problem refuses the file
// and every problem is listed (up to 50) by row and column.
import type { PaperAnalysisInput } from "@/grading/analytics";
import { checkRowShape, parseNumber, readHeaderedTable, refuseOnProblems, where } from "./csv-table";

export function readMarksFile(bytes: Uint8Array): PaperAnalysisInput & { itemNames: string[] } {
  const { names, width, rows } = readHeaderedTable(bytes, { zh: "题目", en: "item", rowsZh: "作答行", rowsEn: "attempt rows" });
  const problems: string[] = [];
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
  refuseOnProblems(problems);
  return { itemNames: names, items: names.map((id) => ({ id, maxMark: 1 })), attempts };
}
