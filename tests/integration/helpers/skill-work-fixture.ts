// A published skill session with a three-examiner panel and candidates' handed-in work, written
// directly to the database and the storage (as the candidate side would leave it): a text, a
// form, a PNG image and a CSV table, with stored check results. For the blind-marking and
// archive tests.
import { createHash } from "node:crypto";
import sharp from "sharp";
import { runCheck } from "@/grading/checks";
import { createTaskTx } from "@/server/bank/task-store";
import { getStorage } from "@/server/storage";
import { prisma } from "./db";
import { createCandidate } from "./exam-fixture";
import { createStaff } from "./users";

export const RUBRIC = [
  { id: "c1", title: "标题合规", points: 4, descriptors: "标题不超过 30 字得 4 分", auto: { deliverableId: "title", checkIndex: 0, rule: "all-or-nothing" } },
  { id: "c2", title: "商品信息", points: 6, descriptors: "价格、库存正确" },
  { id: "c3", title: "主图", points: 10, descriptors: "主图清晰、尺寸合规" },
];

export const DELIVERABLES = [
  { id: "title", title: "商品标题", kind: "text", rich: false, maxLength: 60, checks: [{ kind: "text-length", max: 30 }] },
  { id: "info", title: "商品信息", kind: "fields", fields: [{ name: "price", label: "价格", type: "number", required: true }, { name: "stock", label: "库存", type: "number", required: true }], checks: [] },
  { id: "files", title: "主图与数据表", kind: "files", accept: ["image/png", "text/csv"], maxBytes: 5_000_000, maxCount: 3, checks: [] },
];

const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");

async function storeFile(ownerId: string, key: string, bytes: Buffer, mime: string, originalName: string) {
  const put = await getStorage().put(key, bytes, { contentType: mime });
  return prisma.storedFile.create({ data: { storageKey: key, sha256: put.sha256, size: put.size, mime, originalName, ownerId } });
}

export type SkillWork = Awaited<ReturnType<typeof seedSkillWork>>;

/** Seeds the session; `candidates` names with their title text (null: never started). */
export async function seedSkillWork(o: { tag: string; candidates: Array<{ name: string; title: string | null }> }) {
  const admin = await createStaff(`${o.tag}-admin`);
  const examiners = [];
  for (const n of ["a", "b", "c"]) examiners.push(await createStaff(`${o.tag}-ex-${n}`, ["EXAMINER"]));
  const outsider = await createStaff(`${o.tag}-outsider`, ["EXAMINER"]);
  const now = new Date();
  const { versionId } = await prisma.$transaction((tx) =>
    createTaskTx(
      tx,
      { title: "商品发布", level: "5", tracks: ["online-merchant"], duty: "2", skills: ["2.1.1"], instructions: "发布一件商品", materials: [], minutes: 30, points: 20, rubric: RUBRIC.map(({ auto: _a, ...c }) => c), status: "active" },
      { now },
    ),
  );
  await prisma.taskVersion.update({ where: { id: versionId }, data: { rubric: RUBRIC, deliverables: DELIVERABLES } });
  const plan = await prisma.skillPlan.create({
    data: { name: "技能方案", level: "5", track: "online-merchant", seed: "s", duties: [{ duty: "2", targetPoints: 20, points: 20, tasks: [{ taskId: "t", versionId, title: "商品发布", points: 20, minutes: 30, skills: ["2.1.1"] }] }], conformance: {}, createdById: admin.id },
  });
  const room = await prisma.room.create({ data: { name: `实训室-${o.tag}`, kind: "lan-internet-computer-room", capacity: 30 } });
  const session = await prisma.examSession.create({
    data: { name: `技能考核-${o.tag}`, mode: "skill", level: "5", track: "online-merchant", startsAt: now, minutes: 90, status: "published", skillPlanId: plan.id, createdById: admin.id },
  });
  const sr = await prisma.sessionRoom.create({ data: { sessionId: session.id, roomId: room.id } });
  await prisma.sessionStaff.createMany({
    data: [
      { sessionId: session.id, userId: examiners[0]!.id, role: "EXAMINER" },
      { sessionId: session.id, userId: examiners[1]!.id, role: "EXAMINER" },
      { sessionId: session.id, userId: examiners[2]!.id, role: "CHIEF_EXAMINER" },
    ],
  });
  const png = await sharp({ create: { width: 800, height: 800, channels: 3, background: { r: 200, g: 30, b: 30 } } }).png().toBuffer();
  const people = [];
  for (const [i, c] of o.candidates.entries()) {
    const cand = await createCandidate(c.name);
    await prisma.sessionCandidate.create({ data: { sessionId: session.id, sessionRoomId: sr.id, candidateId: cand.id, seat: i + 1 } });
    const files: Array<{ id: string; name: string; sha256: string; bytes: Buffer }> = [];
    if (c.title !== null) {
      const attempt = await prisma.attempt.create({
        data: { sessionId: session.id, candidateId: cand.id, skillPlanId: plan.id, status: "submitted", startedAt: now, deadline: now, submittedAt: now, submittedBy: "candidate" },
      });
      const base = { attemptId: attempt.id, taskVersionId: versionId };
      await prisma.deliverableAnswer.createMany({
        data: [
          { ...base, deliverableId: "title", value: { text: c.title }, seq: 1, savedAt: now },
          { ...base, deliverableId: "info", value: { values: { price: "99.5", stock: String(10 + i) } }, seq: 2, savedAt: now },
        ],
      });
      const csv = Buffer.from(`商品,价格\n连衣裙,${99 + i}\n`, "utf8");
      for (const [bytes, mime, name] of [
        [png, "image/png", `主图-${i}.png`],
        [csv, "text/csv", "数据.csv"],
      ] as const) {
        const f = await storeFile(cand.userId, `itest/${o.tag}/${attempt.id}/${sha(bytes).slice(0, 12)}`, bytes, mime, name);
        await prisma.submissionFile.create({ data: { ...base, deliverableId: "files", fileId: f.id } });
        files.push({ id: f.id, name, sha256: f.sha256, bytes });
      }
      // A replaced file: kept, but not current (never shown, never archived).
      const old = await storeFile(cand.userId, `itest/${o.tag}/${attempt.id}/old`, Buffer.from("old draft"), "text/plain", "旧稿.txt");
      await prisma.submissionFile.create({ data: { ...base, deliverableId: "files", fileId: old.id, replacedAt: now } });
      const result = runCheck({ kind: "text-length", max: 30 } as never, { text: c.title });
      await prisma.checkResult.create({ data: { ...base, deliverableId: "title", checkIndex: 0, result, computedAt: now } });
    }
    people.push({ ...cand, files });
  }
  return { admin, examiners, outsider, session, versionId, people };
}
