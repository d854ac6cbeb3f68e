// Task authoring e2e helpers (issue 14): a bare skill task (no deliverables, no materials, two
// rubric criteria) for the admin to author, and a published skill session whose plan holds a
// given task version, for the demo candidate (same shape as helpers/skill-flow-setup.ts).
import { db, DEMO_CANDIDATE_ID_NUMBER } from "./exam-setup";

export const AUTHORING_RUBRIC = [
  { id: "c1", title: "标题规范", points: 10, descriptors: "60 字以内，无绝对化用语" },
  { id: "c2", title: "主图尺寸", points: 10, descriptors: "800×800 像素以上" },
];

/** A level-5 task with one unused version and nothing to hand in yet. */
export async function createAuthoringTask(title: string) {
  const p = await db();
  const task = await p.task.create({ data: { status: "active" } });
  const v = await p.taskVersion.create({
    data: {
      taskId: task.id,
      version: 1,
      title,
      level: "5",
      tracks: ["online-merchant"],
      duty: "1",
      skills: ["1.1.1"],
      instructions: "在模拟店铺后台录入商品标题和价格，并上传主图。",
      materials: [],
      minutes: 30,
      points: 20,
      rubric: AUTHORING_RUBRIC,
      deliverables: [],
    },
  });
  await p.task.update({ where: { id: task.id }, data: { currentVersionId: v.id } });
  return { taskId: task.id, versionId: v.id };
}

/** The task's current version as stored. */
export async function currentVersionOf(taskId: string) {
  const p = await db();
  return p.taskVersion.findFirstOrThrow({ where: { taskId, currentOf: { isNot: null } }, include: { materialFiles: { include: { file: true }, orderBy: { position: "asc" } } } });
}

/** A published skill session (room opened, started a minute ago) for the demo candidate over one task version. */
export async function createSessionForVersion(options: { name: string; taskId: string; versionId: string }) {
  const p = await db();
  const admin = await p.user.findUniqueOrThrow({ where: { username: "admin" } });
  const proctor = await p.user.findUniqueOrThrow({ where: { username: "proctor1" } });
  const candidate = await p.candidate.findUniqueOrThrow({ where: { idNumber: DEMO_CANDIDATE_ID_NUMBER } });
  const [{ now }] = (await p.$queryRaw<Array<{ now: Date }>>`SELECT now() AS now`) as [{ now: Date }];
  const plan = await p.skillPlan.create({
    data: {
      name: `${options.name}方案`,
      level: "5",
      track: "online-merchant",
      seed: options.name,
      duties: [{ duty: "1", targetPoints: 20, tasks: [{ taskId: options.taskId, versionId: options.versionId, points: 20, minutes: 30 }] }],
      conformance: {},
      createdById: admin.id,
    },
  });
  await p.taskVersion.update({ where: { id: options.versionId }, data: { usedAt: now } });
  const room = await p.room.create({ data: { name: `E2E-${options.name}`, kind: "computer-room", capacity: 30 } });
  const session = await p.examSession.create({
    data: { name: options.name, mode: "skill", level: "5", track: "online-merchant", startsAt: new Date(now.getTime() - 60_000), minutes: 90, status: "published", skillPlanId: plan.id, publishedAt: now, createdById: admin.id },
  });
  const sessionRoom = await p.sessionRoom.create({ data: { sessionId: session.id, roomId: room.id, openedAt: now, openedById: proctor.id } });
  await p.sessionCandidate.create({ data: { sessionId: session.id, sessionRoomId: sessionRoom.id, candidateId: candidate.id, seat: 1, blindCode: `A${Date.now().toString(36).slice(-5).toUpperCase()}` } });
  await p.sessionStaff.create({ data: { sessionId: session.id, sessionRoomId: sessionRoom.id, userId: proctor.id, role: "PROCTOR" } });
  return { sessionId: session.id };
}
