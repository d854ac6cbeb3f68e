// Classes from the roster import's 班级 column (a real XLSX file written to disk and read back).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it } from "vitest";
import { importRoster } from "@/server/candidates/import-roster";
import { prisma, resetDatabase } from "./helpers/db";
import { HEADERS, person, type Row } from "./helpers/roster-files";
import { createStaff } from "./helpers/users";

const NOW = new Date("2026-11-30T02:00:00Z");

async function rosterWithClasses(rows: Array<Row & { 班级?: string }>): Promise<{ fileName: string; bytes: Uint8Array }> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("考生名单");
  const headers = [...HEADERS, "班级"] as const;
  ws.addRow([...headers]);
  for (const r of rows) ws.addRow(headers.map((h) => (r as Record<string, string | undefined>)[h] ?? ""));
  ws.getColumn(2).numFmt = "@";
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "classes-")), "roster.xlsx");
  await wb.xlsx.writeFile(file);
  return { fileName: "roster.xlsx", bytes: new Uint8Array(fs.readFileSync(file)) };
}

beforeEach(resetDatabase);

describe("the roster import's 班级 column", () => {
  it("puts candidates into their classes, creating the missing ones; an empty cell leaves them out", async () => {
    const admin = await createStaff("admin-classes");
    await prisma.schoolClass.create({ data: { name: "2024级电商1班", createdById: admin.id } });
    const file = await rosterWithClasses([
      { ...person({ 姓名: "甲" }), 班级: "2024级电商1班" },
      { ...person({ 姓名: "乙" }), 班级: " 2024级电商2班 " },
      { ...person({ 姓名: "丙" }), 班级: "2024级电商2班" },
      { ...person({ 姓名: "丁" }) },
    ]);
    const r = await importRoster({ actorId: admin.id, fileName: file.fileName, bytes: file.bytes, mode: "all-or-nothing", now: NOW });
    expect(r).toMatchObject({ status: "DONE", imported: 4 });
    const classes = await prisma.schoolClass.findMany({ orderBy: { name: "asc" }, include: { members: true } });
    expect(classes.map((c) => [c.name, c.members.length])).toEqual([
      ["2024级电商1班", 1],
      ["2024级电商2班", 2],
    ]);
    expect(classes[1]!.createdById).toBe(admin.id);
    const names = await prisma.candidate.findMany({ where: { id: { in: classes[1]!.members.map((m) => m.candidateId) } }, select: { name: true } });
    expect(names.map((n) => n.name).sort()).toEqual(["丙", "乙"]);
  });

  it("refuses a class name over 50 characters, naming the row and column, and writes nothing", async () => {
    const admin = await createStaff("admin-classes2");
    const file = await rosterWithClasses([{ ...person({ 姓名: "甲" }), 班级: "班".repeat(51) }]);
    const r = await importRoster({ actorId: admin.id, fileName: file.fileName, bytes: file.bytes, mode: "all-or-nothing", now: NOW });
    expect(r.status).toBe("FAILED");
    expect(r.problems.map((p) => p.message)).toEqual(["第 2 行「班级」：过长，不应超过 50 个字"]);
    expect(await prisma.schoolClass.count()).toBe(0);
    expect(await prisma.candidate.count()).toBe(0);
  });
});
