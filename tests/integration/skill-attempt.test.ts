// A candidate's skill attempt on a real PostgreSQL: start from the waiting room, deliverable saves
// with sequence numbers, submit running the automatic checks into CheckResult rows, the deadline
// sweep submitting and checking an attempt whose browser is gone, and who may read stored files.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { closeExpiredAttempts } from "@/server/exam/close-expired";
import { startAttempt } from "@/server/exam/start-attempt";
import { getWaitingRoom } from "@/server/exam/candidate-sessions";
import { authorizeFile, fileResponse } from "@/server/files/file-access";
import { getStorage } from "@/server/storage";
import { getSkillAttemptForCandidate } from "@/server/skill/attempt/get-skill-attempt";
import { removeSubmissionFile, saveDeliverable } from "@/server/skill/attempt/save-deliverable";
import { submitSkillAttempt } from "@/server/skill/attempt/submit-skill";
import { runPendingAttemptChecks } from "@/server/skill/run-attempt-checks";
import { prisma, resetDatabase } from "./helpers/db";
import { createCandidate } from "./helpers/exam-fixture";
import { createSkillTask, publishedSkillSession } from "./helpers/skill-fixture";
import { pngBytes, sha256 } from "./helpers/uploads";
import { createStaff } from "./helpers/users";

vi.hoisted(() => {
  // Before any module reads the environment: stored files go to a folder of this run.
  process.env.STORAGE_DIR = `${process.env.TMPDIR ?? "/tmp"}/skill-attempt-files-${process.pid}-${Date.now()}`;
});

let versionId: string;
let sessionId: string;
let c1: { id: string; userId: string };
let c2: { id: string; userId: string };
let outsider: { id: string; userId: string };
let examinerId: string;
let otherExaminerId: string;
let adminId: string;
let materialId: string;

async function storeFile(bytes: Buffer, name: string, mime: string, ownerId: string) {
  const storageKey = `test/${sha256(bytes)}-${Math.random().toString(36).slice(2)}`;
  await getStorage().put(storageKey, bytes, { contentType: mime });
  return prisma.storedFile.create({ data: { storageKey, sha256: sha256(bytes), size: bytes.length, mime, originalName: name, ownerId } });
}

beforeAll(async () => {
  await resetDatabase();
  versionId = (await createSkillTask()).id;
  c1 = await createCandidate("甲");
  c2 = await createCandidate("乙");
  outsider = await createCandidate("丙");
  examinerId = (await createStaff("examiner-a", ["EXAMINER"])).id;
  otherExaminerId = (await createStaff("examiner-b", ["EXAMINER"])).id;
  adminId = (await createStaff("admin-a", ["ADMIN"])).id;
  const { session } = await publishedSkillSession({ versionIds: [versionId], candidateIds: [c1.id, c2.id], staff: [{ userId: examinerId, role: "EXAMINER" }] });
  sessionId = session.id;
  const material = await storeFile(Buffer.from("订单编号,金额\n1,59.9\n"), "订单.csv", "text/csv", adminId);
  await prisma.taskMaterial.create({ data: { taskVersionId: versionId, position: 1, fileId: material.id, title: "待清洗的订单表" } });
  materialId = material.id;
});

afterAll(() => fs.rmSync(process.env.STORAGE_DIR!, { recursive: true, force: true }));

describe("skill attempt", () => {
  it("starts from the waiting room with a deadline from the session and the plan's tasks", async () => {
    const room = await getWaitingRoom({ candidateId: c1.id, sessionId });
    expect(room.paperReady).toBe(true);
    expect(room.start.ok).toBe(true);
    const { attemptId } = await startAttempt({ candidateId: c1.id, sessionId });
    const a = await prisma.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(a.paperId).toBeNull();
    expect(a.skillPlanId).not.toBeNull();
    expect(a.deadline.getTime() - a.startedAt.getTime()).toBe(60 * 60_000);
    const view = await getSkillAttemptForCandidate({ attemptId, candidateId: c1.id });
    expect(view.tasks.map((t) => t.title)).toEqual(["商品发布"]);
    expect(view.tasks[0]!.deliverables.map((d) => d.id)).toEqual(["title", "listing", "main-image", "sheet"]);
    expect(view.tasks[0]!.deliverables[0]).not.toHaveProperty("checks");
    expect(view.tasks[0]!.materials).toEqual([{ fileId: materialId, title: "待清洗的订单表", name: "订单.csv", size: 27, mime: "text/csv" }]);
    await expect(getSkillAttemptForCandidate({ attemptId, candidateId: c2.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("saves text and fields idempotently by sequence number; refuses an over-long text naming the deliverable", async () => {
    const { attemptId } = await startAttempt({ candidateId: c1.id, sessionId });
    const save = (deliverableId: string, value: unknown, seq: number, candidateId = c1.id) =>
      saveDeliverable({ attemptId, candidateId, input: { taskVersionId: versionId, deliverableId, value, seq } });
    expect(await save("title", { text: "最好的夏季连衣裙" }, 10)).toMatchObject({ saved: true, stale: false, currentSeq: 10 });
    expect(await save("title", { text: "旧的" }, 5)).toMatchObject({ saved: true, stale: true, currentSeq: 10, current: { text: "最好的夏季连衣裙" } });
    expect(await save("title", { text: "最好的夏季连衣裙" }, 10)).toMatchObject({ stale: true, currentSeq: 10 });
    expect((await save("title", { text: "旧的" }, 5)) as { current?: unknown }).toHaveProperty("current");
    await expect(save("title", { text: "字".repeat(61) }, 11)).rejects.toMatchObject({ code: "VALIDATION", message: "「商品标题」最多 60 个字，现有 61 个字" });
    await expect(save("main-image", { text: "x" }, 12)).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(save("nope", { text: "x" }, 13)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(save("title", { text: "x" }, 14, c2.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await save("listing", { values: { price: "59.9", stock: "1.5" } }, 20);
    const rows = await prisma.deliverableAnswer.findMany({ where: { attemptId }, orderBy: { deliverableId: "asc" } });
    expect(rows.map((r) => [r.deliverableId, r.value, r.seq])).toEqual([
      ["listing", { values: { price: "59.9", stock: "1.5" } }, 20],
      ["title", { text: "最好的夏季连衣裙" }, 10],
    ]);
    expect((await prisma.attempt.findUniqueOrThrow({ where: { id: attemptId } })).lastSeq).toBe(20);
  });

  it("on submit, runs the checks into CheckResult rows; saves and removals afterwards are refused", async () => {
    const { attemptId } = await startAttempt({ candidateId: c1.id, sessionId });
    const img = await storeFile(pngBytes(2000), "主图.png", "image/png", c1.userId);
    const sub = await prisma.submissionFile.create({ data: { attemptId, taskVersionId: versionId, deliverableId: "main-image", fileId: img.id } });
    const out = await submitSkillAttempt({ attemptId, candidateId: c1.id });
    expect(out).toMatchObject({ submitted: true, by: "candidate" });
    const results = await prisma.checkResult.findMany({ where: { attemptId }, orderBy: [{ deliverableId: "asc" }, { checkIndex: "asc" }] });
    const brief = results.map((r) => [r.deliverableId, r.checkIndex, (r.result as { kind: string }).kind, (r.result as { passed: boolean }).passed]);
    expect(brief).toEqual([
      ["listing", 0, "fields", false], // stock 1.5 is not an integer
      ["main-image", 0, "image", true], // 16 × 16 PNG ≥ 16 × 16
      ["title", 0, "text-length", true],
      ["title", 1, "forbidden-words", false], // 最好
    ]);
    const forbidden = results.find((r) => r.checkIndex === 1)!.result as { findings: Array<{ key: string; params?: Record<string, unknown> }> };
    expect(forbidden.findings[0]).toMatchObject({ key: "checks.forbiddenWords.found" });
    await expect(saveDeliverable({ attemptId, candidateId: c1.id, input: { taskVersionId: versionId, deliverableId: "title", value: { text: "x" }, seq: 99 } })).rejects.toMatchObject({ code: "DEADLINE_PASSED" });
    await expect(removeSubmissionFile({ attemptId, candidateId: c1.id, submissionFileId: sub.id })).rejects.toMatchObject({ code: "DEADLINE_PASSED" });
    expect(await runPendingAttemptChecks()).toBe(0);
  });

  it("the sweep submits an attempt whose browser is gone at the deadline and computes its checks once", async () => {
    const { attemptId } = await startAttempt({ candidateId: c2.id, sessionId });
    await saveDeliverable({ attemptId, candidateId: c2.id, input: { taskVersionId: versionId, deliverableId: "title", value: { text: "夏季连衣裙 雪纺 显瘦" }, seq: 1 } });
    await prisma.attempt.update({ where: { id: attemptId }, data: { deadline: new Date(Date.now() - 60_000) } });
    expect(await closeExpiredAttempts()).toBeGreaterThanOrEqual(1);
    expect(await runPendingAttemptChecks()).toBe(1);
    const a = await prisma.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(a).toMatchObject({ status: "submitted", submittedBy: "deadline" });
    const results = await prisma.checkResult.findMany({ where: { attemptId }, orderBy: [{ deliverableId: "asc" }, { checkIndex: "asc" }] });
    expect(results.map((r) => [r.deliverableId, (r.result as { passed: boolean }).passed])).toEqual([
      ["listing", false], // nothing entered
      ["main-image", false], // no file
      ["title", true],
      ["title", true],
    ]);
    expect(await runPendingAttemptChecks()).toBe(0);
  });
});

describe("GET /api/files/<id> access", () => {
  const req = (range?: string) => new Request("http://x/api/files/f", { headers: range ? { range } : {} });
  it("its candidate, that session's examiners and admins; nobody else", async () => {
    const attempt = await prisma.attempt.findFirstOrThrow({ where: { candidateId: c1.id } });
    const sub = await prisma.submissionFile.findFirstOrThrow({ where: { attemptId: attempt.id }, include: { file: true } });
    const cand = (c: { id: string; userId: string }) => ({ id: c.userId, roles: ["CANDIDATE"], candidateId: c.id });
    expect((await authorizeFile(cand(c1), sub.fileId)).id).toBe(sub.fileId);
    await expect(authorizeFile(cand(c2), sub.fileId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await authorizeFile({ id: examinerId, roles: ["EXAMINER"], candidateId: null }, sub.fileId)).id).toBe(sub.fileId);
    await expect(authorizeFile({ id: otherExaminerId, roles: ["EXAMINER"], candidateId: null }, sub.fileId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await authorizeFile({ id: adminId, roles: ["ADMIN"], candidateId: null }, sub.fileId)).id).toBe(sub.fileId);
    // Materials: to candidates whose attempt started (c1, c2), the panel, admins; not to a candidate of no such attempt.
    expect((await authorizeFile(cand(c2), materialId)).id).toBe(materialId);
    expect((await authorizeFile({ id: examinerId, roles: ["EXAMINER"], candidateId: null }, materialId)).id).toBe(materialId);
    await expect(authorizeFile(cand(outsider), materialId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(authorizeFile({ id: otherExaminerId, roles: ["EXAMINER"], candidateId: null }, materialId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(authorizeFile(cand(c1), "no-such-file")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("streams whole files and ranges with the stored type", async () => {
    const file = await authorizeFile({ id: adminId, roles: ["ADMIN"], candidateId: null }, materialId);
    const whole = await fileResponse(file, req());
    expect(whole.status).toBe(200);
    expect(whole.headers.get("content-type")).toBe("text/csv");
    expect(whole.headers.get("content-disposition")).toContain(`filename*=UTF-8''${encodeURIComponent("订单.csv")}`);
    expect(whole.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await whole.text()).toBe("订单编号,金额\n1,59.9\n");
    const part = await fileResponse(file, req("bytes=0-11"));
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe("bytes 0-11/27");
    expect(Buffer.from(await part.arrayBuffer()).toString()).toBe("订单编号");
    expect((await fileResponse(file, req("bytes=27-"))).status).toBe(416);
    expect(path.basename(process.env.STORAGE_DIR!)).toMatch(/^skill-attempt-files-/);
  });
});
