import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it } from "vitest";
import { importRoster } from "@/server/candidates/import-roster";
import { previewRosterImport } from "@/server/candidates/preview-roster-import";
import { issueInitialPasswords } from "@/server/candidates/issue-passwords";
import { decideEligibility, getCandidateForAdmin, revealCandidateNumbers } from "@/server/candidates/get-candidate";
import { listCandidates } from "@/server/candidates/list-candidates";
import { signInWithPassword } from "@/server/auth/sign-in";
import { changePassword } from "@/server/auth/change-password";
import { buildRosterTemplateXlsx } from "@/server/roster/template";
import { prisma, resetDatabase } from "./helpers/db";
import { csvFile, newId, person, xlsxFile } from "./helpers/roster-files";
import { createStaff } from "./helpers/users";

const NOW = new Date("2026-11-26T02:00:00Z"); // 2026-11-26 10:00 in Shanghai
let adminId: string;

beforeEach(async () => {
  await resetDatabase();
  adminId = (await createStaff("admin1")).id;
});

async function run(file: { fileName: string; bytes: Uint8Array }, mode: "all-or-nothing" | "valid-only" = "all-or-nothing") {
  return importRoster({ actorId: adminId, fileName: file.fileName, bytes: file.bytes, mode, now: NOW });
}

describe("roster import", () => {
  it("imports a good XLSX file: candidates, users without passwords, ticket numbers by the documented scheme", async () => {
    const rows = [
      person({ 姓名: "王一", 工种: "网商", 级别: "五级/初级工" }),
      person({ 姓名: "王二", 工种: "网商", 级别: "五级/初级工", 性别: "女" }),
      person({ 姓名: "王三", 工种: "跨境电子商务师", 级别: "四级/中级工", 本职业或相关职业工作年限: "6" }),
    ];
    const result = await run(await xlsxFile(rows));
    expect(result).toMatchObject({ status: "DONE", total: 3, imported: 3, skipped: 0, problems: [] });
    const candidates = await prisma.candidate.findMany({ orderBy: { ticketNumber: "asc" }, include: { user: true } });
    expect(candidates.map((c) => [c.name, c.ticketNumber])).toEqual([
      ["王三", "20264200001"],
      ["王一", "20265100001"],
      ["王二", "20265100002"],
    ]);
    for (const c of candidates) {
      expect(c.user.roles).toEqual(["CANDIDATE"]);
      expect(c.user.passwordHash).toBeNull();
      expect(c.user.mustChangePassword).toBe(true);
      expect(c.eligibilityStatus).toBe("ELIGIBLE");
    }
    const batch = await prisma.importBatch.findUniqueOrThrow({ where: { id: result.batchId } });
    expect(batch).toMatchObject({ status: "DONE", total: 3, processed: 3, imported: 3 });
    // A second import continues the sequence.
    await run(await xlsxFile([person({ 姓名: "王四" })], "second.xlsx"));
    expect((await prisma.candidate.findFirstOrThrow({ where: { name: "王四" } })).ticketNumber).toBe("20265100003");
  });

  it("reports every kind of bad row by row and column, and writes nothing (all-or-nothing)", async () => {
    const existing = newId("男");
    await run(await xlsxFile([person({ 姓名: "已在名单", 身份证号: existing })], "first.xlsx"));
    const dup = newId("女");
    const badCheck = newId("男");
    const rows = [
      person({ 姓名: "正常" }), // row 2
      person({ 身份证号: badCheck.slice(0, 17) + (badCheck[17] === "0" ? "1" : "0") }), // row 3: checksum
      person({ 工种: "电商" }), // row 4: unknown track
      person({ 级别: "三级" }), // row 5: unknown level
      person({ 性别: "女", 身份证号: dup }), // row 6
      person({ 性别: "女", 身份证号: dup }), // row 7: duplicate of row 6
      person({ 身份证号: existing }), // row 8: already on the roster
      person({ 姓名: "" }), // row 9: missing name
      person({ 性别: "女", 身份证号: newId("男") }), // row 10: gender mismatch
      person({ 联系电话: "12345" }), // row 11: bad phone
      person({ 本职业或相关职业工作年限: "很多" }), // row 12: bad years
    ];
    const before = await prisma.candidate.count();
    const result = await run(await xlsxFile(rows));
    expect(result.status).toBe("FAILED");
    expect(result.imported).toBe(0);
    const at = (row: number, column: string) => result.problems.filter((p) => p.row === row && p.column === column);
    expect(at(3, "身份证号")[0]?.message).toMatch(/^第 3 行「身份证号」：.*校验/);
    expect(at(4, "工种")[0]?.message).toContain("电商");
    expect(at(5, "级别")).toHaveLength(1);
    expect(at(7, "身份证号")[0]?.message).toContain("第 6 行");
    expect(at(8, "身份证号")[0]?.message).toContain("已在名单中");
    expect(at(9, "姓名")[0]?.message).toContain("必填");
    expect(at(10, "性别")[0]?.message).toContain("不符");
    expect(at(11, "联系电话")).toHaveLength(1);
    expect(at(12, "本职业或相关职业工作年限")).toHaveLength(1);
    expect(result.problems.some((p) => p.row === 2 || p.row === 6)).toBe(false);
    // Nothing written.
    expect(await prisma.candidate.count()).toBe(before);
    expect(await prisma.user.count({ where: { roles: { has: "CANDIDATE" } } })).toBe(before);
    const batch = await prisma.importBatch.findUniqueOrThrow({ where: { id: result.batchId } });
    expect(batch.status).toBe("FAILED");
    expect((batch.problems as unknown[]).length).toBe(result.problems.length);
  });

  it("imports only the valid rows when the admin chooses so", async () => {
    const rows = [person({ 姓名: "甲" }), person({ 工种: "电商" }), person({ 姓名: "乙" })];
    const result = await run(await xlsxFile(rows), "valid-only");
    expect(result).toMatchObject({ status: "DONE", imported: 2, skipped: 1 });
    expect((await prisma.candidate.findMany({ orderBy: { name: "asc" } })).map((c) => c.name)).toEqual(["乙", "甲"]);
  });

  it("reads CSV in UTF-8 with BOM, without BOM, and GB18030 as saved by Excel", async () => {
    const withBom = await run(csvFile([person({ 姓名: "有BOM" })], "a.csv", true));
    const noBom = await run(csvFile([person({ 姓名: "无BOM" })], "b.csv", false));
    const gbPath = path.resolve(import.meta.dirname, "../fixtures/roster/roster-gb18030.csv");
    const gb = await run({ fileName: "gb.csv", bytes: new Uint8Array(fs.readFileSync(gbPath)) });
    expect([withBom.imported, noBom.imported, gb.imported]).toEqual([1, 1, 2]);
    expect(await prisma.candidate.findFirst({ where: { name: "张伟" } })).not.toBeNull();
    expect(await prisma.candidate.findFirst({ where: { name: "李娜", track: "cross-border", level: "4" } })).not.toBeNull();
  });

  it("refuses an unreadable file with a Chinese message", async () => {
    await expect(run({ fileName: "x.xlsx", bytes: new TextEncoder().encode("PK\u0003\u0004garbage") })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    expect(await prisma.candidate.count()).toBe(0);
  });

  it("the downloadable template imports cleanly", async () => {
    const result = await run({ fileName: "template.xlsx", bytes: await buildRosterTemplateXlsx() });
    expect(result).toMatchObject({ status: "DONE", imported: 2, problems: [] });
  });
});

describe("eligibility on import: every rule at its boundary", () => {
  const cases: Array<[string, Parameters<typeof person>[0], "ELIGIBLE" | "NOT_ELIGIBLE"]> = [
    ["L5-1 exactly 1 year", { 本职业或相关职业工作年限: "1" }, "ELIGIBLE"],
    ["L5-1 11 months", { 本职业或相关职业工作年限: "11个月" }, "NOT_ELIGIBLE"],
    ["L5-1 unrelated occupation", { 本职业或相关职业工作年限: "3", 从事职业: "厨师" }, "NOT_ELIGIBLE"],
    ["L5-2 apprenticeship", { 本职业或相关职业工作年限: "0", 学徒期满: "是" }, "ELIGIBLE"],
    ["L4-1 certificate + exactly 4 years", { 级别: "四级/中级工", 本职业或相关职业工作年限: "4", 已取得五级证书: "是", 取得五级证书后工作年限: "4" }, "ELIGIBLE"],
    ["L4-1 certificate + 47 months", { 级别: "四级/中级工", 本职业或相关职业工作年限: "4", 已取得五级证书: "是", 取得五级证书后工作年限: "47个月" }, "NOT_ELIGIBLE"],
    ["L4-1 4 years but no certificate", { 级别: "四级/中级工", 本职业或相关职业工作年限: "4", 取得五级证书后工作年限: "4" }, "NOT_ELIGIBLE"],
    ["L4-2 exactly 6 years", { 级别: "四级/中级工", 本职业或相关职业工作年限: "6" }, "ELIGIBLE"],
    ["L4-2 71 months", { 级别: "四级/中级工", 本职业或相关职业工作年限: "71个月" }, "NOT_ELIGIBLE"],
    ["L4-3 final-year student of a related major", { 级别: "四级/中级工", 本职业或相关职业工作年限: "0", 学校类型: "技工学校", 所学专业: "电子商务", 毕业年份: "2027", 是否已毕业: "否" }, "ELIGIBLE"],
    ["L4-3 graduate of a related major", { 级别: "四级/中级工", 本职业或相关职业工作年限: "0", 学校类型: "经评估的中等及以上职业学校", 所学专业: "市场营销", 毕业年份: "2020", 是否已毕业: "是" }, "ELIGIBLE"],
    ["L4-3 not yet final year", { 级别: "四级/中级工", 本职业或相关职业工作年限: "0", 学校类型: "技工学校", 所学专业: "电子商务", 毕业年份: "2028", 是否已毕业: "否" }, "NOT_ELIGIBLE"],
    ["L4-3 unrelated major", { 级别: "四级/中级工", 本职业或相关职业工作年限: "0", 学校类型: "技工学校", 所学专业: "烹饪", 毕业年份: "2020", 是否已毕业: "是" }, "NOT_ELIGIBLE"],
  ];
  it.each(cases)("%s", async (_name, overrides, expected) => {
    const result = await run(await xlsxFile([person(overrides)]));
    expect(result.problems).toEqual([]);
    const c = await prisma.candidate.findFirstOrThrow();
    expect(c.eligibilityStatus).toBe(expected);
  });

  it("shows which rule is met or why none is, and records an admin override with its reason", async () => {
    await run(await xlsxFile([person({ 级别: "四级/中级工", 本职业或相关职业工作年限: "5" })]));
    const c = await prisma.candidate.findFirstOrThrow();
    const view = await getCandidateForAdmin({ candidateId: c.id });
    expect(view.eligibilityStatus).toBe("NOT_ELIGIBLE");
    expect(view.summary).toContain("4 级需");
    const l42 = view.eligibilityResult.rules.find((r) => r.id === "L4-2");
    expect(l42).toMatchObject({ met: false, reasonCode: "work-months-insufficient", params: { required: 72, actual: 60 } });
    await expect(decideEligibility({ candidateId: c.id, decision: "APPROVED", reason: "", actorId: adminId, now: NOW })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    await decideEligibility({ candidateId: c.id, decision: "APPROVED", reason: "另有证明材料", actorId: adminId, now: NOW });
    const after = await prisma.candidate.findUniqueOrThrow({ where: { id: c.id } });
    expect(after).toMatchObject({ eligibilityStatus: "APPROVED", overrideReason: "另有证明材料", overrideById: adminId });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "candidate.eligibilityDecision" } });
    expect(audit.details).toMatchObject({ from: "NOT_ELIGIBLE", to: "APPROVED", reason: "另有证明材料" });
  });
});

describe("personal information", () => {
  it("masks numbers in lists and audit-logs a reveal", async () => {
    const id = newId("男");
    await run(await xlsxFile([person({ 身份证号: id, 联系电话: "13812345678" })]));
    const list = await listCandidates({ page: 1 });
    expect(list.rows[0]?.idNumberMasked).toBe(`${id.slice(0, 3)}***********${id.slice(14)}`);
    expect(list.rows[0]?.phoneMasked).toBe("138****5678");
    expect(JSON.stringify(list)).not.toContain(id);
    const c = await prisma.candidate.findFirstOrThrow();
    expect(await revealCandidateNumbers({ candidateId: c.id, actorId: adminId, now: NOW })).toEqual({ idNumber: id, phone: "13812345678" });
    expect(await prisma.auditLog.count({ where: { action: "candidate.revealPersonalNumbers", actorId: adminId, subject: c.id } })).toBe(1);
  });
});

describe("initial passwords", () => {
  it("exports the slips once as XLSX; the candidate signs in by ticket or ID number and must change the password", async () => {
    const id = newId("女");
    const result = await run(await xlsxFile([person({ 姓名: "李四", 性别: "女", 身份证号: id })]));
    const { xlsx } = await issueInitialPasswords({ batchId: result.batchId, actorId: adminId, now: NOW });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 6)).toEqual(["姓名", "准考证号", "身份证号", "级别", "工种", "初始密码"]);
    const row = (ws.getRow(2).values as unknown[]).slice(1).map(String);
    expect(row[0]).toBe("李四");
    expect(row[2]).not.toBe(id);
    const [ticket, password] = [row[1]!, row[5]!];
    expect(password).toMatch(/^[A-Za-z2-9]{10}$/);

    const byTicket = await signInWithPassword({ identifier: ticket, password, now: NOW });
    expect(byTicket).toMatchObject({ displayName: "李四", roles: ["CANDIDATE"], mustChangePassword: true });
    const byId = await signInWithPassword({ identifier: id.toLowerCase(), password, now: NOW });
    expect(byId.id).toBe(byTicket.id);

    expect(await changePassword({ userId: byId.id, current: password, next: "short1", confirm: "short1", now: NOW })).toEqual({ ok: false, problem: "weak" });
    expect(await changePassword({ userId: byId.id, current: password, next: "newpass123", confirm: "newpass124", now: NOW })).toEqual({ ok: false, problem: "mismatch" });
    expect(await changePassword({ userId: byId.id, current: password, next: "newpass123", confirm: "newpass123", now: NOW })).toMatchObject({ ok: true });
    const after = await signInWithPassword({ identifier: ticket, password: "newpass123", now: NOW });
    expect(after.mustChangePassword).toBe(false);

    // Issuing again only covers candidates without a password, unless asked.
    const again = await issueInitialPasswords({ batchId: result.batchId, actorId: adminId, now: NOW });
    expect(again.slips).toHaveLength(0);
  });

  it("refuses a name with ? (Excel's GBK CSV for a character outside GBK), advising UTF-8/GB18030 or XLSX, and writes nothing", async () => {
    const bytes = new Uint8Array(fs.readFileSync(path.resolve(import.meta.dirname, "../fixtures/imports/roster-gbk-qmark-name.csv")));
    const result = await run({ fileName: "roster-gbk-qmark-name.csv", bytes });
    expect(result.status).toBe("FAILED");
    expect(result.problems.filter((p) => p.column === "姓名").map((p) => p.message)).toEqual([
      "第 2 行「姓名」：“刘?”含有“?”或乱码字符：文件保存时姓名中的字已丢失（GBK 编码的 CSV 无法保存部分生僻字，会写成“?”）。请把名单另存为 UTF-8 或 GB18030 编码的 CSV，或直接上传 .xlsx 文件，核对该姓名后重新导入",
    ]);
    expect(result.notices).toEqual(["已忽略无法识别的列：序号、备注"]);
    expect(await prisma.candidate.count()).toBe(0);
  });

  it("reads what Excel shows: a graduation year typed as a date formatted yyyy is the year", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("考生名单");
    ws.addRow(["姓名", "身份证号", "性别", "工种", "级别", "学校类型", "所学专业", "毕业年份", "是否已毕业"]);
    const id = newId("女");
    ws.addRow(["周一", id, "女", "网商", "五级", "技工学校", "电子商务", new Date(Date.UTC(2020, 6, 1)), "是"]);
    ws.getCell("H2").numFmt = "yyyy";
    ws.getCell("B2").numFmt = "@";
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const result = await run({ fileName: "r.xlsx", bytes });
    expect(result.problems).toEqual([]);
    const c = await prisma.candidate.findUniqueOrThrow({ where: { idNumber: id } });
    expect(c.evidence).toMatchObject({ school: { graduationYear: 2020, graduated: true } });
  });

  it("previews what will be written (mapping, per level and track, first rows masked, every problem) and writes nothing", async () => {
    const good = person({ 姓名: "吴一" });
    const file = await xlsxFile([good, person({ 姓名: "吴二", 工种: "跨境电子商务师", 级别: "四级/中级工", 本职业或相关职业工作年限: "6" }), person({ 姓名: "坏?" })]);
    const preview = await previewRosterImport({ fileName: file.fileName, bytes: file.bytes, now: NOW });
    expect(preview).toMatchObject({
      valid: 2,
      problemRows: 1,
      willWrite: { "all-or-nothing": 0, "valid-only": 2 },
      groups: [
        { level: "五级/初级工", track: "网商", count: 1 },
        { level: "四级/中级工", track: "跨境电子商务师", count: 1 },
      ],
    });
    expect(preview.mapping.slice(0, 3)).toEqual([
      { from: "姓名", to: "姓名" },
      { from: "身份证号", to: "身份证号" },
      { from: "性别", to: "性别" },
    ]);
    expect(preview.sample[0]).toEqual({ row: 2, name: "吴一", idNumber: `${good.身份证号!.slice(0, 3)}***********${good.身份证号!.slice(14)}`, gender: "男", level: "五级/初级工", track: "网商" });
    expect(preview.problems.map((p) => p.row)).toEqual([4]);
    expect(await prisma.candidate.count()).toBe(0);
    expect(await prisma.importBatch.count()).toBe(0);
  });
});
