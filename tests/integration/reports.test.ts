import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { saveAnswer } from "@/server/exam/save-answer";
import { startAttempt } from "@/server/exam/start-attempt";
import { submitAttempt } from "@/server/exam/submit-attempt";
import { parseCsv } from "@/server/reports/csv";
import { DETAIL_HEADER, exportResults } from "@/server/reports/export-results";
import { loadCohortStatistics } from "@/server/reports/statistics";
import { loadNoticeList, loadTranscripts } from "@/server/reports/transcripts";
import { prisma, resetDatabase } from "./helpers/db";
import { createCandidate, makeProctor, publishedSession, seedBankAndPaper } from "./helpers/exam-fixture";
import { createStaff } from "./helpers/users";

let adminId: string;
let sessionId: string;
let itemCount: number;
const candidates: Array<{ id: string; name: string; idNumber: string; ticketNumber: string }> = [];

beforeAll(async () => {
  await resetDatabase();
  adminId = (await createStaff("reports-admin")).id;
  const paperId = await seedBankAndPaper(adminId, new Date());
  const proctorId = (await makeProctor("reports-proctor")).id;
  for (const name of ["全对", '逗号,"引号"', "=SUM(A1)"]) candidates.push(await createCandidate(name));
  const { session, paperItems } = await publishedSession({ paperId, candidateIds: candidates.map((c) => c.id), proctorIds: [proctorId] });
  sessionId = session.id;
  itemCount = paperItems.length;
  for (const [i, c] of candidates.entries()) {
    const { attemptId } = await startAttempt({ candidateId: c.id, sessionId });
    // Candidate 0 answers every item correctly, candidate 1 the first half, candidate 2 nothing.
    const answered = i === 0 ? paperItems : i === 1 ? paperItems.slice(0, Math.floor(paperItems.length / 2)) : [];
    let seq = 0;
    for (const p of answered) await saveAnswer({ attemptId, candidateId: c.id, input: { itemVersionId: p.itemVersionId, response: p.itemVersion.answer, seq: ++seq } });
    await submitAttempt({ attemptId, candidateId: c.id });
  }
}, 180_000);

async function readXlsx(body: Uint8Array) {
  const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), "reports-")), "results.xlsx");
  await fs.writeFile(file, body);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  await fs.rm(path.dirname(file), { recursive: true });
  return wb;
}

const values = (row: ExcelJS.Row) => (row.values as unknown[]).slice(1);

describe("results export", () => {
  it("writes an XLSX with a row per candidate (masked IDs, exact scores) and a row per candidate × question", async () => {
    const file = await exportResults({ actorId: adminId, now: new Date(), sessionId, query: { format: "xlsx" } });
    expect(file.contentType).toContain("spreadsheetml");
    const wb = await readXlsx(file.body);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["成绩", "作答明细"]);
    const ws = wb.getWorksheet("成绩")!;
    const header = values(ws.getRow(1)) as string[];
    expect(header.slice(0, 5)).toEqual(["姓名", "身份证号", "准考证号", "级别", "工种"]);
    expect(header).toContain("职业道德");
    expect(header).toContain("基础知识");
    expect(header.slice(-5)).toEqual(["理论成绩", "理论结果", "技能成绩", "技能结果", "总评"]);
    expect(ws.rowCount).toBe(1 + candidates.length);
    const results = await prisma.theoryResult.findMany({ where: { sessionId } });
    const col = (name: string) => header.indexOf(name) + 1;
    for (const [i, c] of candidates.entries()) {
      const row = ws.getRow(i + 2);
      expect(row.getCell(col("姓名")).value).toBe(c.name);
      expect(row.getCell(col("准考证号")).value).toBe(c.ticketNumber);
      const id = row.getCell(col("身份证号")).value as string;
      expect(id).not.toBe(c.idNumber);
      expect(id).toMatch(/^.{3}\*+.{4}$/);
      const total = results.find((r) => r.candidateId === c.id)!.total;
      expect(row.getCell(col("理论成绩")).value).toBe(total / 100);
      expect(row.getCell(col("理论成绩")).numFmt).toBe("0.00");
      expect(row.getCell(col("级别")).value).toBe("五级/初级工");
      expect(row.getCell(col("工种")).value).toBe("网商");
    }
    expect(ws.getRow(2).getCell(col("理论成绩")).value).toBe(100);
    expect(ws.getRow(2).getCell(col("理论结果")).value).toBe("合格");
    expect(ws.getRow(4).getCell(col("理论成绩")).value).toBe(0);
    expect(ws.getRow(4).getCell(col("理论结果")).value).toBe("不合格");
    expect(ws.getRow(4).getCell(col("总评")).value).toBe("不合格");
    // A theory session alone cannot make a pass: the skill score is missing.
    expect(ws.getRow(2).getCell(col("总评")).value).toBe("成绩不全");
    // Area columns add up to the total.
    const areaCols = header.filter((h) => h === "职业道德" || h === "基础知识" || h.startsWith("职业功能")).map(col);
    const sum = areaCols.reduce((s, c) => s + Math.round(Number(ws.getRow(3).getCell(c).value) * 100), 0);
    expect(sum).toBe(results.find((r) => r.candidateId === candidates[1]!.id)!.total);

    const detail = wb.getWorksheet("作答明细")!;
    expect(values(detail.getRow(1))).toEqual(DETAIL_HEADER);
    expect(itemCount).toBe(90);
    expect(detail.rowCount - 1).toBe(candidates.length * itemCount);
    const first = values(detail.getRow(2));
    expect(first.slice(0, 3)).toEqual([candidates[0]!.ticketNumber, candidates[0]!.name, "1"]);
    expect(first[5]).toBe(first[6]); // all correct: response = key
    expect(first[7]).toBe(first[8]);
    const unanswered = values(detail.getRow(2 + 2 * itemCount));
    expect(unanswered[1]).toBe("=SUM(A1)");
    expect(unanswered[5] ?? "").toBe("");
    expect(unanswered[7]).toBe(0);
    // Per-candidate awarded points add up to the total.
    let awarded = 0;
    for (let r = 2 + itemCount; r < 2 + 2 * itemCount; r++) awarded += Math.round(Number(detail.getRow(r).getCell(8).value) * 100);
    expect(awarded).toBe(results.find((r) => r.candidateId === candidates[1]!.id)!.total);
    expect(await prisma.auditLog.count({ where: { action: "results.exportFull" } })).toBe(0);
  });

  it("exports full ID numbers only on request, and writes that to the audit log", async () => {
    const before = new Date();
    const file = await exportResults({ actorId: adminId, now: before, sessionId, query: { format: "xlsx", full: "1" } });
    const ws = (await readXlsx(file.body)).getWorksheet("成绩")!;
    expect(candidates.map((_, i) => ws.getRow(i + 2).getCell(2).value)).toEqual(candidates.map((c) => c.idNumber));
    const logs = await prisma.auditLog.findMany({ where: { action: "results.exportFull" } });
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ actorId: adminId, subject: sessionId });
    expect(JSON.stringify(logs[0]!.details)).not.toContain(candidates[0]!.idNumber);
    await exportResults({ actorId: adminId, now: new Date(), sessionId, query: { format: "csv", full: "1" } });
    expect(await prisma.auditLog.count({ where: { action: "results.exportFull" } })).toBe(2);
  });

  it("writes CSV as UTF-8 with a BOM, CRLF and RFC 4180 quoting, and it parses back", async () => {
    const logged = await prisma.auditLog.count();
    const file = await exportResults({ actorId: adminId, now: new Date(), sessionId, query: { format: "csv" } });
    expect([...file.body.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(file.body);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/\n/);
    expect(text).toContain('"逗号,""引号"""');
    const rows = parseCsv(text);
    expect(rows).toHaveLength(1 + candidates.length);
    expect(rows[0]!.slice(0, 5)).toEqual(["姓名", "身份证号", "准考证号", "级别", "工种"]);
    expect(rows[2]![0]).toBe('逗号,"引号"');
    expect(rows[3]![0]).toBe("'=SUM(A1)"); // never a formula
    const total = rows[0]!.indexOf("理论成绩");
    expect(rows[1]![total]).toBe("100.00");
    expect(rows[3]![total]).toBe("0.00");
    expect(rows.slice(1).every((r) => r[1]!.includes("*"))).toBe(true);
    expect(await prisma.auditLog.count()).toBe(logged);
  });

  it("refuses an unknown session and a bad format", async () => {
    await expect(exportResults({ actorId: adminId, now: new Date(), sessionId: "nope", query: {} })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(exportResults({ actorId: adminId, now: new Date(), sessionId, query: { format: "pdf" } })).rejects.toThrow();
  });

  it("exports a cohort by level and track", async () => {
    const file = await exportResults({ actorId: adminId, now: new Date(), sessionId: "cohort", query: { format: "xlsx", cohort: "1", level: "5", track: "online-merchant" } });
    const wb = await readXlsx(file.body);
    expect(wb.getWorksheet("成绩")!.rowCount).toBe(1 + candidates.length);
    expect(wb.getWorksheet("作答明细")!.rowCount).toBe(1 + candidates.length * itemCount);
    const none = await exportResults({ actorId: adminId, now: new Date(), sessionId: "cohort", query: { format: "csv", cohort: "1", level: "4" } });
    expect(parseCsv(new TextDecoder().decode(none.body))).toHaveLength(1);
  });
});

describe("printable lists and statistics", () => {
  it("lists results for the notice board without any ID number", async () => {
    const list = await loadNoticeList({ sessionId });
    expect(list.rows.map((r) => r.name)).toEqual(candidates.map((c) => c.name));
    const json = JSON.stringify(list);
    for (const c of candidates) expect(json).not.toContain(c.idNumber);
    expect(json).not.toContain("idNumber");
    expect(json).not.toContain("***");
  });

  it("builds transcripts with masked ID numbers, one or all candidates", async () => {
    const all = await loadTranscripts({ sessionId });
    expect(all.rows).toHaveLength(3);
    expect(all.rows[0]!.idNumberMasked).toContain("*");
    expect(JSON.stringify(all)).not.toContain(candidates[0]!.idNumber);
    const one = await loadTranscripts({ sessionId, candidateId: candidates[1]!.id });
    expect(one.rows.map((r) => r.name)).toEqual([candidates[1]!.name]);
    await expect(loadTranscripts({ sessionId, candidateId: "nobody" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("computes the cohort's distribution, pass rates and item statistics", async () => {
    const stats = await loadCohortStatistics({});
    expect(stats.groups).toHaveLength(1);
    const g = stats.groups[0]!;
    expect(g.theory.n).toBe(3);
    expect(g.theory.bins.reduce((s, b) => s + b.count, 0)).toBe(3);
    expect(g.theory.bins[9]!.count).toBe(1);
    expect(g.theory.bins[0]!.count).toBe(1);
    expect(g.theory.passed).toBe(1);
    expect(g.skill.n).toBe(0);
    expect(g.items).toHaveLength(itemCount);
    expect(g.items[0]).toMatchObject({ n: 3 });
    expect(stats.passRates.theory.byLevel).toEqual([{ group: "5", n: 3, passed: 1, rate: 0.3333 }]);
    expect(stats.passRates.overall.byTrack).toEqual([{ group: "online-merchant", n: 2, passed: 0, rate: 0 }]);
    expect((await loadCohortStatistics({ level: "4" })).groups).toHaveLength(0);
  });
});
