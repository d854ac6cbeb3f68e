// Released theory and skill sessions with results, built directly in the database, for the tests
// of overall decisions, certificates and reviews. Scores in hundredths.
import { randomUUID } from "node:crypto";
import { prisma } from "./db";

let n = 0;
const unique = () => `${Date.now().toString(36)}${(n += 1)}`;

export async function makeCandidate(name: string, o: { level?: string; track?: string; idNumber?: string; ticketNumber?: string } = {}) {
  const user = await prisma.user.create({ data: { displayName: name, roles: ["CANDIDATE"] } });
  const u = unique();
  return prisma.candidate.create({
    data: {
      userId: user.id,
      name,
      idNumber: o.idNumber ?? `ID${u}`.slice(0, 18),
      gender: "男",
      level: o.level ?? "5",
      track: o.track ?? "online-merchant",
      ticketNumber: o.ticketNumber ?? `T${u}`.slice(0, 20),
      evidence: {},
      eligibilityStatus: "ELIGIBLE",
      eligibilityResult: {},
      eligibilityEvaluatedAt: new Date(),
    },
  });
}

async function sessionWithSeats(o: { name: string; mode: "theory" | "skill"; startsAt: Date; released: boolean; candidateIds: string[]; level?: string; track?: string; skillPlanId?: string; createdById: string }) {
  const room = await prisma.room.create({ data: { name: `室-${unique()}`, kind: o.mode === "skill" ? "lan-internet-computer-room" : "computer-room", capacity: 100 } });
  const session = await prisma.examSession.create({
    data: {
      name: o.name,
      mode: o.mode,
      level: o.level ?? "5",
      track: o.track ?? "online-merchant",
      startsAt: o.startsAt,
      minutes: 90,
      status: "published",
      skillPlanId: o.skillPlanId ?? null,
      resultsReleasedAt: o.released ? new Date(o.startsAt.getTime() + 86_400_000) : null,
      createdById: o.createdById,
    },
  });
  const sr = await prisma.sessionRoom.create({ data: { sessionId: session.id, roomId: room.id } });
  await prisma.sessionCandidate.createMany({ data: o.candidateIds.map((candidateId, i) => ({ sessionId: session.id, sessionRoomId: sr.id, candidateId, seat: i + 1 })) });
  return session;
}

/** A theory session; `scores` maps candidate id → total (absent candidates: seated, no result). */
export async function theorySession(o: { name: string; startsAt: Date; released?: boolean; scores: Record<string, number | null>; createdById: string; level?: string; track?: string }) {
  const ids = Object.keys(o.scores);
  const session = await sessionWithSeats({ ...o, mode: "theory", released: o.released ?? true, candidateIds: ids });
  for (const [candidateId, total] of Object.entries(o.scores)) {
    if (total === null) continue;
    const attempt = await prisma.attempt.create({
      data: { sessionId: session.id, candidateId, paperId: `paper-${randomUUID()}`, status: "submitted", startedAt: o.startsAt, deadline: o.startsAt, submittedAt: o.startsAt },
    });
    await prisma.theoryResult.create({ data: { attemptId: attempt.id, sessionId: session.id, candidateId, total, byArea: {}, perItem: [], passed: total >= 6000, scoredAt: o.startsAt } });
  }
  return session;
}

/** A skill plan with two tasks (60 + 40 points) and their task versions. */
export async function skillPlan(createdById: string) {
  const rubric = (points: number) => [
    { id: "a", title: "操作规范", points: points / 2, descriptors: "" },
    { id: "b", title: "结果正确", points: points / 2, descriptors: "" },
  ];
  const tasks = [];
  for (const [title, points] of [["商品发布", 60], ["数据分析", 40]] as const) {
    const task = await prisma.task.create({ data: { status: "active" } });
    const v = await prisma.taskVersion.create({
      data: { taskId: task.id, version: 1, title, level: "5", tracks: ["online-merchant"], duty: "1", skills: [], instructions: "", materials: [], minutes: 45, points, rubric: rubric(points) },
    });
    tasks.push({ taskId: task.id, versionId: v.id, title, points, minutes: 45, skills: [] });
  }
  const plan = await prisma.skillPlan.create({ data: { name: `方案-${unique()}`, level: "5", track: "online-merchant", seed: "s", duties: [{ duty: "1", targetPoints: 100, points: 100, tasks }], conformance: {}, createdById } });
  return { planId: plan.id, tasks };
}

/** A skill session of `plan`; `finals` maps candidate id → [task 1 final, task 2 final] (locked). */
export async function skillSession(o: {
  name: string;
  startsAt: Date;
  released?: boolean;
  plan: { planId: string; tasks: Array<{ versionId: string }> };
  finals: Record<string, [number, number]>;
  createdById: string;
  examiners?: { chiefId: string; others: string[] };
}) {
  const session = await sessionWithSeats({ ...o, mode: "skill", released: o.released ?? true, candidateIds: Object.keys(o.finals), skillPlanId: o.plan.planId });
  for (const [candidateId, finals] of Object.entries(o.finals)) {
    for (const [i, t] of o.plan.tasks.entries()) {
      await prisma.skillTaskResult.create({ data: { sessionId: session.id, candidateId, taskVersionId: t.versionId, status: "final", aggregate: finals[i]!, final: finals[i]!, source: "panel", lockedAt: o.startsAt } });
    }
  }
  if (o.examiners) {
    await prisma.sessionStaff.createMany({
      data: [...o.examiners.others.map((userId) => ({ sessionId: session.id, userId, role: "EXAMINER" })), { sessionId: session.id, userId: o.examiners.chiefId, role: "CHIEF_EXAMINER" }],
    });
  }
  return session;
}

export const day = (s: string) => new Date(`${s}T01:00:00Z`);
