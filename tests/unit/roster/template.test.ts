import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { ROSTER_COLUMNS } from "@/server/roster/columns";
import { readTable } from "@/server/roster/roster-file";
import { buildRosterTemplateCsv, buildRosterTemplateXlsx } from "@/server/roster/template";
import { validateRoster } from "@/server/roster/validate-roster";
import { validateIdNumber } from "@/server/roster/id-number";
import { NOW } from "./helpers";

const opts = { now: NOW, existingIdNumbers: new Set<string>() };

describe("roster template", () => {
  it("XLSX: all columns, importable: 2 valid example candidates and no problems", async () => {
    const bytes = await buildRosterTemplateXlsx();
    const table = await readTable(bytes, "考生名单模板.xlsx");
    expect(table.headers).toEqual(ROSTER_COLUMNS.map((c) => c.header));
    const r = validateRoster(table, opts);
    expect(r.problems).toEqual([]);
    expect(r.candidates.map((c) => [c.rowNumber, c.name, c.track, c.level])).toEqual([
      [2, "示例考生一", "online-merchant", "5"],
      [3, "示例考生二", "cross-border", "4"],
    ]);
    for (const c of r.candidates) {
      expect(c.idNumber.startsWith("110101")).toBe(true);
      expect(validateIdNumber(c.idNumber, NOW).ok).toBe(true);
    }
    expect(r.notices).toEqual(["第 2、3 行是模板中的示例考生（示例考生一/二），正式导入前请删除"]);
  });

  it("XLSX: the 说明 sheet marks required columns and what each accepts", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(await buildRosterTemplateXlsx()).buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["考生名单", "说明"]);
    const notes = wb.getWorksheet("说明");
    const rows = ROSTER_COLUMNS.map((_, i) => notes?.getRow(i + 2).values);
    ROSTER_COLUMNS.forEach((c, i) => {
      const v = rows[i] as unknown[];
      expect(v[1]).toBe(c.header);
      expect(v[2]).toBe(c.required ? "必填" : "选填");
      expect(v[3]).toBe(c.accepts);
    });
    expect(ROSTER_COLUMNS.filter((c) => c.required).map((c) => c.header)).toEqual(["姓名", "身份证号", "性别", "工种", "级别"]);
  });

  it("CSV: UTF-8 with BOM, header and the same example rows", async () => {
    const bytes = buildRosterTemplateCsv();
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = validateRoster(await readTable(bytes, "模板.csv"), opts);
    const xlsx = validateRoster(await readTable(await buildRosterTemplateXlsx(), "模板.xlsx"), opts);
    expect(csv.problems).toEqual([]);
    expect(csv.candidates).toEqual(xlsx.candidates);
    expect(csv.candidates).toHaveLength(2);
  });
});
