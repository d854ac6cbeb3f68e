import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { closeExpiredAttempts } from "@/server/exam/close-expired";
import { getAttemptForCandidate } from "@/server/exam/get-attempt";
import { getProctorConsole, openRoom, proctorAct } from "@/server/exam/proctor";
import { saveAnswer } from "@/server/exam/save-answer";
import { startAttempt } from "@/server/exam/start-attempt";
import { submitAttempt } from "@/server/exam/submit-attempt";
import { prisma, resetDatabase } from "./helpers/db";
import { createCandidate, makeProctor, publishedSession, seedBankAndPaper } from "./helpers/exam-fixture";
import { createStaff } from "./helpers/users";

let paperId: string;
let proctorId: string;
let otherProctorId: string;

beforeAll(async () => {
  await resetDatabase();
  const admin = await createStaff("exam-admin");
  paperId = await seedBankAndPaper(admin.id, new Date());
  proctorId = (await makeProctor("proctor-x")).id;
  otherProctorId = (await makeProctor("proctor-y")).id;
});

beforeEach(async () => {
  await prisma.$executeRawUnsafe(`TRUNCATE "Attempt", "AttemptEvent", "Answer" CASCADE`);
});

const proctor = () => ({ id: proctorId, roles: ["PROCTOR" as const] });

async function started(name = "考生") {
  const c = await createCandidate(name);
  const { session, sessionRoom, paperItems } = await publishedSession({ paperId, candidateIds: [c.id], proctorIds: [proctorId] });
  const { attemptId } = await startAttempt({ candidateId: c.id, sessionId: session.id });
  return { c, session, sessionRoom, paperItems, attemptId };
}

describe("starting", () => {
  it("creates one attempt with a deadline by the database clock; starting again returns the same attempt", async () => {
    const { c, session, attemptId } = await started();
    const a = await prisma.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(a.deadline.getTime() - a.startedAt.getTime()).toBe(90 * 60_000);
    const [{ now }] = (await prisma.$queryRaw<Array<{ now: Date }>>`SELECT now() AS now`) as [{ now: Date }];
    expect(Math.abs(a.startedAt.getTime() - now.getTime())).toBeLessThan(10_000);
    const again = await Promise.all([startAttempt({ candidateId: c.id, sessionId: session.id }), startAttempt({ candidateId: c.id, sessionId: session.id })]);
    expect(again.map((r) => r.attemptId)).toEqual([attemptId, attemptId]);
    expect(await prisma.attempt.count({ where: { candidateId: c.id } })).toBe(1);
  });

  it("refuses before the proctor opens the room, and before the start time", async () => {
    const c = await createCandidate("早到");
    const closed = await publishedSession({ paperId, candidateIds: [c.id], proctorIds: [proctorId], opened: false });
    await expect(startAttempt({ candidateId: c.id, sessionId: closed.session.id })).rejects.toMatchObject({ code: "CONFLICT", message: "监考人员尚未开考，请稍候" });
    await openRoom({ caller: proctor(), sessionId: closed.session.id, sessionRoomId: closed.sessionRoom.id });
    await expect(startAttempt({ candidateId: c.id, sessionId: closed.session.id })).resolves.toHaveProperty("attemptId");
    const d = await createCandidate("太早");
    const early = await publishedSession({ paperId, candidateIds: [d.id], proctorIds: [proctorId], startOffsetMin: 30 });
    await expect(startAttempt({ candidateId: d.id, sessionId: early.session.id })).rejects.toMatchObject({ message: "尚未到开考时间" });
  });
});

describe("saving answers", () => {
  it("is idempotent and never lets an older sequence overwrite a newer one", async () => {
    const { c, attemptId, paperItems } = await started();
    const item = paperItems.find((p) => p.type === "single")!.itemVersionId;
    const save = (response: string[], seq: number) => saveAnswer({ attemptId, candidateId: c.id, input: { itemVersionId: item, response, seq } });
    expect(await save(["A"], 1)).toMatchObject({ saved: true, stale: false });
    expect(await save(["A"], 1)).toMatchObject({ saved: true, stale: true, currentSeq: 1 });
    expect(await save(["C"], 3)).toMatchObject({ stale: false });
    expect(await save(["B"], 2)).toMatchObject({ stale: true, currentSeq: 3, current: { response: ["C"], flagged: false } });
    const answer = await prisma.answer.findUniqueOrThrow({ where: { attemptId_itemVersionId: { attemptId, itemVersionId: item } } });
    expect(answer).toMatchObject({ response: ["C"], seq: 3 });
    expect((await prisma.attempt.findUniqueOrThrow({ where: { id: attemptId } })).lastSeq).toBe(3);
    const view = await getAttemptForCandidate({ attemptId, candidateId: c.id });
    expect(view.answers[item]).toEqual({ response: ["C"], flagged: false, seq: 3 });
  });

  it("through the session token, only an active candidate account without a pending password change may save", async () => {
    const { c, attemptId, paperItems } = await started();
    const item = paperItems[0]!.itemVersionId;
    const save = (seq: number) => saveAnswer({ attemptId, candidateId: c.id, userId: c.userId, input: { itemVersionId: item, response: ["B"], seq } });
    await expect(saveAnswer({ attemptId, candidateId: c.id, userId: c.userId, input: { itemVersionId: item, response: ["A"], seq: 1 } })).resolves.toMatchObject({ saved: true });
    // Refused as unauthenticated (401: the page asks the candidate to sign in again), nothing written.
    await prisma.user.update({ where: { id: c.userId }, data: { mustChangePassword: true } });
    await expect(save(2)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await prisma.user.update({ where: { id: c.userId }, data: { mustChangePassword: false, disabled: true } });
    await expect(save(3)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    // The CANDIDATE role taken away: the token's candidate id no longer lets the account save.
    await prisma.user.update({ where: { id: c.userId }, data: { disabled: false, roles: [] } });
    await expect(save(4)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect((await prisma.answer.findFirstOrThrow({ where: { attemptId, itemVersionId: item } })).response).toEqual(["A"]);
  });

  it("refuses an item that is not in the candidate's paper", async () => {
    const { c, attemptId } = await started();
    await expect(saveAnswer({ attemptId, candidateId: c.id, input: { itemVersionId: "not-in-paper", response: ["A"], seq: 1 } })).rejects.toMatchObject({ code: "VALIDATION" });
  });

  it("enforces the deadline by the server's clock, with a few seconds' grace for saves in flight", async () => {
    const { c, attemptId, paperItems } = await started();
    const item = paperItems[0]!.itemVersionId;
    await prisma.$executeRaw`UPDATE "Attempt" SET deadline = now() - interval '2 seconds' WHERE id = ${attemptId}`;
    await expect(saveAnswer({ attemptId, candidateId: c.id, input: { itemVersionId: item, response: ["A"], seq: 1 } })).resolves.toMatchObject({ saved: true });
    await prisma.$executeRaw`UPDATE "Attempt" SET deadline = now() - interval '10 seconds' WHERE id = ${attemptId}`;
    await expect(saveAnswer({ attemptId, candidateId: c.id, input: { itemVersionId: item, response: ["B"], seq: 2 } })).rejects.toMatchObject({ code: "DEADLINE_PASSED" });
    const a = await prisma.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(a).toMatchObject({ status: "submitted", submittedBy: "deadline" });
    expect((await prisma.answer.findFirstOrThrow({ where: { attemptId } })).response).toEqual(["A"]);
  });
});

describe("the server submits abandoned attempts", () => {
  it("closes an expired attempt in the sweep, with the deadline as submission time", async () => {
    const { attemptId } = await started();
    const other = await started("仍在作答");
    await prisma.$executeRaw`UPDATE "Attempt" SET deadline = now() - interval '1 minute' WHERE id = ${attemptId}`;
    expect(await closeExpiredAttempts()).toBe(1);
    const a = await prisma.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(a.status).toBe("submitted");
    expect(a.submittedBy).toBe("deadline");
    expect(a.submittedAt).toEqual(a.deadline);
    expect((await prisma.attempt.findUniqueOrThrow({ where: { id: other.attemptId } })).status).toBe("in_progress");
  });

  it("the candidate's own submit ends it too", async () => {
    const { c, attemptId } = await started();
    expect(await submitAttempt({ attemptId, candidateId: c.id })).toMatchObject({ submitted: true, by: "candidate" });
  });
});

describe("proctor actions", () => {
  it("grants extra time with a reason (recorded and audited), pauses and resumes", async () => {
    const { session, attemptId, c, paperItems } = await started();
    const before = await prisma.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    await proctorAct({ caller: proctor(), sessionId: session.id, attemptId, input: { action: "extra-time", minutes: 10, reason: "电脑故障重启" } });
    const after = await prisma.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(after.deadline.getTime() - before.deadline.getTime()).toBe(10 * 60_000);
    expect(after.extraSeconds).toBe(600);
    const event = await prisma.attemptEvent.findFirstOrThrow({ where: { attemptId, kind: "extra-time" } });
    expect(event).toMatchObject({ actorId: proctorId, details: { minutes: 10, reason: "电脑故障重启" } });
    expect(await prisma.auditLog.count({ where: { action: "attempt.extra-time", actorId: proctorId, subject: attemptId } })).toBe(1);
    await expect(proctorAct({ caller: proctor(), sessionId: session.id, attemptId, input: { action: "extra-time", minutes: 5, reason: "" } })).rejects.toMatchObject({ name: "ZodError" });

    await proctorAct({ caller: proctor(), sessionId: session.id, attemptId, input: { action: "pause", reason: "考生身体不适" } });
    await expect(saveAnswer({ attemptId, candidateId: c.id, input: { itemVersionId: paperItems[0]!.itemVersionId, response: ["A"], seq: 1 } })).rejects.toMatchObject({ code: "CONFLICT" });
    await prisma.$executeRaw`UPDATE "Attempt" SET "pausedAt" = "pausedAt" - interval '3 minutes' WHERE id = ${attemptId}`;
    await proctorAct({ caller: proctor(), sessionId: session.id, attemptId, input: { action: "resume" } });
    const resumed = await prisma.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(resumed.status).toBe("in_progress");
    expect(resumed.deadline.getTime() - after.deadline.getTime()).toBeGreaterThanOrEqual(3 * 60_000);
  });

  it("ends an attempt early with a reason; the console shows progress", async () => {
    const { session, attemptId, c, paperItems } = await started();
    await saveAnswer({ attemptId, candidateId: c.id, input: { itemVersionId: paperItems[0]!.itemVersionId, response: ["A"], seq: 1 } });
    await saveAnswer({ attemptId, candidateId: c.id, input: { itemVersionId: paperItems[1]!.itemVersionId, response: [], seq: 2 } });
    const console1 = await getProctorConsole({ caller: proctor(), sessionId: session.id });
    const row = console1.rooms[0]!.candidates[0]!;
    expect(row).toMatchObject({ state: "in-progress", answered: 1, total: 90, name: c.name });
    await proctorAct({ caller: proctor(), sessionId: session.id, attemptId, input: { action: "end", reason: "严重违纪" } });
    const console2 = await getProctorConsole({ caller: proctor(), sessionId: session.id });
    expect(console2.rooms[0]!.candidates[0]).toMatchObject({ state: "submitted", submittedBy: "proctor" });
  });
});

describe("authorization and privacy", () => {
  it("a candidate cannot read or write another's attempt (not found); the view carries no keys", async () => {
    const { c, attemptId, paperItems } = await started();
    const intruder = await createCandidate("别人");
    await expect(getAttemptForCandidate({ attemptId, candidateId: intruder.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(saveAnswer({ attemptId, candidateId: intruder.id, input: { itemVersionId: paperItems[0]!.itemVersionId, response: ["A"], seq: 1 } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(submitAttempt({ attemptId, candidateId: intruder.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const view = await getAttemptForCandidate({ attemptId, candidateId: c.id });
    expect(view.items).toHaveLength(90);
    const json = JSON.stringify(view);
    expect(json).not.toMatch(/"answer"|"explanation"/);
  });

  it("a proctor not assigned to the session cannot see or act on it", async () => {
    const { session, attemptId } = await started();
    const stranger = { id: otherProctorId, roles: ["PROCTOR" as const] };
    await expect(getProctorConsole({ caller: stranger, sessionId: session.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(proctorAct({ caller: stranger, sessionId: session.id, attemptId, input: { action: "extra-time", minutes: 5, reason: "不应成功" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
