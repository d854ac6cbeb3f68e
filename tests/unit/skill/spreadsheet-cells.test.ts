import { describe, expect, it } from "vitest";
import { csvValue, generalNumber, xlsxCell } from "@/server/skill/probe/spreadsheet";
import { columnLetter } from "@/server/skill/preview/sheets";

describe("csvValue: numbers as Excel reads them, without losing digits", () => {
  it("reads plain, signed, decimal, exponent and grouped numbers", () => {
    expect(csvValue("12")).toBe(12);
    expect(csvValue(" -3.5 ")).toBe(-3.5);
    expect(csvValue("12.50")).toBe(12.5);
    expect(csvValue("1e3")).toBe(1000);
    expect(csvValue("1,299.00")).toBe(1299);
    expect(csvValue("0")).toBe(0);
    expect(csvValue("0.25")).toBe(0.25);
  });
  it("keeps text that Excel would damage or that is not a number", () => {
    expect(csvValue("007")).toBe("007");
    expect(csvValue("202403011234567890")).toBe("202403011234567890");
    expect(csvValue("123456789012345")).toBe(123456789012345); // 15 digits: still exact
    expect(csvValue("1234567890123456")).toBe("1234567890123456"); // 16 digits: text
    expect(csvValue("12,34")).toBe("12,34");
    expect(csvValue("¥12")).toBe("¥12");
    expect(csvValue("12%")).toBe("12%");
    expect(csvValue("")).toBeNull();
    expect(csvValue("   ")).toBeNull();
  });
});

describe("what Excel shows", () => {
  it("General numbers: 15 significant digits, no exponent for ordinary sizes", () => {
    expect(generalNumber(0.1 + 0.2)).toBe("0.3");
    expect(generalNumber(123456789012)).toBe("123456789012");
    expect(generalNumber(1e-7)).toBe("0.0000001");
    expect(generalNumber(-2.5)).toBe("-2.5");
  });
  it("formatted cells, dates as typed text for the checks", () => {
    expect(xlsxCell(1299.5, "#,##0.00")).toEqual({ value: 1299.5, text: "1,299.50" });
    expect(xlsxCell(0.5, "0%")).toEqual({ value: 0.5, text: "50%" });
    expect(xlsxCell(new Date(Date.UTC(2024, 2, 1, 8, 30)), "yyyy-mm-dd hh:mm")).toEqual({ value: "2024-03-01 08:30:00", text: "2024-03-01 08:30" });
    expect(xlsxCell(new Date(Date.UTC(2024, 2, 1)), "mm-dd-yy")).toEqual({ value: "2024-03-01", text: "2024/3/1" });
    expect(xlsxCell(45352, 'yyyy"年"m"月"d"日"')).toEqual({ value: "2024-03-01", text: "2024年3月1日" });
    expect(xlsxCell("00123", "@")).toEqual({ value: "00123", text: "00123" });
    expect(xlsxCell(true, undefined)).toEqual({ value: "TRUE", text: "TRUE" });
    expect(xlsxCell({ formula: "A1", result: { error: "#N/A" } } as never, undefined)).toEqual({ value: "#N/A", text: "#N/A" });
    expect(xlsxCell({ formula: "A1" } as never, undefined)).toEqual({ value: null, text: "" });
    expect(xlsxCell(null, undefined)).toEqual({ value: null, text: "" });
  });
});

describe("columnLetter", () => {
  it("counts like Excel", () => {
    expect([1, 26, 27, 52, 53, 702, 703].map(columnLetter)).toEqual(["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"]);
  });
});
