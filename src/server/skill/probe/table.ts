// A grid (one worksheet or a CSV) → the check's Table: the first row with content is the header,
// the rows after it up to the last one with content are the data (blank rows inside kept as
// blank rows, since leaving them is one of the things data cleaning must fix).
import type { Cell, ProbeErrorKey, Table } from "@/grading/checks";
import type { Grid } from "./spreadsheet";

export const MAX_TABLE_ROWS = 20_000;
export const MAX_TABLE_COLUMNS = 200;

/** The table of a grid, or the probe error why there is none. */
export function gridToTable(grid: Grid): Table | ProbeErrorKey {
  const [header, ...data] = grid.rows;
  if (!header) return "checks.probe.tableEmpty";
  const last = data.at(-1)?.rowNumber ?? header.rowNumber;
  if (last - header.rowNumber > MAX_TABLE_ROWS) return "checks.probe.tableTooLarge";
  const widthOf = (cells: Grid["rows"][number]["cells"]) => {
    let w = cells.length;
    while (w > 0 && cells[w - 1]!.value === null && cells[w - 1]!.text.trim() === "") w--;
    return w;
  };
  const width = Math.max(widthOf(header.cells), ...data.map((r) => widthOf(r.cells)));
  if (width > MAX_TABLE_COLUMNS) return "checks.probe.tableTooLarge";
  const columns = Array.from({ length: width }, (_, j) => (header.cells[j]?.text ?? "").trim());
  const rows: Cell[][] = [];
  const rowNumbers: number[] = [];
  let next = header.rowNumber + 1;
  for (const r of data) {
    for (; next < r.rowNumber; next++) {
      rows.push(new Array<Cell>(width).fill(null));
      rowNumbers.push(next);
    }
    rows.push(Array.from({ length: width }, (_, j) => r.cells[j]?.value ?? null));
    rowNumbers.push(r.rowNumber);
    next = r.rowNumber + 1;
  }
  return { columns, rows, rowNumbers };
}
