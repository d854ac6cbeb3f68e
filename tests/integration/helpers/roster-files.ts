// Real roster files for import tests: written to disk, then read back as bytes.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { idCheckChar } from "@/server/roster/id-number";

export const HEADERS = [
  "姓名",
  "身份证号",
  "性别",
  "工种",
  "级别",
  "从事职业",
  "本职业或相关职业工作年限",
  "学徒期满",
  "已取得五级证书",
  "取得五级证书后工作年限",
  "学校类型",
  "所学专业",
  "毕业年份",
  "是否已毕业",
  "联系电话",
] as const;
export type Row = Partial<Record<(typeof HEADERS)[number], string>>;

let seq = 100;
/** A fresh valid ID number (region 440101, i.e. a made-up person) for the given gender. */
export function newId(gender: "男" | "女" = "男", birth = "20050101"): string {
  seq += 1;
  let s = seq;
  if ((s % 2 === 1) !== (gender === "男")) s += 1;
  seq = s;
  const first17 = `440101${birth}${String(s).padStart(3, "0")}`;
  return first17 + idCheckChar(first17);
}

export function person(overrides: Row = {}): Row {
  const gender = (overrides["性别"] as "男" | "女" | undefined) ?? "男";
  return {
    姓名: "测试考生",
    身份证号: newId(gender),
    性别: gender,
    工种: "网商",
    级别: "五级/初级工",
    从事职业: "营销员",
    本职业或相关职业工作年限: "2",
    ...overrides,
  };
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "roster-"));

export async function xlsxFile(rows: Row[], name = "roster.xlsx"): Promise<{ fileName: string; bytes: Uint8Array }> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("考生名单");
  ws.addRow([...HEADERS]);
  for (const r of rows) ws.addRow(HEADERS.map((h) => r[h] ?? ""));
  ws.getColumn(2).numFmt = "@";
  const file = path.join(tmp, name);
  await wb.xlsx.writeFile(file);
  return { fileName: name, bytes: new Uint8Array(fs.readFileSync(file)) };
}

export function csvFile(rows: Row[], name = "roster.csv", bom = true): { fileName: string; bytes: Uint8Array } {
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const text = [HEADERS.join(","), ...rows.map((r) => HEADERS.map((h) => quote(r[h] ?? "")).join(","))].join("\r\n");
  const file = path.join(tmp, name);
  fs.writeFileSync(file, (bom ? "\uFEFF" : "") + text, "utf8");
  return { fileName: name, bytes: new Uint8Array(fs.readFileSync(file)) };
}
