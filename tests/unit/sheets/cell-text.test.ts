import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { cellValueToText, formatCellNumber, generalNumber } from "@/server/sheets/cell-text";
import { readWorkbook } from "@/server/sheets/read-workbook";

const fixture = (name: string) => new Uint8Array(fs.readFileSync(path.resolve(import.meta.dirname, "../../fixtures/imports", name)));

describe("what Excel shows", () => {
  it("renders number formats as Excel does", () => {
    expect(formatCellNumber(0.05, "0%")).toBe("5%");
    expect(formatCellNumber(0.005, "0.0%")).toBe("0.5%");
    expect(formatCellNumber(120, '"¥"#,##0.00')).toBe("¥120.00");
    expect(formatCellNumber(1200, "¥#,##0.00")).toBe("¥1,200.00");
    expect(formatCellNumber(12.5, "[$¥-804]#,##0.00")).toBe("¥12.50");
    expect(formatCellNumber(1234567, "#,##0")).toBe("1,234,567");
    expect(formatCellNumber(45000, 'yyyy"年"m"月"d"日"')).toBe("2023年3月15日");
    expect(formatCellNumber(45000, "[$-804]yyyy年m月d日")).toBe("2023年3月15日");
    expect(formatCellNumber(0.5, "h:mm")).toBe("12:00");
    // The built-in short date (exceljs reports "mm-dd-yy") as Chinese Windows shows it.
    expect(formatCellNumber(45000, "mm-dd-yy")).toBe("2023/3/15");
  });

  it("General and text formats show the value as the formula bar does (15 digits, no exponent)", () => {
    expect(generalNumber(0.1 + 0.2)).toBe("0.3");
    expect(generalNumber(0.0000001)).toBe("0.0000001");
    expect(generalNumber(13812345678)).toBe("13812345678");
    expect(formatCellNumber(42, "@")).toBe("42");
    expect(formatCellNumber(3.5, "General")).toBe("3.5");
  });

  it("keeps text (numbers stored as text), dates under their format, formula results formatted", () => {
    expect(cellValueToText("0012").text).toBe("0012");
    expect(cellValueToText(new Date(Date.UTC(2024, 2, 5)), "yyyy-mm-dd").text).toBe("2024-03-05");
    expect(cellValueToText({ formula: "A1/B1", result: 0.4 } as ExcelJS.CellValue, "0%").text).toBe("40%");
    expect(cellValueToText(440104200601010036, "0").imprecise).toBe(true);
  });

  it("reads the shared fixture's percent and currency cells as shown", async () => {
    const [sheet] = await readWorkbook(fixture("items-percent-cells.xlsx"), "items-percent-cells.xlsx");
    const row = (n: number) => sheet!.rows.find((r) => r.rowNumber === n)!.cells.slice(2, 6);
    expect(row(2)).toEqual(["5%", "50%", "20%", "1%"]);
    expect(row(3)).toEqual(["40%", "60%", "25%", "150%"]);
    expect(row(4)).toEqual(["¥120.00", "¥1,200.00", "¥12.00", "¥100.00"]);
  });
});
