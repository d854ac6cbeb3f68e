import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parseCsv, readTable, RosterFileError } from "@/server/roster/roster-file";
import { csvBytes, makeId } from "./helpers";

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures/roster");

async function xlsxBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function expectFileError(p: Promise<unknown>, code: RosterFileError["code"], message: RegExp) {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(RosterFileError);
  expect((err as RosterFileError).code).toBe(code);
  expect((err as RosterFileError).message).toMatch(message);
}

describe("readTable: XLSX", () => {
  const id = makeId("19900307", "001");

  it("reads the first worksheet with Excel row numbers, skipping empty rows", async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet("名单");
      ws.addRow(["姓名", " 身份证号 ", "性别"]);
      ws.addRow(["张伟", id, "男"]);
      ws.addRow([]);
      ws.addRow(["", "", ""]);
      ws.addRow(["  李娜  ", "110101200001010045", "女"]);
      wb.addWorksheet("其他").addRow(["不应读取"]);
    });
    const t = await readTable(bytes, "名单.xlsx");
    expect(t.headers).toEqual(["姓名", "身份证号", "性别"]);
    expect(t.headerRowNumber).toBe(1);
    expect(t.rows).toEqual([
      { rowNumber: 2, cells: ["张伟", id, "男"] },
      { rowNumber: 5, cells: ["李娜", "110101200001010045", "女"] },
    ]);
  });

  it("converts numbers without exponent, dates as Chinese Windows shows them, rich text, formulas, hyperlinks, booleans", async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet("名单");
      ws.addRow(["a", "b", "c", "d", "e", "f", "g", "h"]);
      const r = ws.addRow([
        4.5,
        110101199003070011, // an ID typed as a number: precision already lost
        new Date(Date.UTC(2014, 5, 30)),
        { richText: [{ text: "张" }, { font: { bold: true }, text: "伟" }] },
        { formula: "1+1", result: 2 },
        { text: "链接", hyperlink: "https://example.com" },
        true,
        0.0000001,
      ]);
      r.commit();
    });
    const t = await readTable(bytes, "x.xlsx");
    const row = t.rows[0];
    expect(row?.cells[0]).toBe("4.5");
    expect(row?.cells[1]).toMatch(/^\d{18}$/);
    expect(row?.cells[1]).not.toMatch(/e/i);
    expect(row?.imprecise).toEqual([1]);
    expect(row?.cells.slice(2)).toEqual(["2014/6/30", "张伟", "2", "链接", "TRUE", "0.0000001"]);
  });

  it("keeps an ID stored as text exactly (with X)", async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet("名单");
      ws.addRow(["身份证号"]);
      ws.addRow(["11010519491231002X"]);
    });
    const t = await readTable(bytes, "x.xlsx");
    expect(t.rows[0]).toEqual({ rowNumber: 2, cells: ["11010519491231002X"] });
  });

  it("header may start below empty rows", async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet("名单");
      ws.getCell("A3").value = "姓名";
      ws.getCell("A4").value = "张伟";
    });
    const t = await readTable(bytes, "x.xlsx");
    expect(t.headerRowNumber).toBe(3);
    expect(t.rows).toEqual([{ rowNumber: 4, cells: ["张伟"] }]);
  });

  it("throws for a workbook with an empty sheet, a broken zip, an .xls or a fake .xlsx", async () => {
    const empty = await xlsxBytes((wb) => void wb.addWorksheet("空"));
    await expectFileError(readTable(empty, "x.xlsx"), "no-header", /表头/);
    await expectFileError(readTable(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), "x.xlsx"), "unreadable", /无法读取/);
    await expectFileError(readTable(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]), "x.xls"), "unsupported", /\.xls/);
    await expectFileError(readTable(new TextEncoder().encode("hello"), "x.xlsx"), "unreadable", /xlsx/);
  });
});

describe("readTable: CSV", () => {
  const lines = ["姓名,身份证号,性别", "张伟,110101198805120039,男", "李娜,110101200001010045,女"];
  const expected = [
    { rowNumber: 2, cells: ["张伟", "110101198805120039", "男"] },
    { rowNumber: 3, cells: ["李娜", "110101200001010045", "女"] },
  ];

  it("reads UTF-8 with BOM", async () => {
    const t = await readTable(csvBytes(lines, true), "名单.csv");
    expect(t.headers).toEqual(["姓名", "身份证号", "性别"]);
    expect(t.rows).toEqual(expected);
  });

  it("reads UTF-8 without BOM, LF line ends", async () => {
    const t = await readTable(new TextEncoder().encode(lines.join("\n")), "名单.csv");
    expect(t.headers).toEqual(["姓名", "身份证号", "性别"]);
    expect(t.rows).toEqual(expected);
  });

  it("reads GB18030 as saved by Excel on Chinese Windows (fixture encoded with iconv)", async () => {
    const bytes = new Uint8Array(readFileSync(path.join(FIXTURES, "roster-gb18030.csv")));
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow(); // really not UTF-8
    const t = await readTable(bytes, "名单.csv");
    expect(t.headers).toEqual(["姓名", "身份证号", "性别", "工种", "级别", "从事职业", "本职业或相关职业工作年限", "联系电话", "备注"]);
    expect(t.rows.map((r) => [r.rowNumber, r.cells[0], r.cells[3], r.cells[8]])).toEqual([
      [2, "张伟", "网商", "夜班,周末"],
      [3, "李娜", "跨境电商", ""],
    ]);
  });

  it("handles RFC 4180 quotes: commas, doubled quotes, line breaks; record numbers as row numbers", async () => {
    const text = '姓名,备注\r\n"张,伟","他说""好"""\r\n\r\n李娜,"两\n行"\r\n王芳,末尾';
    const t = await readTable(new TextEncoder().encode(text), "x.csv");
    expect(t.rows).toEqual([
      { rowNumber: 2, cells: ["张,伟", '他说"好"'] },
      { rowNumber: 4, cells: ["李娜", "两\n行"] },
      { rowNumber: 5, cells: ["王芳", "末尾"] },
    ]);
  });

  it("skips rows of only commas and accepts tab-separated text", async () => {
    const t = await readTable(new TextEncoder().encode("姓名\t性别\n\t\n \t \n张伟\t男\n"), "x.txt");
    expect(t.headers).toEqual(["姓名", "性别"]);
    expect(t.rows).toEqual([{ rowNumber: 4, cells: ["张伟", "男"] }]);
    expect(parseCsv("a,b\n,\n")).toEqual([["a", "b"], ["", ""]]);
  });

  it("throws typed Chinese errors for empty files, no header and an unclosed quote", async () => {
    await expectFileError(readTable(new Uint8Array(), "x.csv"), "empty", /文件为空/);
    await expectFileError(readTable(new Uint8Array([0xef, 0xbb, 0xbf]), "x.csv"), "empty", /文件为空/);
    await expectFileError(readTable(new TextEncoder().encode(",,\r\n,,\r\n"), "x.csv"), "no-header", /没有表头/);
    await expectFileError(readTable(new TextEncoder().encode('姓名\r\n"张伟\r\n'), "x.csv"), "unreadable", /第 2 行的引号/);
  });
});
