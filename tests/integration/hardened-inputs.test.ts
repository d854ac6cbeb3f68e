// Issue 12, security gaps: answer saves with option keys the item does not have (route service
// and front-server fast path), candidate events (size, rate, NUL), NUL in proctor reasons and
// anywhere text reaches the database, and an examiner scoring a candidate not seated in the session.
import http from "node:http";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toAppError } from "@/server/errors";
import { readCappedJson } from "@/server/exam/read-capped-json";
import { proctorAct } from "@/server/exam/proctor";
import { saveAnswer } from "@/server/exam/save-answer";
import { startAttempt } from "@/server/exam/start-attempt";
import { EVENT_LIMITS, recordCandidateEvent } from "@/server/exam/submit-attempt";
import { saveCriterionScore } from "@/server/results/skill-panel";
import { freePort, startFrontServer } from "../../scripts/lib/front-server";
import { prisma, resetDatabase } from "./helpers/db";
import { createCandidate, makeProctor, publishedSession, seedBankAndPaper } from "./helpers/exam-fixture";
import { day, makeCandidate, skillPlan, skillSession } from "./helpers/results-fixture";
import { createStaff } from "./helpers/users";

const SECRET = "hardened-inputs-secret-0123456789";
let front: http.Server;
let upstream: http.Server;
let base: string;
let fixture: {
  candidate: { id: string; userId: string };
  attemptId: string;
  sessionId: string;
  proctor: { id: string };
  byType: Record<string, string>;
};

beforeAll(async () => {
  await resetDatabase();
  const admin = await createStaff("hard-admin");
  const paperId = await seedBankAndPaper(admin.id, new Date());
  const c = await createCandidate("加固考生");
  const proctor = await makeProctor("hard-proctor");
  const { session, paperItems } = await publishedSession({ paperId, candidateIds: [c.id], proctorIds: [proctor.id] });
  const { attemptId } = await startAttempt({ candidateId: c.id, sessionId: session.id });
  const byType: Record<string, string> = {};
  for (const p of paperItems) byType[p.itemVersion.type] ??= p.itemVersionId;
  fixture = { candidate: c, attemptId, sessionId: session.id, proctor, byType };
  const upstreamPort = await freePort();
  upstream = http.createServer((req, res) => void req.resume().on("end", () => res.writeHead(299).end()));
  await new Promise<void>((r) => upstream.listen(upstreamPort, "127.0.0.1", () => r()));
  const port = await freePort();
  front = await startFrontServer({ port, upstreamPort, authSecret: SECRET });
  base = `http://127.0.0.1:${port}`;
}, 400_000);

afterAll(async () => {
  front?.closeAllConnections();
  if (front) await new Promise((r) => front.close(r));
  if (upstream) await new Promise((r) => upstream.close(r));
});

describe("hardened inputs", { timeout: 120_000 }, () => {
  it("answer saves refuse option keys the item does not have, or too many: 422 on the route's service and the fast path", async () => {
    const { candidate, attemptId, byType } = fixture;
    expect(byType["true-false"] && byType.single && byType.multiple).toBeTruthy();
    const save = (itemVersionId: string, response: string[], seq: number) => saveAnswer({ attemptId, candidateId: candidate.id, userId: candidate.userId, input: { itemVersionId, response, seq } });
    await expect(save(byType["true-false"]!, ["F"], 1)).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(save(byType.single!, ["A", "B"], 2)).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(save(byType.single!, ["A"], 3)).resolves.toMatchObject({ saved: true });
    await expect(save(byType.multiple!, ["A", "B"], 4)).resolves.toMatchObject({ saved: true });
    await expect(save(byType.single!, [], 5)).resolves.toMatchObject({ saved: true });

    const cookie = `authjs.session-token=${await encode({ token: { sub: candidate.userId, cid: candidate.id }, secret: SECRET, salt: "authjs.session-token", maxAge: 3600 })}`;
    const res = await fetch(`${base}/api/exam/attempts/${attemptId}/answers`, {
      method: "POST",
      headers: { cookie, "content-type": "application/json" },
      body: JSON.stringify({ itemVersionId: byType["true-false"], response: ["F"], seq: 6 }),
    });
    expect(res.status).toBe(422);
    expect((await res.json()).error.message).toMatch(/选项/);
    expect(await prisma.answer.count({ where: { attemptId, itemVersionId: byType["true-false"]! } })).toBe(0);
  });

  it("candidate events: NUL and too many details are 422, the rate is capped, a 10 MB body is refused unread", async () => {
    const { candidate, attemptId } = fixture;
    const event = (details: Record<string, string | number>) => recordCandidateEvent({ attemptId, candidateId: candidate.id, input: { kind: "copy", details } });
    const nul = await event({ text: "a\u0000b" }).catch((e: unknown) => toAppError(e));
    expect(nul).toMatchObject({ code: "VALIDATION", status: 422 });
    expect(JSON.stringify((nul as { issues: unknown }).issues)).toMatch(/NUL/);
    await expect(event(Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, i])))).rejects.toBeDefined();
    for (let i = 0; i < EVENT_LIMITS.perMinute; i++) await event({ n: i });
    await expect(event({ n: 99 })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect(await prisma.attemptEvent.count({ where: { attemptId, actorId: null } })).toBe(EVENT_LIMITS.perMinute);

    const big = new Request("http://x/", { method: "POST", body: JSON.stringify({ kind: "copy", details: { text: "x".repeat(10 * 1024 * 1024) } }) });
    await expect(readCappedJson(big, EVENT_LIMITS.maxBodyBytes)).rejects.toMatchObject({ code: "VALIDATION" });
    const small = new Request("http://x/", { method: "POST", body: JSON.stringify({ kind: "copy" }) });
    await expect(readCappedJson(small, EVENT_LIMITS.maxBodyBytes)).resolves.toEqual({ kind: "copy" });
  });

  it("a NUL in a proctor's reason is a 422 with a message, and any NUL reaching the database becomes 422, not 500", async () => {
    const { attemptId, sessionId, proctor } = fixture;
    const refused = await proctorAct({ caller: { id: proctor.id, roles: ["PROCTOR"] }, sessionId, attemptId, input: { action: "pause", reason: "断电\u0000了" } }).catch((e: unknown) => toAppError(e));
    expect(refused).toMatchObject({ code: "VALIDATION" });
    expect(JSON.stringify((refused as { issues: unknown }).issues)).toMatch(/理由.*NUL/);
    expect((await prisma.attempt.findUniqueOrThrow({ where: { id: attemptId } })).status).toBe("in_progress");
    const dbError = await prisma.auditLog.create({ data: { action: "test\u0000nul", at: new Date() } }).catch((e: unknown) => toAppError(e));
    expect(dbError).toMatchObject({ code: "VALIDATION", status: 422 });
    const jsonError = await prisma.auditLog.create({ data: { action: "test", details: { x: "a\u0000b" }, at: new Date() } }).catch((e: unknown) => toAppError(e));
    expect(jsonError).toMatchObject({ code: "VALIDATION", status: 422 });
  });

  it("an examiner on the panel cannot score a candidate not seated in the session: 404, nothing written", async () => {
    const chief = await createStaff("hard-chief", ["EXAMINER"]);
    const plan = await skillPlan(chief.id);
    const seated = await makeCandidate("在座考生");
    const elsewhere = await makeCandidate("别处考生");
    const session = await skillSession({ name: "技能", startsAt: day("2026-11-20"), plan, finals: { [seated.id]: [50, 30] }, createdById: chief.id, examiners: { chiefId: chief.id, others: [] } });
    const caller = { id: chief.id, roles: ["EXAMINER" as const] };
    await expect(
      saveCriterionScore({ caller, sessionId: session.id, candidateId: elsewhere.id, taskVersionId: plan.tasks[0]!.versionId, input: { criterionId: "a", points: 1000, seq: 1 } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await prisma.skillScore.count({ where: { candidateId: elsewhere.id } })).toBe(0);
  });
});
