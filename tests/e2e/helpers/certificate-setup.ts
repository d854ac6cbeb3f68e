// Data for the certificates e2e: candidates of their own (with a password, signing in by ticket
// number) whose theory and skill results are released, written directly to the e2e server's
// throwaway database (the launcher writes its URL to .data/e2e/database-url).
import fs from "node:fs";
import path from "node:path";
import type { PrismaClient } from "@prisma/client";
import { expect, type APIRequestContext } from "@playwright/test";

const urlFile = path.resolve(import.meta.dirname, "../../../.data/e2e/database-url");
let prisma: PrismaClient | undefined;
async function db(): Promise<PrismaClient> {
  if (prisma) return prisma;
  const url = fs.readFileSync(urlFile, "utf8").trim();
  if (!["localhost", "127.0.0.1"].includes(new URL(url).hostname)) throw new Error("refusing a non-local database");
  const { createPrismaClient } = await import("../../../src/server/db/client");
  prisma = createPrismaClient(url);
  return prisma;
}

export const CANDIDATE_PASSWORD = "e2e-candidate-pass-1";
let serial = 0;

/** A candidate (level 5, 网商) with a password and an 11-digit ticket number to sign in with. */
export async function createCandidate(name: string) {
  const p = await db();
  const { hashPassword } = await import("../../../src/server/auth/password");
  serial += 1;
  const ticket = `9${String(Date.now() % 1e9).padStart(9, "0")}${serial % 10}`;
  const user = await p.user.create({ data: { displayName: name, roles: ["CANDIDATE"], passwordHash: await hashPassword(CANDIDATE_PASSWORD) } });
  const c = await p.candidate.create({
    data: {
      userId: user.id,
      name,
      idNumber: `E2E${ticket}`,
      gender: "女",
      level: "5",
      track: "online-merchant",
      ticketNumber: ticket,
      evidence: {},
      eligibilityStatus: "ELIGIBLE",
      eligibilityResult: {},
      eligibilityEvaluatedAt: new Date(),
    },
  });
  return { id: c.id, ticket, name };
}

/**
 * Released theory (total) and skill (two tasks of 60 and 40 points, locked finals) sessions for
 * the candidates; the skill panel is the demo examiners, examiner3 the chief. Results released a day ago.
 */
export async function releasedResults(options: { name: string; theory: Record<string, number>; skill: Record<string, [number, number]> }) {
  const p = await db();
  const admin = await p.user.findUniqueOrThrow({ where: { username: "admin" } });
  const examiners = await Promise.all(["examiner1", "examiner2", "examiner3"].map((username) => p.user.findUniqueOrThrow({ where: { username } })));
  const [{ now }] = (await p.$queryRaw<Array<{ now: Date }>>`SELECT now() AS now`) as [{ now: Date }];
  const released = new Date(now.getTime() - 86_400_000);
  const tasks = [];
  for (const [title, points] of [["商品信息发布", 60], ["店铺数据分析", 40]] as const) {
    const task = await p.task.create({ data: { status: "active" } });
    const rubric = [
      { id: "a", title: "操作规范", points: points / 2, descriptors: "" },
      { id: "b", title: "结果正确", points: points / 2, descriptors: "" },
    ];
    const v = await p.taskVersion.create({ data: { taskId: task.id, version: 1, title, level: "5", tracks: ["online-merchant"], duty: "1", skills: [], instructions: "", materials: [], minutes: 45, points, rubric } });
    tasks.push({ taskId: task.id, versionId: v.id, title, points, minutes: 45, skills: [] });
  }
  const plan = await p.skillPlan.create({ data: { name: options.name, level: "5", track: "online-merchant", seed: options.name, duties: [{ duty: "1", targetPoints: 100, points: 100, tasks }], conformance: {}, createdById: admin.id } });
  const make = async (mode: "theory" | "skill", ids: string[], startsAt: Date) => {
    const room = await p.room.create({ data: { name: `E2E-${mode}-${options.name}`, kind: mode === "skill" ? "lan-internet-computer-room" : "computer-room", capacity: 30 } });
    const session = await p.examSession.create({
      data: { name: `${options.name}·${mode === "theory" ? "理论" : "技能"}`, mode, level: "5", track: "online-merchant", startsAt, minutes: 90, status: "published", skillPlanId: mode === "skill" ? plan.id : null, resultsReleasedAt: released, createdById: admin.id },
    });
    const sr = await p.sessionRoom.create({ data: { sessionId: session.id, roomId: room.id } });
    await p.sessionCandidate.createMany({ data: ids.map((candidateId, i) => ({ sessionId: session.id, sessionRoomId: sr.id, candidateId, seat: i + 1 })) });
    return session;
  };
  const theory = await make("theory", Object.keys(options.theory), new Date(now.getTime() - 10 * 86_400_000));
  for (const [candidateId, total] of Object.entries(options.theory)) {
    const attempt = await p.attempt.create({ data: { sessionId: theory.id, candidateId, paperId: "e2e-paper", status: "submitted", startedAt: theory.startsAt, deadline: theory.startsAt, submittedAt: theory.startsAt } });
    await p.theoryResult.create({ data: { attemptId: attempt.id, sessionId: theory.id, candidateId, total, byArea: {}, perItem: [], passed: total >= 6000, scoredAt: theory.startsAt } });
  }
  const skill = await make("skill", Object.keys(options.skill), new Date(now.getTime() - 5 * 86_400_000));
  for (const [candidateId, finals] of Object.entries(options.skill)) {
    for (const [i, t] of tasks.entries()) {
      await p.skillTaskResult.create({ data: { sessionId: skill.id, candidateId, taskVersionId: t.versionId, status: "final", aggregate: finals[i]!, final: finals[i]!, source: "panel", lockedAt: skill.startsAt } });
    }
  }
  await p.sessionStaff.createMany({ data: examiners.map((e, i) => ({ sessionId: skill.id, userId: e.id, role: i === 2 ? "CHIEF_EXAMINER" : "EXAMINER" })) });
  return { theoryName: theory.name, skillName: skill.name, skillId: skill.id, tasks };
}

/** Signs in through Auth.js's API with a ticket number and password. */
export async function signInAs(request: APIRequestContext, identifier: string, password: string): Promise<void> {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", { form: { csrfToken, identifier, password, callbackUrl: "/me" }, maxRedirects: 0 });
  expect(response.status()).toBe(302);
  expect(response.headers()["location"] ?? "").not.toContain("error");
}
