import { beforeAll, describe, expect, it } from "vitest";
import { createTaskTx } from "@/server/bank/task-store";
import { saveAnswer } from "@/server/exam/save-answer";
import { startAttempt } from "@/server/exam/start-attempt";
import { submitAttempt } from "@/server/exam/submit-attempt";
import { regradeItemKey } from "@/server/results/regrade";
import { setScoringRules } from "@/server/results/scoring-rules";
import { getMyResults, loadSessionResults, releaseResults } from "@/server/results/session-results";
import { adjudicate, correctSkillScore, finalizePanel, getScoringSheet, saveCriterionScore, submitSheet } from "@/server/results/skill-panel";
import { prisma, resetDatabase } from "./helpers/db";
import { createCandidate, makeProctor, publishedSession, seedBankAndPaper } from "./helpers/exam-fixture";
import { createStaff } from "./helpers/users";

let adminId: string;
const examiners: string[] = [];
let sessionId: string;
let taskVersionId: string;
let candA: string;
let candB: string;
const ex = (i: number) => ({ id: examiners[i]!, roles: ["EXAMINER" as const] });
const admin = () => ({ id: adminId, roles: ["ADMIN" as const] });

// Rubric: c1 10 points (heavy), c2 5, c3 5 = 20 points.
const rubric = [
  { id: "c1", title: "店铺信息完整", points: 10, descriptors: "全部正确得 10 分" },
  { id: "c2", title: "分类设置", points: 5, descriptors: "正确得 5 分" },
  { id: "c3", title: "运费模板", points: 5, descriptors: "正确得 5 分" },
];

let seq = 1;
async function score(i: number, candidateId: string, points: [number, number, number], comments: [string, string, string] = ["", "", ""]) {
  for (const [k, c] of rubric.entries()) {
    await saveCriterionScore({ caller: ex(i), sessionId, candidateId, taskVersionId, input: { criterionId: c.id, points: points[k]! * 100, comment: comments[k], seq: seq++ } });
  }
}

beforeAll(async () => {
  await resetDatabase();
  adminId = (await createStaff("score-admin")).id;
  for (const name of ["exa", "exb", "exc"]) examiners.push((await createStaff(name, ["EXAMINER"])).id);
  const now = new Date();
  const { versionId } = await prisma.$transaction((tx) =>
    createTaskTx(tx, { title: "店铺设置", level: "5", tracks: ["online-merchant"], duty: "2", skills: ["2.1.1"], instructions: "完成店铺设置", materials: [], minutes: 30, points: 20, rubric, status: "active" }, { now }),
  );
  taskVersionId = versionId;
  const plan = await prisma.skillPlan.create({
    data: { name: "技能方案", level: "5", track: "online-merchant", seed: "s", duties: [{ duty: "2", targetPoints: 20, points: 20, tasks: [{ taskId: "t", versionId, title: "店铺设置", points: 20, minutes: 30, skills: ["2.1.1"] }] }], conformance: {}, createdById: adminId },
  });
  candA = (await createCandidate("技能考生甲")).id;
  candB = (await createCandidate("技能考生乙")).id;
  const room = await prisma.room.create({ data: { name: "实训室", kind: "lan-internet-computer-room", capacity: 30 } });
  const session = await prisma.examSession.create({
    data: { name: "技能考核", mode: "skill", level: "5", track: "online-merchant", startsAt: now, minutes: 90, status: "published", skillPlanId: plan.id, createdById: adminId },
  });
  sessionId = session.id;
  const sr = await prisma.sessionRoom.create({ data: { sessionId, roomId: room.id } });
  await prisma.sessionCandidate.createMany({ data: [candA, candB].map((candidateId, i) => ({ sessionId, sessionRoomId: sr.id, candidateId, seat: i + 1 })) });
  await prisma.sessionStaff.createMany({
    data: [
      { sessionId, userId: examiners[0]!, role: "EXAMINER" },
      { sessionId, userId: examiners[1]!, role: "EXAMINER" },
      { sessionId, userId: examiners[2]!, role: "CHIEF_EXAMINER" },
    ],
  });
});

describe("examiner panel", () => {
  it("keeps examiners independent until they submit, and enforces ranges and comments", async () => {
    await score(0, candA, [8, 4, 4]);
    const before = await getScoringSheet({ caller: ex(0), sessionId, candidateId: candA, taskVersionId });
    expect(before.others).toBeNull();
    expect(before.mine.c1).toMatchObject({ points: 800 });
    await expect(saveCriterionScore({ caller: ex(0), sessionId, candidateId: candA, taskVersionId, input: { criterionId: "c2", points: 600, seq: 99 } })).rejects.toMatchObject({
      code: "VALIDATION",
      message: "「分类设置」的得分须在 0 至 5 分之间",
    });
    // An older sequence does not overwrite.
    await saveCriterionScore({ caller: ex(0), sessionId, candidateId: candA, taskVersionId, input: { criterionId: "c1", points: 100, seq: 1 } });
    expect((await getScoringSheet({ caller: ex(0), sessionId, candidateId: candA, taskVersionId })).mine.c1).toMatchObject({ points: 800 });

    await score(1, candA, [10, 4, 4]);
    await expect(submitSheet({ caller: ex(1), sessionId, candidateId: candA, taskVersionId })).rejects.toMatchObject({ code: "VALIDATION", message: expect.stringContaining("给满分须填写评分说明") });
    await score(1, candA, [10, 4, 4], ["全部正确", "", ""]);
    await submitSheet({ caller: ex(0), sessionId, candidateId: candA, taskVersionId });
    const after = await getScoringSheet({ caller: ex(0), sessionId, candidateId: candA, taskVersionId });
    expect(after.others?.map((o) => o.total)).toEqual([1600]);
    await expect(saveCriterionScore({ caller: ex(0), sessionId, candidateId: candA, taskVersionId, input: { criterionId: "c2", points: 100, seq: 50 } })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await getScoringSheet({ caller: ex(2), sessionId, candidateId: candA, taskVersionId })).others).toBeNull();
  });

  it("aggregates by the mean when the spread is within 10 %, else sends the task to the chief examiner", async () => {
    await submitSheet({ caller: ex(1), sessionId, candidateId: candA, taskVersionId });
    await score(2, candA, [9, 4, 4]);
    await submitSheet({ caller: ex(2), sessionId, candidateId: candA, taskVersionId });
    // Totals 16, 18, 17 -> spread 2 = 10 % of 20: not beyond the threshold; mean 17.
    expect(await prisma.skillTaskResult.findFirstOrThrow({ where: { candidateId: candA } })).toMatchObject({ status: "final", aggregate: 1700, final: 1700, source: "panel" });

    await score(0, candB, [5, 3, 3]);
    await score(1, candB, [9, 4, 4]);
    await score(2, candB, [6, 3, 3]);
    for (const i of [0, 1, 2]) await submitSheet({ caller: ex(i), sessionId, candidateId: candB, taskVersionId });
    const awaiting = await prisma.skillTaskResult.findFirstOrThrow({ where: { candidateId: candB } });
    expect(awaiting).toMatchObject({ status: "awaiting-adjudication", final: null });
    await expect(adjudicate({ caller: ex(0), sessionId, candidateId: candB, taskVersionId, input: { points: 1400, reason: "复核录像" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(finalizePanel({ caller: ex(2), sessionId })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("1 项") });
    await adjudicate({ caller: ex(2), sessionId, candidateId: candB, taskVersionId, input: { points: 1400, reason: "复核操作录像后裁定" } });
    expect(await prisma.skillTaskResult.findFirstOrThrow({ where: { candidateId: candB } })).toMatchObject({ status: "final", final: 1400, source: "adjudicated", reason: "复核操作录像后裁定" });
    // Submitting again (a second tab, a retry) changes nothing.
    await submitSheet({ caller: ex(0), sessionId, candidateId: candB, taskVersionId });
    expect(await prisma.skillTaskResult.findFirstOrThrow({ where: { candidateId: candB } })).toMatchObject({ status: "final", final: 1400, source: "adjudicated" });
  });

  it("locks on finalize; later changes only by a recorded correction; results are released to candidates", async () => {
    await expect(correctSkillScore({ caller: admin(), sessionId, input: { candidateId: candA, taskVersionId, points: 1800, reason: "x" } })).rejects.toBeTruthy();
    await finalizePanel({ caller: ex(2), sessionId });
    expect(await prisma.skillTaskResult.count({ where: { sessionId, lockedAt: null } })).toBe(0);
    await correctSkillScore({ caller: admin(), sessionId, input: { candidateId: candA, taskVersionId, points: 1750, reason: "登分错误更正" } });
    expect(await prisma.scoreCorrection.findFirstOrThrow({ where: { candidateId: candA } })).toMatchObject({ oldPoints: 1700, newPoints: 1750, reason: "登分错误更正", actorId: adminId });

    expect(await getMyResults({ candidateId: candA })).toEqual([]);
    const { rows } = await loadSessionResults({ sessionId });
    // One task of 20 points is the whole skill plan here, so 17.5 of 20 is the skill total.
    expect(rows.find((r) => r.candidateId === candA)?.result.skill).toMatchObject({ score: 1750, passed: false });
    await releaseResults({ actorId: adminId, sessionId, now: new Date() });
    const mine = await getMyResults({ candidateId: candA });
    expect(mine).toHaveLength(1);
    expect(mine[0]!.row.skillByTask[0]).toMatchObject({ points: 1750, max: 2000 });
  });
});

describe("scoring rules", () => {
  it("can be set until the first result exists, then they are fixed", async () => {
    const rules = { multipleRule: "partial", panelMethod: "median", adjudicationPercent: 15, heavyThreshold: 8 };
    await expect(setScoringRules({ actorId: adminId, sessionId, input: rules, now: new Date() })).rejects.toMatchObject({ code: "CONFLICT" });
    const fresh = await prisma.examSession.create({
      data: { name: "新场次", mode: "skill", level: "5", track: "online-merchant", startsAt: new Date(), minutes: 90, status: "draft", createdById: adminId },
    });
    await setScoringRules({ actorId: adminId, sessionId: fresh.id, input: rules, now: new Date() });
    expect(await prisma.examSession.findUniqueOrThrow({ where: { id: fresh.id } })).toMatchObject(rules);
    await expect(setScoringRules({ actorId: adminId, sessionId: fresh.id, input: { ...rules, panelMethod: "max" }, now: new Date() })).rejects.toMatchObject({ name: "ZodError" });
  });
});

describe("theory scoring", () => {
  it("scores a submitted attempt from the keys: all correct is 100.00 and passes", async () => {
    const paperId = await seedBankAndPaper(adminId, new Date());
    const c = await createCandidate("理论考生");
    const proctor = await makeProctor("proctor-score");
    const { session, paperItems } = await publishedSession({ paperId, candidateIds: [c.id], proctorIds: [proctor.id] });
    const { attemptId } = await startAttempt({ candidateId: c.id, sessionId: session.id });
    let seq = 1;
    for (const p of paperItems.slice(0, 60)) {
      await saveAnswer({ attemptId, candidateId: c.id, input: { itemVersionId: p.itemVersionId, response: p.itemVersion.answer, seq: seq++ } });
    }
    await submitAttempt({ attemptId, candidateId: c.id });
    const result = await prisma.theoryResult.findUniqueOrThrow({ where: { attemptId } });
    const expected = paperItems.slice(0, 60).reduce((s, p) => s + p.points, 0);
    expect(result.total).toBe(expected);
    expect(result.passed).toBe(expected >= 6000);
    const { rows } = await loadSessionResults({ sessionId: session.id });
    expect(rows[0]!.result.theory).toMatchObject({ score: expected });

    // The key of the first (single-choice or true/false) item was wrong: a dry run, then apply.
    const item = paperItems.find((p) => p.type === "single")!;
    const wrongKey = (item.itemVersion.options as Array<{ key: string }>).map((o) => o.key).find((k) => k !== item.itemVersion.answer[0])!;
    const dry = await regradeItemKey({ actorId: adminId, apply: false, now: new Date(), input: { itemVersionId: item.itemVersionId, answer: [wrongKey], reason: "答案录入错误" } });
    expect(dry).toMatchObject({ applied: false, affected: 1 });
    expect(dry.changes).toEqual([expect.objectContaining({ before: expected, after: expected - item.points, delta: -item.points, name: "理论考生" })]);
    expect((await prisma.theoryResult.findUniqueOrThrow({ where: { attemptId } })).total).toBe(expected);
    await regradeItemKey({ actorId: adminId, apply: true, now: new Date(), input: { itemVersionId: item.itemVersionId, answer: [wrongKey], reason: "答案录入错误" } });
    expect((await prisma.theoryResult.findUniqueOrThrow({ where: { attemptId } })).total).toBe(expected - item.points);
    expect((await prisma.itemVersion.findUniqueOrThrow({ where: { id: item.itemVersionId } })).answer).toEqual([wrongKey]);
    expect(await prisma.scoreCorrection.findFirstOrThrow({ where: { component: "regrade", candidateId: c.id } })).toMatchObject({ oldPoints: expected, newPoints: expected - item.points, reason: "答案录入错误", actorId: adminId });
    await expect(regradeItemKey({ actorId: adminId, apply: false, now: new Date(), input: { itemVersionId: item.itemVersionId, answer: ["A", "B"], reason: "x" } })).rejects.toBeTruthy();
  });
});
