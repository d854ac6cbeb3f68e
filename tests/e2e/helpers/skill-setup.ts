// Skill assessment e2e helpers (issue 14), reusable by the examiner half: a published skill
// session over the demo bank's level-5 tasks with deliverables (商品信息采编: title, form, main
// image; 数据整理: the cleaned order sheet) for the demo candidate, the demo proctor and the demo
// examiners; the files a candidate hands in; and reads of the attempt's stored work.
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { crc32, deflateSync } from "node:zlib";
import ExcelJS from "exceljs";
import { db, DEMO_CANDIDATE_ID_NUMBER } from "./exam-setup";

export const SKILL_TASK_TITLES = { listing: "农产品商品信息录入与主图处理", data: "网店基础数据获取与电子表格整理" } as const;

/** A published skill session (room opened, started a minute ago) whose plan holds the two demo tasks. */
export async function createSkillSession(options: { name: string; examiners?: string[]; chief?: string; minutes?: number }) {
  const p = await db();
  const versions = await Promise.all(
    Object.values(SKILL_TASK_TITLES).map((title) => p.taskVersion.findFirstOrThrow({ where: { title, level: "5", currentOf: { isNot: null } }, select: { id: true, taskId: true, duty: true, points: true, minutes: true } })),
  );
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
      duties: versions.map((v) => ({ duty: v.duty, targetPoints: v.points, tasks: [{ taskId: v.taskId, versionId: v.id, points: v.points, minutes: v.minutes }] })),
      conformance: {},
      createdById: admin.id,
    },
  });
  const room = await p.room.create({ data: { name: `E2E-${options.name}-${Date.now()}`, kind: "computer-room", capacity: 30 } });
  const session = await p.examSession.create({
    data: { name: options.name, mode: "skill", level: "5", track: "online-merchant", startsAt: new Date(now.getTime() - 60_000), minutes: options.minutes ?? 90, status: "published", skillPlanId: plan.id, publishedAt: now, createdById: admin.id },
  });
  const sessionRoom = await p.sessionRoom.create({ data: { sessionId: session.id, roomId: room.id, openedAt: now, openedById: proctor.id } });
  await p.sessionCandidate.create({ data: { sessionId: session.id, sessionRoomId: sessionRoom.id, candidateId: candidate.id, seat: 1, blindCode: `E${Date.now().toString(36).slice(-5).toUpperCase()}` } });
  await p.sessionStaff.create({ data: { sessionId: session.id, sessionRoomId: sessionRoom.id, userId: proctor.id, role: "PROCTOR" } });
  for (const username of options.examiners ?? []) {
    const u = await p.user.findUniqueOrThrow({ where: { username } });
    await p.sessionStaff.create({ data: { sessionId: session.id, userId: u.id, role: "EXAMINER" } });
  }
  if (options.chief) {
    const u = await p.user.findUniqueOrThrow({ where: { username: options.chief } });
    await p.sessionStaff.create({ data: { sessionId: session.id, userId: u.id, role: "CHIEF_EXAMINER" } });
  }
  return { sessionId: session.id, candidateId: candidate.id, planId: plan.id, versionIds: versions.map((v) => v.id) };
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
 * that it is large (side 2900 ≈ 25 MB): big enough to be cut off mid-upload.
 */
export function noisyPng(side: number): Buffer {
  const row = 1 + side * 3;
  const raw = randomBytes(row * side);
  for (let y = 0; y < side; y++) raw[y * row] = 0;
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(side, 0);
  ihdr.writeUInt32BE(side, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([Buffer.from("89504e470d0a1a0a", "hex"), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw, { level: 0 })), chunk("IEND", Buffer.alloc(0))]);
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
