// The skill assessment's one Done-means flow (issue 14, tests/e2e/skill-flow.spec.ts): a
// published skill session written to the e2e server's database as the admin's authoring would
// leave it (a test-only seed step), the files a candidate hands in, and reads of the stored work.
// The session has one task whose version carries the demo bank's own deliverables and material
// (商品信息采编: title, listing form, main image, and its product photo; 数据整理: the cleaned order
// sheet with its table check), a rubric with an automatic criterion, three candidates, the demo
// examiners as the panel (examiner3 the chief), the room opened. Blind codes are not set here: the
// app assigns them on first use.
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Prisma } from "@prisma/client";
import ExcelJS from "exceljs";
import { encodeRgbPng } from "../../../src/server/media/png-encode";
import { createCandidate } from "./certificate-setup";
import { db } from "./exam-setup";

/** The demo bank's level-5 tasks whose deliverables and material the flow's task reuses. */
const DEMO_TASKS = { listing: "农产品商品信息录入与主图处理", data: "网店基础数据获取与电子表格整理" } as const;

export const DELIVERY_RUBRIC = [
  { id: "title", title: "标题合规", points: 4, descriptors: "标题不超过 60 个字符得 4 分", auto: { deliverableId: "title", checkIndex: 0, rule: "all-or-nothing" } },
  { id: "info", title: "商品信息", points: 6, descriptors: "价格、库存与产地填写正确" },
  { id: "image", title: "主图与数据表", points: 10, descriptors: "主图清晰、数据表清洗正确" },
];

/** The demo version of `title` (current, level 5): its deliverables and materials. */
async function demoVersion(title: string) {
  const p = await db();
  return p.taskVersion.findFirstOrThrow({
    where: { title, level: "5", currentOf: { isNot: null } },
    select: { deliverables: true, materialFiles: { orderBy: { position: "asc" }, select: { fileId: true, title: true } } },
  });
}

function pick(deliverables: Prisma.JsonValue, ids: string[]): Prisma.InputJsonValue[] {
  const found = (deliverables as Array<{ id: string }>).filter((d) => ids.includes(d.id));
  if (found.length !== ids.length) throw new Error(`demo deliverables ${ids.join(", ")} not all found`);
  return found as Prisma.InputJsonValue[];
}

/** A files deliverable with maxCount 2 (CSV), appended with `extraFiles` to test the count limit. */
export const EXTRA_FILES_DELIVERABLE = { id: "work", title: "成果文件", instructions: "CSV，最多 2 个文件。", kind: "files", accept: ["text/csv"], maxBytes: 1024 * 1024, maxCount: 2, checks: [] };

/**
 * The flow's published skill session named `name` (see the file's head): returns its id, the
 * task's title and version id, and the three seated candidates (with tickets; the candidates'
 * password is CANDIDATE_PASSWORD). With `rich`, the task also carries the demo listing task's
 * rich-text deliverable (detail, 商品详情描述) after its form; with `extraFiles`, a last files
 * deliverable of at most two CSVs (EXTRA_FILES_DELIVERABLE). Throws when the demo bank lacks the
 * deliverables or material reused.
 */
export async function createDeliverySession(name: string, options: { rich?: boolean; extraFiles?: boolean } = {}) {
  const p = await db();
  const admin = await p.user.findUniqueOrThrow({ where: { username: "admin" } });
  const examiners = await Promise.all(["examiner1", "examiner2", "examiner3"].map((username) => p.user.findUniqueOrThrow({ where: { username } })));
  const [listing, data] = await Promise.all([demoVersion(DEMO_TASKS.listing), demoVersion(DEMO_TASKS.data)]);
  const [{ now }] = (await p.$queryRaw<Array<{ now: Date }>>`SELECT now() AS now`) as [{ now: Date }];
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
      instructions: "按要求发布一件商品：下载商品原始照片，填写标题与商品信息，上传主图与清洗后的订单表。",
      materials: [],
      minutes: 30,
      points: 20,
      rubric: DELIVERY_RUBRIC,
      deliverables: [...pick(listing.deliverables, ["title", "listing", ...(options.rich ? ["detail"] : []), "main-image"]), ...pick(data.deliverables, ["clean-sheet"]), ...(options.extraFiles ? [EXTRA_FILES_DELIVERABLE] : [])],
      createdAt: now,
    },
  });
  // The demo photo, stored once, is this version's material too (a StoredFile may serve several versions).
  const photo = listing.materialFiles.find((m) => m.title === "商品原始照片");
  if (!photo) throw new Error("the demo material 商品原始照片 is missing");
  await p.taskMaterial.create({ data: { taskVersionId: version.id, position: 0, fileId: photo.fileId, title: photo.title } });
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

/** The candidate's skill attempt with their saved values, current files and check results. */
export async function skillAttemptOf(sessionId: string, candidateId: string) {
  const p = await db();
  const a = await p.attempt.findUnique({
    where: { sessionId_candidateId: { sessionId, candidateId } },
    include: { deliverableAnswers: true, submissionFiles: { where: { replacedAt: null }, include: { file: true } } },
  });
  if (!a) return null;
  const checks = await p.checkResult.findMany({ where: { attemptId: a.id } });
  return { ...a, checks };
}

const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");

/**
 * A real, square RGB PNG of side × side pixels filled with noise, stored without compression, so
 * that it is large (side 2900 ≈ 25 MB, four 8 MiB chunks): big enough to be cut off mid-upload.
 */
export function noisyPng(side: number): Buffer {
  const row = 1 + side * 3;
  const raw = randomBytes(row * side);
  for (let y = 0; y < side; y++) raw[y * row] = 0;
  return encodeRgbPng(side, side, raw, 0);
}

/** The demo order sheet cleaned as the model answer wants it, as an XLSX workbook. */
export async function cleanedOrdersXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("订单");
  for (const r of [["订单编号", "商品", "数量", "金额"], ["DD1001", "保温杯", 2, 118], ["DD1002", "保温杯", 1, 59], ["DD1003", "焖烧罐", 3, 267], ["DD1004", "焖烧罐", 1, 89], ["DD1006", "焖烧罐", 1, 89]]) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Writes bytes to a temporary file named `name` (Playwright's setInputFiles takes a path) and returns its path and SHA-256. */
export function tempFile(name: string, bytes: Buffer): { path: string; sha256: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "skill-e2e-"));
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return { path: file, sha256: sha256(bytes) };
}
