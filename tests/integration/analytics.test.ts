// Item, test and rater analytics read through the services from sessions seeded with known
// answers and known ratings. Every expected value is computed here, independently of
// src/grading/analytics, from the answers the test itself gave.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { flagItemForReview } from "@/server/analytics/flag-item-for-review";
import { exportItemAnalysis } from "@/server/analytics/export-item-analysis";
import { exportSessionAnalysis } from "@/server/analytics/export-session-analysis";
import { getItemAnalysis } from "@/server/analytics/get-item-analysis";
import { getRaterAnalysis } from "@/server/analytics/get-rater-analysis";
import { getSessionAnalysis } from "@/server/analytics/get-session-analysis";
import { listAnalysisSessions } from "@/server/analytics/list-analysis-sessions";
import { markItemReviewed } from "@/server/analytics/mark-item-reviewed";
import { buildAnalysisWorkbook } from "@/server/analytics/workbook";
import { listItems } from "@/server/bank/list-items";
import { createTaskTx } from "@/server/bank/task-store";
import { saveAnswer } from "@/server/exam/save-answer";
import { startAttempt } from "@/server/exam/start-attempt";
import { submitAttempt } from "@/server/exam/submit-attempt";
import { createPapers } from "@/server/papers/create-papers";
import { saveCriterionScore, submitSheet } from "@/server/results/skill-panel";
import { prisma, resetDatabase } from "./helpers/db";
import { createCandidate, makeProctor, publishedSession, seedBankAndPaper } from "./helpers/exam-fixture";
import { createStaff } from "./helpers/users";

const r4 = (x: number) => Math.round(x * 1e4) / 1e4;

// --- independent reference formulas -------------------------------------------------------
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const sampleVar = (xs: number[]) => {
  const m = mean(xs);
  return xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1);
};
const pearson = (xs: number[], ys: number[]) => {
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  xs.forEach((x, i) => {
    sxy += (x - mx) * (ys[i]! - my);
    sxx += (x - mx) ** 2;
    syy += (ys[i]! - my) ** 2;
  });
  return sxy / Math.sqrt(sxx * syy);
};

let adminId: string;
let sessionId: string;
let paperId: string;
type PaperItemRow = Awaited<ReturnType<typeof publishedSession>>["paperItems"][number];
let paperItems: PaperItemRow[];
let special: number; // paper index of the item whose top candidates choose a distractor
/** marks[c][j]: points (not hundredths) candidate c got on paper item j, as the test answered. */
const marks: number[][] = [];
const attemptIds: string[] = [];
// Candidate c answers the first K[c] items right (c0 is the strongest).
const K = [90, 75, 60, 45, 30, 10];

const wrongOption = (p: PaperItemRow) => (p.itemVersion.options as Array<{ key: string }>).map((o) => o.key).find((k) => !p.itemVersion.answer.includes(k))!;

beforeAll(async () => {
  await resetDatabase();
  adminId = (await createStaff("analytics-admin")).id;
  paperId = await seedBankAndPaper(adminId, new Date());
  const proctorId = (await makeProctor("analytics-proctor")).id;
  const candidates = [];
  for (let c = 0; c < K.length; c++) candidates.push(await createCandidate(`分析考生${c + 1}`));
  const seeded = await publishedSession({ paperId, candidateIds: candidates.map((c) => c.id), proctorIds: [proctorId] });
  sessionId = seeded.session.id;
  paperItems = seeded.paperItems;
  special = paperItems.findIndex((p, j) => j >= 30 && j < 45 && p.type === "single");
  for (const [c, cand] of candidates.entries()) {
    const { attemptId } = await startAttempt({ candidateId: cand.id, sessionId });
    attemptIds.push(attemptId);
    const row: number[] = [];
    let seq = 0;
    for (const [j, p] of paperItems.entries()) {
      // The two strongest candidates choose a distractor on the special item; the others the key.
      const right = j === special ? c >= 2 : j < K[c]!;
      const response = right ? p.itemVersion.answer : [wrongOption(p)];
      await saveAnswer({ attemptId, candidateId: cand.id, input: { itemVersionId: p.itemVersionId, response, seq: ++seq } });
      row.push(right ? p.points / 100 : 0);
    }
    marks.push(row);
    await submitAttempt({ attemptId, candidateId: cand.id });
  }
}, 240_000);

describe("item and test analysis of a seeded theory session", () => {
  it("lists the session for analysis", async () => {
    const sessions = await listAnalysisSessions();
    expect(sessions.find((s) => s.id === sessionId)).toMatchObject({ mode: "theory", scored: K.length });
  });

  it("gives the item table computed from the answers given", async () => {
    const { papers } = await getSessionAnalysis({ sessionId });
    expect(papers).toHaveLength(1);
    const p = papers[0]!;
    expect(p.items).toHaveLength(90);
    const totals = marks.map((r) => r.reduce((s, x) => s + x, 0));
    for (const [j, item] of p.items.entries()) {
      const x = marks.map((r) => r[j]!);
      const max = paperItems[j]!.points / 100;
      const a = item.analysis;
      expect(item.position).toBe(j + 1);
      expect(a.n).toBe(6);
      expect(r4(a.facility.value!)).toBe(r4(mean(x) / max));
      if (new Set(x).size === 1) {
        // Items 1–10: everyone answered them right.
        expect(a.discriminationIndex).toEqual({ value: null, reason: "constant-item" });
        expect(a.sd.value).toBe(0);
      } else {
        const rest = totals.map((t, c) => t - x[c]!);
        expect(r4(a.discriminationIndex.value!)).toBe(r4(100 * pearson(x, rest)));
        expect(r4(a.sd.value!)).toBe(r4(Math.sqrt(sampleVar(x)) / max));
      }
    }
    // Everyone got items 1–10 right: too easy. Only c0 got items 76–90: too hard (1/6 < 0.2).
    expect(p.items[0]!.analysis.flags).toContain("too-easy");
    expect(p.items[80]!.analysis.flags).toContain("too-hard");
  });

  it("shows the special item's distractor choices, its negative discrimination and a possible wrong key", async () => {
    const { papers } = await getSessionAnalysis({ sessionId });
    const item = papers[0]!.items[special]!;
    const d = item.analysis.distractors!;
    const wrong = wrongOption(paperItems[special]!);
    const key = paperItems[special]!.itemVersion.answer[0]!;
    // 6 attempts → groups of round(1.62) = 2: upper c0, c1; lower c4, c5.
    expect(d.groupSize).toBe(2);
    expect(d.options.find((o) => o.key === wrong)).toMatchObject({ chosen: 2, upper: 2, lower: 0, beatsKey: true, attractsUpper: true });
    expect(d.options.find((o) => o.key === key)).toMatchObject({ keyed: true, chosen: 4, upper: 0, lower: 2 });
    expect(item.analysis.facility.value).toBeCloseTo(4 / 6, 12);
    expect(item.analysis.flags).toEqual(expect.arrayContaining(["negative-discrimination", "possible-wrong-key", "dead-distractor"]));
  });

  it("gives the test figures: mean, median, SD, α, SEM, pass rate and pass rates per area", async () => {
    const { papers } = await getSessionAnalysis({ sessionId });
    const t = papers[0]!.test;
    const totals = marks.map((r) => r.reduce((s, x) => s + x, 0));
    const sorted = [...totals].sort((a, b) => a - b);
    expect(t.n).toBe(6);
    expect(r4(t.mean.value!)).toBe(r4(mean(totals)));
    expect(r4(t.median.value!)).toBe(r4((sorted[2]! + sorted[3]!) / 2));
    expect(r4(t.sd.value!)).toBe(r4(Math.sqrt(sampleVar(totals))));
    const k = 90;
    const itemVar = paperItems.reduce((s, _, j) => s + sampleVar(marks.map((r) => r[j]!)), 0);
    const alpha = (k / (k - 1)) * (1 - itemVar / sampleVar(totals));
    expect(r4(t.alpha.value!)).toBe(r4(alpha));
    expect(t.kr20).toBe(true);
    expect(r4(t.sem.value!)).toBe(r4(Math.sqrt(sampleVar(totals)) * Math.sqrt(1 - alpha)));
    expect(t.maxTotal).toBeCloseTo(100, 9);
    expect(t.passed).toBe(totals.filter((x) => x >= 60).length);
    expect(t.histogram.reduce((s, b) => s + b.count, 0)).toBe(6);
    // Pass rate per area: points in the area ≥ 60 % of its maximum.
    const areas = [...new Set(paperItems.map((p) => p.area))];
    for (const area of areas) {
      const idx = paperItems.flatMap((p, j) => (p.area === area ? [j] : []));
      const max = idx.reduce((s, j) => s + paperItems[j]!.points / 100, 0);
      const passed = marks.filter((r) => idx.reduce((s, j) => s + r[j]!, 0) >= 0.6 * max - 1e-9).length;
      expect(papers[0]!.areas.find((a) => a.area === area), area).toMatchObject({ n: 6, passed });
    }
    expect(papers[0]!.areas[0]!.area).toBe("ethics");
  });

  it("per item across sessions: the session's figures and a pooled line", async () => {
    const itemId = paperItems[special]!.itemVersion.itemId;
    const view = await getItemAnalysis({ itemId });
    expect(view.sessions).toHaveLength(1);
    expect(view.sessions[0]!.sessionId).toBe(sessionId);
    expect(view.pooled.n).toBe(6);
    expect(view.pooled.facility.value).toBeCloseTo(4 / 6, 12);
    expect(view.pooled.discriminationIndex.value).toBeCloseTo(view.sessions[0]!.item.analysis.discriminationIndex.value!, 12);
  });

  it("exports every table as XLSX that reads back", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "analytics-"));
    try {
      const read = async (body: Uint8Array) => {
        const file = path.join(dir, `${Math.random()}.xlsx`);
        await fs.writeFile(file, body);
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(file);
        return wb;
      };
      const items = await read((await exportSessionAnalysis({ sessionId, query: { view: "items" } })).body);
      expect(items.worksheets.map((w) => w.name)).toEqual(["题目分析", "选项分析"]);
      const ws = items.getWorksheet("题目分析")!;
      expect(ws.rowCount).toBe(91);
      const header = (ws.getRow(1).values as unknown[]).slice(1);
      const row = ws.getRow(special + 2);
      const { papers } = await getSessionAnalysis({ sessionId });
      expect(row.getCell(header.indexOf("区分度指数") + 1).value).toBe(papers[0]!.items[special]!.analysis.discriminationIndex.value);
      expect(String(row.getCell(header.indexOf("标记") + 1).value)).toContain("疑似答案错误");
      // An undefined figure is written as its reason, never as 0.
      expect(ws.getRow(2).getCell(header.indexOf("区分度指数") + 1).value).toBe("无法计算：所有考生本题得分相同（如全部答对或全部答错），无法计算相关");
      const test = await read((await exportSessionAnalysis({ sessionId, query: { view: "test" } })).body);
      expect(test.worksheets.map((w) => w.name)).toEqual(["试卷分析", "成绩分布", "各范围达标率"]);
      expect(test.getWorksheet("试卷分析")!.getRow(2).getCell(2).value).toBe(6);
      const item = await read((await exportItemAnalysis({ itemId: paperItems[special]!.itemVersion.itemId })).body);
      expect(item.getWorksheet("各场次")!.rowCount).toBe(3);
      const injected = await read(await buildAnalysisWorkbook([{ name: "x", header: ["=h"], rows: [["=SUM(A1)", "+1", "-1", "@x", "正常", 5]] }]));
      // Text stays the teacher's text (no visible apostrophe), written as a string cell with the
      // Text format, so that Excel never runs it as a formula (src/server/sheets/write-safe.ts).
      const row2 = injected.worksheets[0]!.getRow(2);
      expect((row2.values as unknown[]).slice(1)).toEqual(["=SUM(A1)", "+1", "-1", "@x", "正常", 5]);
      for (const c of [1, 2, 3, 4]) expect([row2.getCell(c).type, row2.getCell(c).numFmt]).toEqual([ExcelJS.ValueType.String, "@"]);
      expect(row2.getCell(5).numFmt).not.toBe("@");
      expect(injected.worksheets[0]!.getRow(1).getCell(1).value).toBe("=h");
      expect(injected.worksheets[0]!.getRow(1).getCell(1).numFmt).toBe("@");
    } finally {
      await fs.rm(dir, { recursive: true });
    }
  });
});

describe("marking an item for review from a flag", () => {
  it("lists it with the filter, leaves it out of assembly until reviewed, and audits both steps", async () => {
    const before = await createPapers({ name: "复核前", level: "5", track: "online-merchant", seed: "review-seed", actorId: adminId, now: new Date() });
    expect(before.ok).toBe(true);
    const drawn = await prisma.paperItem.findFirst({ where: { paperId: (before as { paperIds: string[] }).paperIds[0] }, orderBy: { position: "asc" }, select: { itemVersion: { select: { itemId: true } } } });
    const itemId = drawn!.itemVersion.itemId;

    await flagItemForReview({ actorId: adminId, now: new Date(), input: { itemId, flags: ["possible-wrong-key"], sessionId } });
    const flagged = await listItems({ review: "flagged", page: 1 });
    expect(flagged.rows.map((r) => r.id)).toEqual([itemId]);
    expect(flagged.rows[0]!.underReview).toBe(true);
    expect((await listItems({ page: 1 })).total).toBeGreaterThan(1);

    const during = await createPapers({ name: "复核中", level: "5", track: "online-merchant", seed: "review-seed", actorId: adminId, now: new Date() });
    expect(during.ok).toBe(true);
    const duringItems = await prisma.paperItem.findMany({ where: { paperId: (during as { paperIds: string[] }).paperIds[0] }, select: { itemVersion: { select: { itemId: true } } } });
    expect(duringItems).toHaveLength(90);
    expect(duringItems.map((p) => p.itemVersion.itemId)).not.toContain(itemId);

    await expect(markItemReviewed({ actorId: adminId, now: new Date(), input: { itemId: "no-such-item" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await markItemReviewed({ actorId: adminId, now: new Date(), input: { itemId, note: "答案已核对无误" } });
    await expect(markItemReviewed({ actorId: adminId, now: new Date(), input: { itemId } })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await listItems({ review: "flagged", page: 1 })).total).toBe(0);
    const after = await createPapers({ name: "复核后", level: "5", track: "online-merchant", seed: "review-seed", actorId: adminId, now: new Date() });
    const afterItems = await prisma.paperItem.findMany({ where: { paperId: (after as { paperIds: string[] }).paperIds[0] }, select: { itemVersion: { select: { itemId: true } } } });
    expect(afterItems.map((p) => p.itemVersion.itemId)).toContain(itemId);

    const audit = await prisma.auditLog.findMany({ where: { subject: itemId, action: { in: ["item.reviewFlag", "item.reviewed"] } }, orderBy: { at: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["item.reviewFlag", "item.reviewed"]);
    expect(audit[1]!.details).toMatchObject({ note: "答案已核对无误" });
    await expect(flagItemForReview({ actorId: adminId, now: new Date(), input: { itemId, flags: [] } })).rejects.toThrow();
  });
});

// Shrout & Fleiss (1979) Table 2 as four examiners' task totals for six candidates on a
// 10-point task: the ICCs are the published ones, whatever the unit.
const SF = [
  [9, 2, 5, 8],
  [6, 1, 3, 2],
  [8, 4, 6, 8],
  [7, 1, 2, 6],
  [10, 5, 6, 9],
  [6, 2, 4, 7],
];

describe("rater agreement of a seeded skill session", () => {
  let skillSessionId: string;
  const examiners: string[] = [];

  beforeAll(async () => {
    for (const name of ["考评1", "考评2", "考评3", "考评4"]) examiners.push((await createStaff(name, ["EXAMINER"])).id);
    const now = new Date();
    const rubric = [{ id: "c1", title: "完成质量", points: 10, descriptors: "按完成质量给分" }];
    const { versionId } = await prisma.$transaction((tx) =>
      createTaskTx(tx, { title: "商品发布", level: "5", tracks: ["online-merchant"], duty: "2", skills: ["2.1.1"], instructions: "发布商品", materials: [], minutes: 30, points: 10, rubric, status: "active" }, { now }),
    );
    const plan = await prisma.skillPlan.create({
      data: { name: "技能方案", level: "5", track: "online-merchant", seed: "s", duties: [{ duty: "2", targetPoints: 10, tasks: [{ taskId: "t", versionId, title: "商品发布", points: 10, minutes: 30 }] }], conformance: {}, createdById: adminId },
    });
    // Spread > 60 % of 10 points goes to adjudication: only the first candidate (9 − 2 = 7).
    const session = await prisma.examSession.create({
      data: { name: "技能考核", mode: "skill", level: "5", track: "online-merchant", startsAt: now, minutes: 90, status: "published", skillPlanId: plan.id, createdById: adminId, adjudicationPercent: 60 },
    });
    skillSessionId = session.id;
    const room = await prisma.room.create({ data: { name: "实训室-分析", kind: "lan-internet-computer-room", capacity: 30 } });
    const sr = await prisma.sessionRoom.create({ data: { sessionId: session.id, roomId: room.id } });
    const cands = [];
    for (let i = 0; i < SF.length; i++) cands.push((await createCandidate(`技能考生${i + 1}`)).id);
    await prisma.sessionCandidate.createMany({ data: cands.map((candidateId, i) => ({ sessionId: session.id, sessionRoomId: sr.id, candidateId, seat: i + 1 })) });
    await prisma.sessionStaff.createMany({ data: examiners.map((userId) => ({ sessionId: session.id, userId, role: "EXAMINER" })) });
    let seq = 1;
    for (const [i, row] of SF.entries())
      for (const [j, points] of row.entries()) {
        const caller = { id: examiners[j]!, roles: ["EXAMINER" as const] };
        await saveCriterionScore({ caller, sessionId: session.id, candidateId: cands[i]!, taskVersionId: versionId, input: { criterionId: "c1", points: points * 100, comment: "按评分标准", seq: seq++ } });
        await submitSheet({ caller, sessionId: session.id, candidateId: cands[i]!, taskVersionId: versionId });
      }
  }, 120_000);

  it("reproduces Shrout & Fleiss' ICCs and Krippendorff's α per task and for the session (% scale)", async () => {
    const a = await getRaterAnalysis({ sessionId: skillSessionId });
    expect(a.tasks).toHaveLength(1);
    for (const g of [a.tasks[0]!, a.overall]) {
      expect([g.targets, g.ratings, g.icc.completeTargets]).toEqual([6, 24, 6]);
      expect([g.icc.icc11, g.icc.icc21, g.icc.icc31, g.icc.icc1k, g.icc.icc2k, g.icc.icc3k].map((f) => r4(f.value!))).toEqual([0.1657, 0.2898, 0.7148, 0.4428, 0.6201, 0.9093]);
    }
    expect(a.overall.unit).toBe("percent");
    expect(a.tasks[0]!.severityThreshold).toBe(0.5);
  });

  it("gives each examiner's severity (points, and % of the task) and adjudication share", async () => {
    const a = await getRaterAnalysis({ sessionId: skillSessionId });
    const direct = [0, 1, 2, 3].map((j) => mean(SF.map((r) => r[j]! - mean(r))));
    const task = a.tasks[0]!;
    expect(task.examiners.map((e) => e.name)).toEqual(["考评1", "考评2", "考评3", "考评4"]);
    expect(task.examiners.map((e) => r4(e.severity.value!))).toEqual(direct.map(r4));
    expect(a.overall.examiners.map((e) => r4(e.severity.value!))).toEqual(direct.map((d) => r4(d * 10)));
    expect(task.examiners.map((e) => [e.rated, e.adjudicated, r4(e.adjudicatedShare.value!)])).toEqual(examiners.map(() => [6, 1, r4(1 / 6)]));
    expect(task.examiners.map((e) => e.flag)).toEqual(["lenient", "severe", "severe", "lenient"]);
  });

  it("exports the rater tables, and refuses other session kinds with NOT_FOUND", async () => {
    const file = await exportSessionAnalysis({ sessionId: skillSessionId, query: { view: "raters" } });
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "raters-"));
    const p = path.join(dir, "r.xlsx");
    await fs.writeFile(p, file.body);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(p);
    await fs.rm(dir, { recursive: true });
    expect(wb.worksheets.map((w) => w.name)).toEqual(["评分一致性", "考评人员严宽度"]);
    expect(wb.getWorksheet("评分一致性")!.rowCount).toBe(3);
    expect(wb.getWorksheet("考评人员严宽度")!.rowCount).toBe(9);
    await expect(getRaterAnalysis({ sessionId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getSessionAnalysis({ sessionId: skillSessionId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(exportSessionAnalysis({ sessionId, query: { view: "nope" } })).rejects.toThrow();
  });
});
