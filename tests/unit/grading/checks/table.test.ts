import { describe, expect, it } from "vitest";
import { CheckSpecSchema, MAX_TABLE_FINDINGS, runCheck, type Cell, type CheckResult, type Table, type TableCompareOptions } from "@/grading/checks";

// A level-4 data-cleaning task (6.2.1–6.2.4): the raw order table had a blank 数量 (D003, to be
// filled with 1), a duplicate of D002, an outlier row D004 (数量 9999, to be deleted), a blank row
// and 数量 stored as text. The model answer:
const columns = ["订单编号", "商品", "数量", "单价", "下单日期"];
const model: Cell[][] = [
  ["D001", "T恤", 2, 59.9, "2024-03-01"],
  ["D002", "短裤", 1, 39, "2024-03-01"],
  ["D003", "帽子", 1, 19.5, "2024-03-02"],
  ["D005", "袜子", 5, 9.9, "2024-03-03"],
];
const expected: Table = { columns, rows: model };

function check(rows: Cell[][], options?: TableCompareOptions, cols: string[] = columns, rowNumbers?: number[]): CheckResult {
  const spec = CheckSpecSchema.parse({ kind: "table", expected, ...(options ? { options } : {}) });
  return runCheck(spec, { files: [{ name: "清洗结果.xlsx", table: { columns: cols, rows, ...(rowNumbers ? { rowNumbers } : {}) } }] });
}
/** The differences listed (the summary finding aside). */
const failures = (r: CheckResult) => r.findings.filter((f) => !f.ok && f.key !== "checks.table.summary");
const copy = () => model.map((r) => [...r]);

describe("table check: a correct cleaning", () => {
  it("the model answer itself passes: every expected cell is a condition", () => {
    const r = check(copy());
    expect(r).toMatchObject({ passed: true, met: 20, total: 20, fraction: 1 });
    expect(r.findings).toEqual([{ ok: true, key: "checks.table.summary", params: { expectedRows: 4, actualRows: 4, equalRows: 4, cells: 20, cellsOk: 20 } }]);
  });
  it("columns are matched by name in any order; headers compare trimmed, full width = half width", () => {
    const order = [4, 3, 2, 1, 0];
    const rows = model.map((r) => order.map((j) => r[j]!));
    const cols = order.map((j) => columns[j]!);
    cols[0] = " 下单日期 ";
    expect(check(rows, undefined, cols).passed).toBe(true);
  });
  it("rows in another order pass by default (ignoreRowOrder: true)", () => {
    expect(check([...copy()].reverse()).passed).toBe(true);
  });
});

describe("table check: what the cleaning left undone", () => {
  it("a duplicate left in (6.2.2): the repeated row is named with the row it repeats", () => {
    const rows = copy();
    rows.splice(2, 0, [...model[1]!]);
    const r = check(rows);
    expect(r).toMatchObject({ passed: false, met: 20, total: 25 });
    expect(failures(r)).toEqual([{ ok: false, key: "checks.table.rowDuplicate", params: { row: 4, of: 3 } }]);
  });
  it("a blank value left unfilled (6.2.1)", () => {
    const rows = copy();
    rows[2]![2] = null;
    const r = check(rows);
    expect(r).toMatchObject({ passed: false, met: 19, total: 20 });
    expect(failures(r)).toEqual([{ ok: false, key: "checks.table.cellBlank", params: { row: 4, column: "数量", expected: "1", actual: "" } }]);
  });
  it("spaces-only and listed blank texts are blanks too", () => {
    const rows = copy();
    rows[2]![2] = "  ";
    expect(failures(check(rows))[0]?.key).toBe("checks.table.cellBlank");
    rows[2]![2] = "N/A";
    expect(failures(check(rows))[0]?.key).toBe("checks.table.cellDiffers");
    expect(failures(check(rows, { blankValues: ["n/a"] }))[0]?.key).toBe("checks.table.cellBlank");
  });
  it("an outlier row left in (6.2.3): labelled by the column's plausible range", () => {
    const rows = copy();
    rows.splice(3, 0, ["D004", "围巾", 9999, 29, "2024-03-02"]);
    const plain = check(rows);
    expect(plain).toMatchObject({ passed: false, met: 20, total: 25 });
    expect(failures(plain)).toEqual([{ ok: false, key: "checks.table.rowExtra", params: { row: 5, values: "D004 | 围巾 | 9999 | 29" } }]);
    const ranged = check(rows, { ranges: { 数量: { min: 1, max: 100 } } });
    expect(failures(ranged)).toEqual([{ ok: false, key: "checks.table.rowOutlier", params: { row: 5, column: "数量", value: "9999", range: "1 ~ 100" } }]);
  });
  it("an outlier corrected wrongly in a row that is kept: cellOutlier with the range", () => {
    const rows = copy();
    rows[0]![2] = -2;
    const r = check(rows, { ranges: { 数量: { min: 1 } } });
    expect(failures(r)).toEqual([{ ok: false, key: "checks.table.cellOutlier", params: { row: 2, column: "数量", expected: "2", actual: "-2", range: "≥ 1" } }]);
  });
  it("a number stored as text (6.2.4): a type finding; with checkTypes: false it is equal", () => {
    const rows = copy();
    rows[0]![2] = "2";
    rows[1]![3] = " 39.00";
    const r = check(rows);
    expect(r).toMatchObject({ passed: false, met: 18, total: 20 });
    expect(failures(r).map((f) => [f.key, f.params?.row, f.params?.column])).toEqual([
      ["checks.table.cellNumberAsText", 2, "数量"],
      ["checks.table.cellNumberAsText", 3, "单价"],
    ]);
    expect(check(rows, { checkTypes: false }).passed).toBe(true);
  });
  it("text expected, a number given (a code that lost its leading zeros)", () => {
    const spec = CheckSpecSchema.parse({ kind: "table", expected: { columns: ["邮编"], rows: [["010020"]] } });
    const r = runCheck(spec, { files: [{ name: "a.csv", table: { columns: ["邮编"], rows: [[10020]] } }] });
    expect(failures(r)).toEqual([{ ok: false, key: "checks.table.cellTextAsNumber", params: { row: 2, column: "邮编", expected: "010020", actual: "10020" } }]);
  });
  it("a blank row left in", () => {
    const rows = copy();
    rows.splice(1, 0, [null, "", null, "  ", null]);
    const r = check(rows);
    expect(r).toMatchObject({ passed: false, met: 20, total: 25 });
    expect(failures(r)).toEqual([{ ok: false, key: "checks.table.rowBlank", params: { row: 3 } }]);
  });
  it("a row deleted that should have stayed", () => {
    const r = check(copy().filter((row) => row[0] !== "D003"));
    expect(r).toMatchObject({ passed: false, met: 15, total: 20 });
    expect(failures(r)).toEqual([{ ok: false, key: "checks.table.rowMissing", params: { values: "D003 | 帽子 | 1 | 19.5" } }]);
  });
  it("everything at once: each problem is reported at its row, in row order", () => {
    const rows: Cell[][] = [
      ["D001", "T恤", "2", 59.9, "2024-03-01"],
      ["D002", "短裤", 1, 39, "2024-03-01"],
      ["D002", "短裤", 1, 39, "2024-03-01"],
      ["D003", "帽子", null, 19.5, "2024-03-02"],
      ["D004", "围巾", 9999, 29, "2024-03-02"],
      [null, null, null, null, null],
      ["D005", "袜子", 5, 9.9, "2024-03-03"],
    ];
    const r = check(rows, { ranges: { 数量: { min: 1, max: 100 } } });
    expect(r).toMatchObject({ passed: false, met: 18, total: 35 });
    expect(failures(r).map((f) => `${f.key}@${f.params?.row}`)).toEqual([
      "checks.table.cellNumberAsText@2",
      "checks.table.rowDuplicate@4",
      "checks.table.cellBlank@5",
      "checks.table.rowOutlier@6",
      "checks.table.rowBlank@7",
    ]);
  });
  it("uses the spreadsheet's own row numbers when the probe gives them", () => {
    const rows = copy();
    rows[3]![1] = "手套";
    const r = check(rows, undefined, columns, [5, 6, 8, 9]);
    expect(failures(r)).toEqual([{ ok: false, key: "checks.table.cellDiffers", params: { row: 9, column: "商品", expected: "袜子", actual: "手套" } }]);
  });
});

describe("table check: options", () => {
  it("numeric tolerance is absolute and exact at its edge: 59.91 within 0.01 of 59.9, 59.911 not", () => {
    const rows = copy();
    rows[0]![3] = 59.91;
    expect(check(rows).passed).toBe(false);
    expect(check(rows, { numericTolerance: 0.01 }).passed).toBe(true);
    rows[0]![3] = 59.89;
    expect(check(rows, { numericTolerance: 0.01 }).passed).toBe(true);
    rows[0]![3] = 59.911;
    expect(check(rows, { numericTolerance: 0.01 })).toMatchObject({ passed: false, met: 19 });
  });
  it("trim and full-width normalisation are on by default and can be switched off", () => {
    const rows = copy();
    rows[0]![0] = " Ｄ００１ ";
    expect(check(rows).passed).toBe(true);
    expect(check(rows, { normalizeWidth: false }).passed).toBe(false);
    rows[0]![0] = " D001 ";
    expect(check(rows, { trim: false }).passed).toBe(false);
  });
  it("case matters unless ignoreCase", () => {
    const rows = copy();
    rows[0]![1] = "t恤";
    expect(check(rows).passed).toBe(false);
    expect(check(rows, { ignoreCase: true }).passed).toBe(true);
  });
  it("with ignoreRowOrder: false, rows out of place are named and their cells do not count", () => {
    const rows = copy();
    [rows[1], rows[2]] = [rows[2]!, rows[1]!];
    const r = check(rows, { ignoreRowOrder: false });
    expect(r).toMatchObject({ passed: false, met: 15, total: 20 });
    expect(failures(r)).toEqual([{ ok: false, key: "checks.table.rowOrder", params: { row: 3 } }]);
  });
  it("key columns match rows by key: a changed value is a cell difference, a repeated key a duplicate", () => {
    const rows = copy();
    rows[1]![3] = 49;
    rows.push(["D001", "T恤", 2, 59.9, "2024-03-01"]);
    const r = check(rows, { keyColumns: ["订单编号"] });
    expect(r).toMatchObject({ passed: false, met: 19, total: 25 });
    expect(failures(r)).toEqual([
      { ok: false, key: "checks.table.cellDiffers", params: { row: 3, column: "单价", expected: "39", actual: "49" } },
      { ok: false, key: "checks.table.rowDuplicate", params: { row: 6, of: 2 } },
    ]);
  });
  it("a missing column fails its cells; an extra column fails one row's worth per expected row, unless allowed", () => {
    const without = model.map((r) => r.filter((_, j) => j !== 4));
    const r = check(without, undefined, columns.slice(0, 4));
    expect(r).toMatchObject({ passed: false, met: 16, total: 20 });
    expect(failures(r)).toEqual([{ ok: false, key: "checks.table.columnMissing", params: { column: "下单日期" } }]);
    const extra = model.map((r) => [...r, "备注"]);
    const e = check(extra, undefined, [...columns, "备注"]);
    expect(e).toMatchObject({ passed: false, met: 20, total: 24 });
    expect(failures(e)).toEqual([{ ok: false, key: "checks.table.columnExtra", params: { column: "备注" } }]);
    expect(check(extra, { allowExtraColumns: true }, [...columns, "备注"]).passed).toBe(true);
  });
  it("an empty unnamed column is no column", () => {
    const rows = model.map((r) => [...r, null]);
    expect(check(rows, undefined, [...columns, ""]).passed).toBe(true);
  });
  it("lists at most MAX_TABLE_FINDINGS differences and counts the rest", () => {
    const big: Cell[][] = Array.from({ length: 150 }, (_, i) => [`K${i}`, i]);
    const spec = CheckSpecSchema.parse({ kind: "table", expected: { columns: ["编号", "值"], rows: big }, options: { keyColumns: ["编号"] } });
    const wrong = big.map((r) => [r[0]!, (r[1] as number) + 1]);
    const r = runCheck(spec, { files: [{ name: "a.xlsx", table: { columns: ["编号", "值"], rows: wrong } }] });
    expect(r).toMatchObject({ passed: false, met: 150, total: 300 });
    expect(failures(r)).toHaveLength(MAX_TABLE_FINDINGS + 1); // 100 listed + "more"
    expect(r.findings[0]).toMatchObject({ ok: false, key: "checks.table.summary" });
    expect(r.findings.at(-1)).toEqual({ ok: false, key: "checks.table.more", params: { count: 50 } });
  });
});

describe("table check: evidence that is not a table", () => {
  const spec = CheckSpecSchema.parse({ kind: "table", expected });
  it("no file, a non-table file, or an unreadable one fail every cell", () => {
    expect(runCheck(spec, {})).toMatchObject({ passed: false, met: 0, total: 20, findings: [{ ok: false, key: "checks.evidence.noFile" }] });
    expect(runCheck(spec, { files: [{ name: "a.jpg", image: { format: "jpeg", width: 1, height: 1 } }] }).findings).toEqual([
      { ok: false, key: "checks.file.notTable", params: { name: "a.jpg" } },
    ]);
    expect(runCheck(spec, { files: [{ name: "a.xlsx", error: "checks.probe.tableTooLarge" }] }).findings[0]?.key).toBe("checks.probe.tableTooLarge");
  });
  it("the first file with a table is compared", () => {
    const r = runCheck(spec, { files: [{ name: "说明.docx" }, { name: "结果.xlsx", table: { columns, rows: copy() } }] });
    expect(r.passed).toBe(true);
  });
});

describe("table check: order kept, one duplicate inserted in the middle", () => {
  it("does not shift every later row: only the duplicate is reported", () => {
    const rows = copy();
    rows.splice(1, 0, [...model[0]!]);
    const r = check(rows, { ignoreRowOrder: false });
    expect(r).toMatchObject({ passed: false, met: 20, total: 25 });
    expect(failures(r)).toEqual([{ ok: false, key: "checks.table.rowDuplicate", params: { row: 3, of: 2 } }]);
  });
});

describe("table check: a title above the header row", () => {
  it("finds the header by the expected column names, within the first rows", () => {
    const title: Cell[] = ["订单数据表（已清洗）", null, null, null, null];
    const spec = CheckSpecSchema.parse({ kind: "table", expected });
    const table = { columns: title.map((c) => c ?? ""), rows: [[null, null, null, null, null], columns, ...copy()], rowNumbers: [2, 3, 4, 5, 6, 7] };
    expect(runCheck(spec, { files: [{ name: "a.xlsx", table: table as Table }] }).passed).toBe(true);
    const wrong = copy();
    wrong[0]![1] = "衬衫";
    const r = runCheck(spec, { files: [{ name: "a.xlsx", table: { ...table, rows: [[null, null, null, null, null], columns, ...wrong] } as Table }] });
    expect(failures(r)).toEqual([{ ok: false, key: "checks.table.cellDiffers", params: { row: 4, column: "商品", expected: "T恤", actual: "衬衫" } }]);
  });
  it("keeps the first row as the header when no later row names more columns", () => {
    const spec = CheckSpecSchema.parse({ kind: "table", expected });
    const r = runCheck(spec, { files: [{ name: "a.xlsx", table: { columns: ["A", "B"], rows: [["x", "y"]] } }] });
    expect(failures(r).filter((f) => f.key === "checks.table.columnMissing")).toHaveLength(5);
  });
});
