// Practice on the real database: drills with feedback (recorded once, key only after), the
// wrong-answer book, mock exams (deadline, saves, scoring), sample items per class, progress,
// and the class report with its XLSX export read back.
import ExcelJS from "exceljs";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { scoreTheoryAttempt } from "@/grading";
import type { OptionKey } from "@/exam/types";
import { addClassMembers } from "@/server/classes/add-class-members";
import { createClass } from "@/server/classes/create-class";
import { exportClassReport } from "@/server/classes/export-class-report";
import { getClassReport } from "@/server/classes/get-class-report";
import { publishSamples } from "@/server/classes/publish-samples";
import { answerPractice } from "@/server/practice/answer-practice";
import { getDrill } from "@/server/practice/get-drill";
import { getMock } from "@/server/practice/get-mock";
import { getProgress } from "@/server/practice/get-progress";
import { listMistakes } from "@/server/practice/list-mistakes";
import { loadPracticePool, getPracticeCandidate } from "@/server/practice/practice-pool";
import { removeMistake } from "@/server/practice/remove-mistake";
import { saveMockAnswer } from "@/server/practice/save-mock-answer";
import { startDrill } from "@/server/practice/start-drill";
import { startMock } from "@/server/practice/start-mock";
import { submitMock } from "@/server/practice/finish-mock";
import { prisma } from "./helpers/db";
import { resetDatabase } from "./helpers/db";
import { createCandidate } from "./helpers/exam-fixture";
import { seedBank } from "./helpers/practice-fixture";
import { createStaff } from "./helpers/users";

const NOW = new Date("2026-11-30T02:00:00Z");
let adminId: string;
let teacher: { id: string; roles: Array<"TEACHER"> };
let sampleIds: string[];

beforeAll(async () => {
  await resetDatabase();
  adminId = (await createStaff("admin-practice")).id;
  teacher = { id: (await prisma.user.create({ data: { username: "teacher-p", displayName: "王老师", roles: ["TEACHER"] } })).id, roles: ["TEACHER"] };
  await seedBank({ use: "practice", perCell: 20, seed: "练习", explanation: "这是解析", now: NOW });
  sampleIds = await seedBank({ use: "both", perCell: 1, seed: "示例", sample: true, now: NOW });
});

let candidateId: string;
beforeEach(async () => {
  candidateId = (await createCandidate(`考生${Math.random().toString(36).slice(2, 7)}`)).id;
});

/** The wrong option of a version (a key not in its answer). */
async function wrongAndRight(versionId: string) {
  const v = await prisma.itemVersion.findUniqueOrThrow({ where: { id: versionId }, select: { answer: true, options: true, itemId: true } });
  const keys = (v.options as Array<{ key: string }>).map((o) => o.key);
  return { right: [...v.answer].sort(), wrong: [keys.find((k) => !v.answer.includes(k))!], itemId: v.itemId };
}

describe("drills", () => {
  it("reveal the key and the explanation only once the answer is recorded", async () => {
    const { drillId } = await startDrill({ candidateId, input: { mode: "content", scope: { kind: "area", area: "ethics" }, size: 4 }, now: NOW });
    const before = await getDrill({ drillId, candidateId });
    expect(before.items).toHaveLength(4);
    expect(before.items.every((i) => i.answer === null && !i.withdrawn && i.stem.startsWith("练习："))).toBe(true);
    expect(JSON.stringify(before)).not.toContain("这是解析");

    const first = before.items[0]!;
    const { right } = await wrongAndRight(first.versionId);
    const fb = await answerPractice({ drillId, candidateId, input: { itemVersionId: first.versionId, response: right, seq: 10 } });
    expect(fb).toMatchObject({ recorded: true, fresh: true, correct: true, key: right, explanation: "这是解析", response: right });

    const after = await getDrill({ drillId, candidateId });
    expect(after.items[0]!.answer).toMatchObject({ correct: true, key: right, explanation: "这是解析" });
    expect(after.items.slice(1).every((i) => i.answer === null)).toBe(true);
    expect(after.lastSeq).toBe(10);
  });

  it("record an answer once: a resend or a later change returns the first answer", async () => {
    const { drillId } = await startDrill({ candidateId, input: { mode: "content", scope: { kind: "area", area: "1" }, size: 2 }, now: NOW });
    const item = (await getDrill({ drillId, candidateId })).items[0]!;
    const { right, wrong } = await wrongAndRight(item.versionId);
    const a = await answerPractice({ drillId, candidateId, input: { itemVersionId: item.versionId, response: wrong, seq: 5 } });
    expect(a).toMatchObject({ fresh: true, correct: false, response: wrong, key: right });
    const b = await answerPractice({ drillId, candidateId, input: { itemVersionId: item.versionId, response: right, seq: 9 } });
    expect(b).toMatchObject({ fresh: false, correct: false, response: wrong, seq: 5 });
    // Ten saves at once from two tabs: still one answer.
    const { drillId: d2 } = await startDrill({ candidateId, input: { mode: "content", scope: { kind: "area", area: "2" }, size: 1 }, now: NOW });
    const it2 = (await getDrill({ drillId: d2, candidateId })).items[0]!;
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => answerPractice({ drillId: d2, candidateId, input: { itemVersionId: it2.versionId, response: [i % 2 ? "A" : "B"], seq: i + 1 } })));
    expect(await prisma.practiceAnswer.count({ where: { drillId: d2 } })).toBe(1);
    expect(new Set(results.map((r) => r.response.join())).size).toBe(1);
    expect(results.filter((r) => r.fresh)).toHaveLength(1);
  });

  it("are found only by their own candidate", async () => {
    const { drillId } = await startDrill({ candidateId, input: { mode: "content", scope: { kind: "area", area: "ethics" }, size: 1 }, now: NOW });
    const other = (await createCandidate("别人")).id;
    await expect(getDrill({ drillId, candidateId: other })).rejects.toThrow("NOT_FOUND");
    const v = (await getDrill({ drillId, candidateId })).items[0]!.versionId;
    await expect(answerPractice({ drillId, candidateId: other, input: { itemVersionId: v, response: ["A"], seq: 1 } })).rejects.toThrow("NOT_FOUND");
  });

  it("refuse a scope outside the candidate's level and track, and say when nothing is left", async () => {
    await expect(startDrill({ candidateId, input: { mode: "content", scope: { kind: "content", content: "4:1.1" } }, now: NOW })).rejects.toThrow(/不属于你的级别和工种/);
    await expect(startDrill({ candidateId, input: { mode: "weakest" }, now: NOW })).rejects.toThrow(/还没有足够的练习记录/);
    await expect(startDrill({ candidateId, input: { mode: "mistakes" }, now: NOW })).rejects.toThrow(/错题本中没有/);
  });
});

describe("the wrong-answer book", () => {
  it("takes every wrong answer, grouped by work content; right twice in a row clears it; a wrong answer reopens it; removal by hand", async () => {
    const { drillId } = await startDrill({ candidateId, input: { mode: "content", scope: { kind: "area", area: "1" }, size: 3 }, now: NOW });
    const items = (await getDrill({ drillId, candidateId })).items;
    const facts = await Promise.all(items.map((i) => wrongAndRight(i.versionId)));
    for (const [i, item] of items.entries()) await answerPractice({ drillId, candidateId, input: { itemVersionId: item.versionId, response: facts[i]!.wrong, seq: i + 1 } });
    let book = await listMistakes({ candidateId });
    expect(book.flatMap((g) => g.items)).toHaveLength(3);
    for (const g of book) for (const x of g.items) expect(x).toMatchObject({ needed: 2, wrongCount: 1 });
    expect(book.every((g) => items.some((i) => i.content === g.content))).toBe(true);
    const target = facts[0]!;
    expect(book.flatMap((g) => g.items).find((x) => x.itemId === target.itemId)).toMatchObject({ lastResponse: target.wrong, key: target.right });

    // Redo from the book: right once (still there), right twice (cleared).
    const redo = async (response: "right" | "wrong") => {
      const { drillId: d } = await startDrill({ candidateId, input: { mode: "mistakes", size: 10 }, now: NOW });
      const drill = await getDrill({ drillId: d, candidateId });
      const mine = drill.items.find((i) => i.versionId === items[0]!.versionId);
      expect(mine, "the book's item is in the redo drill").toBeDefined();
      return answerPractice({ drillId: d, candidateId, input: { itemVersionId: mine!.versionId, response: target[response], seq: 1 } });
    };
    await redo("right");
    expect((await listMistakes({ candidateId })).flatMap((g) => g.items).find((x) => x.itemId === target.itemId)?.needed).toBe(1);
    await redo("wrong");
    expect((await listMistakes({ candidateId })).flatMap((g) => g.items).find((x) => x.itemId === target.itemId)).toMatchObject({ needed: 2, wrongCount: 2 });
    await redo("right");
    await redo("right");
    book = await listMistakes({ candidateId });
    expect(book.flatMap((g) => g.items).map((x) => x.itemId)).not.toContain(target.itemId);
    expect(await prisma.practiceMistake.findUniqueOrThrow({ where: { candidateId_itemId: { candidateId, itemId: target.itemId } } })).toMatchObject({ state: "cleared" });

    expect(await removeMistake({ candidateId, itemId: facts[1]!.itemId, now: NOW })).toBe(true);
    expect(await removeMistake({ candidateId: (await createCandidate("他人")).id, itemId: facts[2]!.itemId, now: NOW })).toBe(false);
    expect((await listMistakes({ candidateId })).flatMap((g) => g.items).map((x) => x.itemId)).toEqual([facts[2]!.itemId]);
  });
});

describe("mock exams", () => {
  it("save like exam answers, are scored at once with the area breakdown and feed mastery and the book", async () => {
    const { mockId, resumed } = await startMock({ candidateId });
    expect(resumed).toBe(false);
    expect(await startMock({ candidateId })).toEqual({ mockId, resumed: true });
    const view = await getMock({ mockId, candidateId });
    expect(view.status).toBe("in_progress");
    expect(view.remainingSeconds).toBeGreaterThan(89 * 60);
    expect(view.items.every((i) => i.review === null)).toBe(true);
    expect(JSON.stringify(view)).not.toContain("这是解析");

    const keys = new Map<string, string[]>();
    for (const i of view.items) keys.set(i.versionId, (await wrongAndRight(i.versionId)).right);
    // Answer 30 items right and 10 wrong; an older sequence number never overwrites a newer one.
    const answered = view.items.slice(0, 40);
    for (const [n, i] of answered.entries()) {
      const response = n < 30 ? keys.get(i.versionId)! : (await wrongAndRight(i.versionId)).wrong;
      expect(await saveMockAnswer({ mockId, candidateId, input: { itemVersionId: i.versionId, response, seq: 100 + n } })).toMatchObject({ saved: true, stale: false });
    }
    const stale = await saveMockAnswer({ mockId, candidateId, input: { itemVersionId: answered[0]!.versionId, response: ["Z"], seq: 1 } });
    expect(stale).toMatchObject({ stale: true });
    await submitMock({ mockId, candidateId });
    const done = await getMock({ mockId, candidateId });
    const expected = scoreTheoryAttempt({
      paperItems: done.items.map((i) => ({ versionId: i.versionId, type: i.type, area: i.area as "ethics", points: i.points })),
      keys: new Map([...keys].map(([k, v]) => [k, v as OptionKey[]])),
      responses: new Map(answered.map((i, n) => [i.versionId, (n < 30 ? keys.get(i.versionId)! : ["?"]) as OptionKey[]])),
    });
    expect(done.result).toMatchObject({ total: expected.total, passed: expected.passed, passMark: 6000 });
    expect(done.result!.byArea).toEqual(JSON.parse(JSON.stringify(expected.byArea)));
    expect(done.items.every((i) => i.review !== null && i.review.key.length > 0)).toBe(true);
    expect(await prisma.practiceAnswer.count({ where: { mockId } })).toBe(40);
    expect(await prisma.practiceMistake.count({ where: { candidateId, state: "open" } })).toBe(10);
    await expect(saveMockAnswer({ mockId, candidateId, input: { itemVersionId: answered[0]!.versionId, response: ["A"], seq: 999 } })).rejects.toThrow(/已结束/);
    await submitMock({ mockId, candidateId }); // idempotent
    expect(await prisma.practiceAnswer.count({ where: { mockId } })).toBe(40);

    const progress = await getProgress({ candidateId });
    expect(progress.mocks).toHaveLength(1);
    expect(progress.mocks[0]).toMatchObject({ status: "submitted", total: expected.total });
    const recent = [...progress.contents.values()].reduce((n, c) => n + (c.mastery?.recent ?? 0), 0);
    expect(recent).toBe(40);
    expect(progress.streak.current).toBe(1);
    expect(progress.openMistakes).toBe(10);
    expect(progress.next[0]).toEqual({ kind: "mistakes", count: 10 });
  });

  it("the server closes a mock at its deadline, scoring what was saved", async () => {
    const { mockId } = await startMock({ candidateId });
    const view = await getMock({ mockId, candidateId });
    const first = view.items[0]!;
    await saveMockAnswer({ mockId, candidateId, input: { itemVersionId: first.versionId, response: (await wrongAndRight(first.versionId)).right, seq: 1 } });
    await prisma.$executeRaw`UPDATE "PracticeMock" SET deadline = now() - interval '10 seconds' WHERE id = ${mockId}`;
    await expect(saveMockAnswer({ mockId, candidateId, input: { itemVersionId: first.versionId, response: ["A"], seq: 2 } })).rejects.toThrow(/已结束/);
    const closed = await prisma.practiceMock.findUniqueOrThrow({ where: { id: mockId } });
    expect(closed).toMatchObject({ status: "submitted", submittedBy: "deadline" });
    expect(closed.total).toBe(first.points);
    expect(closed.submittedAt?.getTime()).toBe(closed.deadline.getTime());
  });
});

describe("classes", () => {
  it("sample items reach practice only for a class whose teacher published them", async () => {
    const candidate = await getPracticeCandidate(candidateId);
    const without = await loadPracticePool(candidate);
    expect(without.some((v) => sampleIds.includes(v.itemId))).toBe(false);
    const { classId } = await createClass({ input: { name: `班级-${candidateId}`, teacherIds: [teacher.id] }, actorId: adminId, now: NOW });
    await addClassMembers({ input: { classId, candidateIds: [candidateId] }, actorId: adminId, now: NOW });
    expect((await loadPracticePool(candidate)).some((v) => sampleIds.includes(v.itemId))).toBe(false);
    const otherTeacher = { id: (await createStaff("t2", ["ADMIN"])).id, roles: ["TEACHER" as const] };
    await expect(publishSamples({ classId, caller: otherTeacher, now: NOW })).rejects.toThrow("NOT_FOUND");
    const { sampleItems } = await publishSamples({ classId, caller: teacher, now: NOW });
    expect(sampleItems).toBe(sampleIds.length);
    const withSamples = await loadPracticePool(candidate);
    expect(withSamples.filter((v) => sampleIds.includes(v.itemId)).length).toBeGreaterThan(0);
    // A sample item an admin made secure stays out.
    await prisma.item.update({ where: { id: sampleIds[0]! }, data: { use: "secure" } });
    expect((await loadPracticePool(candidate)).some((v) => v.itemId === sampleIds[0])).toBe(false);
    await prisma.item.update({ where: { id: sampleIds[0]! }, data: { use: "both" } });
  });

  it("the class report shows who practised, mastery per work content, the items most often wrong and mock results; the XLSX reads back", async () => {
    const { classId } = await createClass({ input: { name: `报告班-${candidateId}`, teacherIds: [teacher.id] }, actorId: adminId, now: NOW });
    const idle = (await createCandidate("未练习的同学")).id;
    await addClassMembers({ input: { classId, candidateIds: [candidateId, idle] }, actorId: adminId, now: NOW });
    await expect(addClassMembers({ input: { classId, candidateIds: ["nobody"] }, actorId: adminId, now: NOW })).rejects.toThrow(/不存在/);
    const { drillId } = await startDrill({ candidateId, input: { mode: "content", scope: { kind: "area", area: "ethics" }, size: 4 }, now: NOW });
    const items = (await getDrill({ drillId, candidateId })).items;
    for (const [n, i] of items.entries()) {
      const f = await wrongAndRight(i.versionId);
      await answerPractice({ drillId, candidateId, input: { itemVersionId: i.versionId, response: n === 0 ? f.wrong : f.right, seq: n + 1 } });
    }
    const report = await getClassReport({ classId, caller: teacher });
    const me = report.students.find((s) => s.candidateId === candidateId)!;
    expect(me).toMatchObject({ answers: 4, week: 4, weekRight: 3, activeDays: 1, drills: 1, openMistakes: 1 });
    expect(me.mastery.ethics).toMatchObject({ recent: 4, right: 3, percent: 75 });
    expect(report.students.find((s) => s.candidateId === idle)).toMatchObject({ answers: 0, mastery: { ethics: null } });
    expect(report.contents.map((c) => c.key)).toEqual(["ethics"]);
    expect(report.wrongItems).toHaveLength(1);
    expect(report.wrongItems[0]).toMatchObject({ wrong: 1, answered: 1, students: 1 });
    expect(report.wrongItems[0]!.stem).toMatch(/^练习：/);
    await expect(getClassReport({ classId, caller: { id: adminId, roles: ["TEACHER"] } })).rejects.toThrow("NOT_FOUND");
    expect((await getClassReport({ classId, caller: { id: adminId, roles: ["ADMIN"] } })).students).toHaveLength(2);

    const file = await exportClassReport({ classId, caller: teacher });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.body) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["练习概况", "掌握度", "高频错题", "模拟考试"]);
    const overview = wb.getWorksheet("练习概况")!;
    const rows = overview.getSheetValues().slice(2) as unknown[][];
    const mine = rows.find((r) => r[2] === me.name)!;
    expect(mine[1]).toBe(me.ticketNumber);
    expect(mine[5]).toBe(4);
    expect(mine[11]).toBe(1);
    const mastery = wb.getWorksheet("掌握度")!;
    expect(String(mastery.getRow(1).getCell(3).value)).toContain("职业道德");
    const masteryRow = (mastery.getSheetValues().slice(2) as unknown[][]).find((r) => r[2] === me.name)!;
    expect(masteryRow[3]).toBe(75);
  });
});
