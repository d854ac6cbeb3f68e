// A worksheet grid as the examiner's preview table: what Excel shows, columns named by their
// letters, rows by their Excel row numbers, cut to a size a page can show.
import type { Cell, Table } from "@/grading/checks";
import type { Grid } from "@/server/skill/probe/spreadsheet";

export const PREVIEW_MAX_ROWS = 500;
export const PREVIEW_MAX_COLUMNS = 50;

/** 1 → A, 26 → Z, 27 → AA (Excel's column letters). */
export function columnLetter(n: number): string {
  let s = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

export function gridPreview(grid: Grid): { name: string; table: Table; truncated: boolean } {
  const width = Math.max(0, ...grid.rows.map((r) => r.cells.length));
  const cols = Math.min(width, PREVIEW_MAX_COLUMNS);
  const rows = grid.rows.slice(0, PREVIEW_MAX_ROWS);
  const truncated = grid.rows.length > PREVIEW_MAX_ROWS || width > PREVIEW_MAX_COLUMNS;
  return {
    name: grid.hidden ? `${grid.name} (hidden)` : grid.name,
    table: {
      columns: Array.from({ length: Math.max(cols, 1) }, (_, j) => columnLetter(j + 1)),
      rows: rows.map((r) => Array.from({ length: Math.max(cols, 1) }, (_, j): Cell => (r.cells[j]?.text ? r.cells[j]!.text : null))),
      rowNumbers: rows.map((r) => r.rowNumber),
    },
    truncated,
  };
}
