// A published skill session for the skill-delivery E2E, written to the e2e server's database as
// the admin's authoring would leave it (a test-only seed step): one task whose version has
// deliverables (a title with a length check, a product form, an image and a spreadsheet), a rubric
// with an automatic criterion, three candidates, the demo examiners as the panel (examiner3 the
// chief), the room opened. Blind codes are not set here: the app assigns them on first use.
import { db } from "./exam-setup";
import { createCandidate } from "./certificate-setup";

export const DELIVERY_RUBRIC = [
  { id: "title", title: "标题合规", points: 4, descriptors: "标题不超过 30 个字符得 4 分", auto: { deliverableId: "title", checkIndex: 0, rule: "all-or-nothing" } },
  { id: "info", title: "商品信息", points: 6, descriptors: "价格与库存填写正确" },
  { id: "image", title: "主图与数据表", points: 10, descriptors: "主图清晰、数据表完整" },
];

export const DELIVERABLES = [
  { id: "title", title: "商品标题", kind: "text", rich: false, maxLength: 60, checks: [{ kind: "text-length", max: 30 }] },
  {
    id: "info",
    title: "商品信息",
    kind: "fields",
    fields: [
      { name: "price", label: "价格（元）", type: "number", required: true, min: 0 },
      { name: "stock", label: "库存", type: "number", required: true, min: 0 },
    ],
    checks: [],
  },
  { id: "main-image", title: "商品主图", kind: "files", accept: ["image/png", "image/jpeg"], maxBytes: 5_000_000, maxCount: 1, checks: [] },
  { id: "sheet", title: "商品数据表", kind: "files", accept: ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv"], maxBytes: 5_000_000, maxCount: 1, checks: [] },
];

export async function createDeliverySession(name: string) {
  const p = await db();
  const admin = await p.user.findUniqueOrThrow({ where: { username: "admin" } });
  const examiners = await Promise.all(["examiner1", "examiner2", "examiner3"].map((username) => p.user.findUniqueOrThrow({ where: { username } })));
  const now = new Date();
  const task = await p.task.create({ data: { status: "active", createdAt: now } });
  const version = await p.taskVersion.create({
    data: {
      taskId: task.id,
      version: 1,
      title: `商品发布-${name}`,
      level: "5",
      tracks: ["online-merchant"],
      duty: "1",
      skills: ["1.1.1"],
      instructions: "按要求发布一件商品：填写标题与商品信息，上传主图与商品数据表。",
      materials: [],
      minutes: 30,
      points: 20,
      rubric: DELIVERY_RUBRIC,
      deliverables: DELIVERABLES,
      createdAt: now,
    },
  });
  await p.task.update({ where: { id: task.id }, data: { currentVersionId: version.id } });
  const plan = await p.skillPlan.create({
    data: {
      name,
      level: "5",
      track: "online-merchant",
      seed: name,
      duties: [{ duty: "1", targetPoints: 20, points: 20, tasks: [{ taskId: task.id, versionId: version.id, title: version.title, points: 20, minutes: 30, skills: ["1.1.1"] }] }],
      conformance: {},
      createdById: admin.id,
    },
  });
  const room = await p.room.create({ data: { name: `E2E-交付-${Date.now()}`, kind: "lan-internet-computer-room", capacity: 30 } });
  const session = await p.examSession.create({
    data: { name, mode: "skill", level: "5", track: "online-merchant", startsAt: new Date(now.getTime() - 60_000), minutes: 90, status: "published", publishedAt: now, skillPlanId: plan.id, createdById: admin.id },
  });
  const sr = await p.sessionRoom.create({ data: { sessionId: session.id, roomId: room.id, openedAt: now } });
  const candidates = [];
  for (const [i, who] of ["交付考生甲", "交付考生乙", "交付考生丙"].entries()) {
    const c = await createCandidate(`${who}${Date.now().toString(36).slice(-4)}`);
    await p.sessionCandidate.create({ data: { sessionId: session.id, sessionRoomId: sr.id, candidateId: c.id, seat: i + 1 } });
    candidates.push(c);
  }
  await p.sessionStaff.createMany({ data: examiners.map((e, i) => ({ sessionId: session.id, userId: e.id, role: i === 2 ? "CHIEF_EXAMINER" : "EXAMINER" })) });
  return { sessionId: session.id, taskTitle: version.title, taskVersionId: version.id, candidates };
}

/** The anonymous code of each candidate (after the app assigned them). */
export async function codesOf(sessionId: string): Promise<Map<string, string>> {
  const p = await db();
  const rows = await p.sessionCandidate.findMany({ where: { sessionId }, select: { candidateId: true, blindCode: true } });
  return new Map(rows.map((r) => [r.candidateId, r.blindCode ?? ""]));
}
