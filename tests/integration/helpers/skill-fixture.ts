// A published skill session built directly in the database: a task version with deliverables
// (a title text, a listing form, a main image, a cleaned spreadsheet), a plan naming it, seated
// candidates, an opened room. For the skill delivery tests (issue 14).
import { randomUUID } from "node:crypto";
import type { Prisma } from "@prisma/client";
import { prisma } from "./db";

export const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export const DELIVERABLES = [
  { id: "title", title: "商品标题", kind: "text", rich: false, maxLength: 60, checks: [{ kind: "text-length", max: 60 }, { kind: "forbidden-words" }] },
  {
    id: "listing",
    title: "商品信息",
    kind: "fields",
    fields: [
      { name: "price", label: "价格", type: "number", required: true, min: 0, max: 9999 },
      { name: "stock", label: "库存", type: "number", required: true },
    ],
    checks: [{ kind: "fields", fields: [{ name: "price", label: "价格", type: "number", min: 1, max: 999 }, { name: "stock", label: "库存", type: "number", integer: true }] }],
  },
  { id: "main-image", title: "商品主图", kind: "files", accept: ["image/png", "image/jpeg"], maxBytes: 8 * 1024 * 1024, maxCount: 1, checks: [{ kind: "image", minWidth: 16, minHeight: 16 }] },
  { id: "sheet", title: "清洗后的表格", kind: "files", accept: [XLSX, "text/csv"], maxBytes: 4 * 1024 * 1024, maxCount: 2, checks: [] },
];

/** A task with one version carrying DELIVERABLES (or `deliverables`). */
export async function createSkillTask(options: { deliverables?: unknown[]; title?: string } = {}) {
  const task = await prisma.task.create({ data: { status: "active" } });
  const version = await prisma.taskVersion.create({
    data: {
      taskId: task.id,
      version: 1,
      title: options.title ?? "商品发布",
      level: "5",
      tracks: ["online-merchant"],
      duty: "2",
      skills: ["2.1.1"],
      instructions: "在模拟店铺后台录入商品标题、价格和库存，并上传 800×800 以上的主图。",
      materials: [],
      minutes: 30,
      points: 20,
      rubric: [{ id: "c1", title: "标题", points: 20, descriptors: [] }],
      deliverables: (options.deliverables ?? DELIVERABLES) as Prisma.InputJsonValue,
    },
  });
  await prisma.task.update({ where: { id: task.id }, data: { currentVersionId: version.id } });
  return version;
}

/** A published skill session over a plan with the given task versions; room opened; start offset -1 min. */
export async function publishedSkillSession(options: { versionIds: string[]; candidateIds: string[]; staff?: Array<{ userId: string; role: "PROCTOR" | "EXAMINER" | "CHIEF_EXAMINER" }>; minutes?: number }) {
  const [{ now }] = (await prisma.$queryRaw<Array<{ now: Date }>>`SELECT now() AS now`) as [{ now: Date }];
  const plan = await prisma.skillPlan.create({
    data: {
      name: "技能方案",
      level: "5",
      track: "online-merchant",
      seed: "s",
      duties: [{ duty: "2", targetPoints: 20, tasks: options.versionIds.map((versionId) => ({ taskId: "t", versionId, points: 20, minutes: 30 })) }],
      conformance: {},
      createdById: "x",
    },
  });
  const room = await prisma.room.create({ data: { name: `机房-${randomUUID().slice(0, 8)}`, kind: "computer-room", capacity: 40 } });
  const session = await prisma.examSession.create({
    data: { name: "技能考核", mode: "skill", level: "5", track: "online-merchant", startsAt: new Date(now.getTime() - 60_000), minutes: options.minutes ?? 60, status: "published", skillPlanId: plan.id, createdById: "x" },
  });
  const sessionRoom = await prisma.sessionRoom.create({ data: { sessionId: session.id, roomId: room.id, openedAt: now } });
  for (const [i, candidateId] of options.candidateIds.entries())
    await prisma.sessionCandidate.create({ data: { sessionId: session.id, sessionRoomId: sessionRoom.id, candidateId, seat: i + 1, blindCode: `K${String(i + 1).padStart(3, "0")}` } });
  for (const s of options.staff ?? []) await prisma.sessionStaff.create({ data: { sessionId: session.id, sessionRoomId: sessionRoom.id, userId: s.userId, role: s.role } });
  return { session, sessionRoom, plan };
}
