// E2E tests create their own data: this connects to the e2e server's throwaway database (the
// launcher writes its URL to .data/e2e/database-url) and builds a published theory session for
// the demo candidate 演示考生甲 with the demo proctor, using the app's own services.
import fs from "node:fs";
import path from "node:path";
import type { PrismaClient } from "@prisma/client";

const urlFile = path.resolve(import.meta.dirname, "../../../.data/e2e/database-url");

let prisma: PrismaClient | undefined;
export async function db(): Promise<PrismaClient> {
  if (prisma) return prisma;
  const url = fs.readFileSync(urlFile, "utf8").trim();
  const host = new URL(url).hostname;
  if (!["localhost", "127.0.0.1"].includes(host)) throw new Error(`refusing a non-local database: ${host}`);
  const { createPrismaClient } = await import("../../../src/server/db/client");
  prisma = createPrismaClient(url);
  return prisma;
}

export const DEMO_CANDIDATE_ID_NUMBER = "110101200601010014";

export async function createExamSession(options: { opened: boolean; name: string }) {
  const p = await db();
  const { assembleForms, buildBlueprint, candidateOrder } = await import("../../../src/exam");
  const bankRows = await p.itemVersion.findMany({
    where: { currentOf: { isNot: null }, item: { status: "active" } },
    select: { id: true, itemId: true, version: true, type: true, stem: true, options: true, answer: true, levels: true, tracks: true, tagKind: true, tagLevel: true, tagCode: true, difficulty: true },
  });
  const bank = bankRows.map((r) => ({
    itemId: r.itemId,
    versionId: r.id,
    version: r.version,
    type: r.type as "single",
    stem: r.stem,
    options: r.options as Array<{ key: "A"; text: string }>,
    answer: r.answer as "A"[],
    levels: r.levels as "5"[],
    tracks: r.tracks as "online-merchant"[],
    tag: (r.tagKind === "ethics" ? { kind: "ethics" } : r.tagKind === "basics" ? { kind: "basics", code: r.tagCode } : { kind: "knowledge", level: r.tagLevel, code: r.tagCode }) as { kind: "ethics" },
    difficulty: r.difficulty,
    explanation: "",
    status: "active" as const,
  }));
  const blueprint = buildBlueprint({ level: "5", track: "online-merchant" });
  if (!blueprint.ok) throw new Error("blueprint");
  const forms = assembleForms({ blueprint, bank, seed: options.name, forms: 1 });
  if (!forms.ok) throw new Error("assembly");
  const paper = forms.forms[0]!.paper;
  const admin = await p.user.findUniqueOrThrow({ where: { username: "admin" } });
  const proctor = await p.user.findUniqueOrThrow({ where: { username: "proctor1" } });
  const candidate = await p.candidate.findUniqueOrThrow({ where: { idNumber: DEMO_CANDIDATE_ID_NUMBER } });
  const [{ now }] = (await p.$queryRaw<Array<{ now: Date }>>`SELECT now() AS now`) as [{ now: Date }];
  const stored = await p.paper.create({
    data: {
      name: options.name,
      level: "5",
      track: "online-merchant",
      seed: options.name,
      structure: {},
      blueprint: {},
      conformance: {},
      createdById: admin.id,
      items: { create: paper.items.map((i, position) => ({ position, itemVersionId: i.versionId, type: i.type, area: i.area, points: i.points })) },
    },
  });
  const room = await p.room.create({ data: { name: `E2E-${options.name}-${Date.now()}`, kind: "computer-room", capacity: 30 } });
  const session = await p.examSession.create({
    data: { name: options.name, mode: "theory", level: "5", track: "online-merchant", startsAt: new Date(now.getTime() - 60_000), minutes: 90, status: "published", paperId: stored.id, createdById: admin.id },
  });
  const sessionRoom = await p.sessionRoom.create({ data: { sessionId: session.id, roomId: room.id, openedAt: options.opened ? now : null, openedById: options.opened ? proctor.id : null } });
  const byVersion = new Map(bank.map((b) => [b.versionId, b]));
  const order = candidateOrder({ paper, seed: `${session.id}:${candidate.id}`, items: byVersion });
  await p.sessionCandidate.create({
    data: { sessionId: session.id, sessionRoomId: sessionRoom.id, candidateId: candidate.id, seat: 1, paperId: stored.id, itemOrder: order.itemOrder, optionOrder: order.optionOrder },
  });
  await p.sessionStaff.create({ data: { sessionId: session.id, sessionRoomId: sessionRoom.id, userId: proctor.id, role: "PROCTOR" } });
  return { sessionId: session.id, candidateId: candidate.id };
}

export async function attemptOf(sessionId: string, candidateId: string) {
  return (await db()).attempt.findUnique({ where: { sessionId_candidateId: { sessionId, candidateId } }, include: { answers: true } });
}

/** Simulates the passing of time: the attempt's deadline moves to `seconds` from the database's now. */
export async function setDeadlineIn(attemptId: string, seconds: number) {
  await (await db()).$executeRaw`UPDATE "Attempt" SET deadline = now() + make_interval(secs => ${seconds}) WHERE id = ${attemptId}`;
}

/** A published skill session with one demo task, the three demo examiners (examiner3 chief) and 演示考生甲. */
export async function createSkillSession(options: { name: string }) {
  const p = await db();
  const task = await p.taskVersion.findFirstOrThrow({ where: { title: "农产品商品信息录入与主图处理", currentOf: { isNot: null } } });
  const admin = await p.user.findUniqueOrThrow({ where: { username: "admin" } });
  const examiners = await Promise.all(["examiner1", "examiner2", "examiner3"].map((username) => p.user.findUniqueOrThrow({ where: { username } })));
  const candidate = await p.candidate.findUniqueOrThrow({ where: { idNumber: DEMO_CANDIDATE_ID_NUMBER } });
  const plan = await p.skillPlan.create({
    data: {
      name: options.name,
      level: "5",
      track: "online-merchant",
      seed: options.name,
      duties: [{ duty: "1", targetPoints: 20, points: 20, tasks: [{ taskId: task.taskId, versionId: task.id, title: task.title, points: task.points, minutes: task.minutes, skills: task.skills }] }],
      conformance: {},
      createdById: admin.id,
    },
  });
  const room = await p.room.create({ data: { name: `E2E-实训-${Date.now()}`, kind: "lan-internet-computer-room", capacity: 30 } });
  const session = await p.examSession.create({
    data: { name: options.name, mode: "skill", level: "5", track: "online-merchant", startsAt: new Date(), minutes: 90, status: "published", skillPlanId: plan.id, createdById: admin.id },
  });
  const sr = await p.sessionRoom.create({ data: { sessionId: session.id, roomId: room.id } });
  await p.sessionCandidate.create({ data: { sessionId: session.id, sessionRoomId: sr.id, candidateId: candidate.id, seat: 1 } });
  await p.sessionStaff.createMany({
    data: examiners.map((e, i) => ({ sessionId: session.id, userId: e.id, role: i === 2 ? "CHIEF_EXAMINER" : "EXAMINER" })),
  });
  return { sessionId: session.id, taskTitle: task.title, rubric: task.rubric as Array<{ title: string; points: number }> };
}
