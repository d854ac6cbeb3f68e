// The "skill-deliverable" upload policy end to end: tus-js-client in Node → the launcher's front
// server → the upload engine → the real policy on a real PostgreSQL → the folder storage driver.
// Interrupted and resumed uploads, types by content, size, zero bytes, the deadline, ownership,
// replacement and the count limit (issue 14, Done means).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import "@/server/uploads/policies";
import { startAttempt } from "@/server/exam/start-attempt";
import { FolderStorage } from "@/server/storage";
import { createUploadHandler } from "@/server/uploads/handler";
import { describeUploadFailure } from "@/ui/uploads/upload-errors";
import { prisma, resetDatabase } from "./helpers/db";
import { createCandidate } from "./helpers/exam-fixture";
import { createSkillTask, publishedSkillSession } from "./helpers/skill-fixture";
import { pngBytes, sessionCookie, sha256, startUploadFront, tusUpload, zipBytes } from "./helpers/uploads";

const MB = 1024 * 1024;
let endpoint: string;
let storage: FolderStorage;
let stop: () => Promise<void>;
let versionId: string;
let sessionId: string;
const people: Array<{ candidateId: string; userId: string; cookie: string; attemptId: string }> = [];

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream as AsyncIterable<Buffer>) chunks.push(Buffer.from(c));
  return Buffer.concat(chunks);
}

beforeAll(async () => {
  await resetDatabase();
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "skill-files-"));
  const partialDir = fs.mkdtempSync(path.join(os.tmpdir(), "skill-partial-"));
  storage = new FolderStorage(folder);
  const handler = createUploadHandler({ partialDir, storage, maxBytes: 64 * MB, maxAgeMs: 24 * 3600_000 });
  const served = await startUploadFront(handler);
  endpoint = served.endpoint;
  stop = async () => {
    await served.stop();
    fs.rmSync(folder, { recursive: true, force: true });
    fs.rmSync(partialDir, { recursive: true, force: true });
  };
  versionId = (await createSkillTask()).id;
  const a = await createCandidate("甲");
  const b = await createCandidate("乙");
  const { session } = await publishedSkillSession({ versionIds: [versionId], candidateIds: [a.id, b.id] });
  sessionId = session.id;
  for (const c of [a, b]) {
    const { attemptId } = await startAttempt({ candidateId: c.id, sessionId });
    people.push({ candidateId: c.id, userId: c.userId, cookie: await sessionCookie(c.userId, c.id), attemptId });
  }
});
afterAll(async () => stop?.());

const meta = (attemptId: string, deliverableId: string, bytes: Buffer, filename: string, extra: Record<string, string> = {}) => ({
  purpose: "skill-deliverable",
  attemptId,
  taskVersionId: versionId,
  deliverableId,
  filename,
  sha256: sha256(bytes),
  ...extra,
});
const current = (attemptId: string, deliverableId: string) =>
  prisma.submissionFile.findMany({ where: { attemptId, deliverableId, replacedAt: null }, include: { file: true }, orderBy: { createdAt: "asc" } });

async function create(cookie: string, length: number, metadata: Record<string, string>) {
  const res = await fetch(endpoint, {
    method: "POST",
    headers: {
      "Tus-Resumable": "1.0.0",
      cookie,
      "Upload-Length": String(length),
      "Upload-Metadata": Object.entries(metadata)
        .map(([k, v]) => `${k} ${Buffer.from(v).toString("base64")}`)
        .join(","),
    },
  });
  const text = await res.text();
  return { status: res.status, json: text ? (JSON.parse(text) as { error?: { code: string; message: string } }) : null };
}

describe("skill-deliverable uploads", () => {
  it("an interrupted upload resumes and is stored byte-exact with its SHA-256 verified, as a StoredFile and a SubmissionFile", async () => {
    const p = people[0]!;
    const bytes = pngBytes(3 * MB + 77);
    const first = await tusUpload({ endpoint, bytes, cookie: p.cookie, metadata: meta(p.attemptId, "main-image", bytes, "主图.png"), chunkSize: MB, stopAt: 1.5 * MB });
    expect(first.ok).toBe(false);
    expect(await current(p.attemptId, "main-image")).toEqual([]);
    const resumed = await tusUpload({ endpoint, uploadUrl: first.url!, bytes, cookie: p.cookie, metadata: meta(p.attemptId, "main-image", bytes, "主图.png"), chunkSize: MB });
    expect(resumed.ok).toBe(true);
    const [sub] = await current(p.attemptId, "main-image");
    expect(resumed.ok && resumed.result).toEqual({ fileId: sub!.fileId, submissionFileId: sub!.id, name: "主图.png", size: bytes.length });
    expect(sub!.file).toMatchObject({ sha256: sha256(bytes), size: bytes.length, mime: "image/png", originalName: "主图.png", ownerId: p.userId });
    expect(sub!.file.storageKey).toMatch(new RegExp(`^skill/${sessionId}/${p.attemptId}/main-image/`));
    expect((await readAll(await storage.get(sub!.file.storageKey))).equals(bytes)).toBe(true);
  });

  it("replacing keeps the earlier file current until the new one is stored", async () => {
    const p = people[0]!;
    const [before] = await current(p.attemptId, "main-image");
    const bytes = pngBytes(2 * MB);
    const partial = await tusUpload({ endpoint, bytes, cookie: p.cookie, metadata: meta(p.attemptId, "main-image", bytes, "新主图.png"), chunkSize: MB / 2, stopAt: MB });
    expect(partial.ok).toBe(false);
    expect((await current(p.attemptId, "main-image")).map((s) => s.id)).toEqual([before!.id]);
    const done = await tusUpload({ endpoint, uploadUrl: partial.url!, bytes, cookie: p.cookie, metadata: meta(p.attemptId, "main-image", bytes, "新主图.png"), chunkSize: MB / 2 });
    expect(done.ok).toBe(true);
    const now = await current(p.attemptId, "main-image");
    expect(now.map((s) => s.file.originalName)).toEqual(["新主图.png"]);
    const old = await prisma.submissionFile.findUniqueOrThrow({ where: { id: before!.id }, include: { file: true } });
    expect(old.replacedAt).not.toBeNull();
    expect(await storage.stat(old.file.storageKey)).toEqual({ size: old.file.size }); // still kept
  });

  it("refuses a file whose content is not an accepted type (a ZIP named .png): 422 in Chinese, nothing recorded", async () => {
    const p = people[1]!;
    const bytes = zipBytes("x.bin", 50_000);
    const before = await prisma.storedFile.count();
    const out = await tusUpload({ endpoint, bytes, cookie: p.cookie, metadata: meta(p.attemptId, "main-image", bytes, "主图.png") });
    expect(out).toMatchObject({ ok: false, status: 422 });
    expect(!out.ok && out.body?.error?.message).toContain("文件内容是ZIP 压缩包");
    expect(await prisma.storedFile.count()).toBe(before);
  });

  it("refuses more than the deliverable's maxBytes before any byte, and a zero-byte file", async () => {
    const p = people[1]!;
    const over = await create(p.cookie, 8 * MB + 1, meta(p.attemptId, "main-image", Buffer.from("x"), "a.png"));
    expect(over.status).toBe(413);
    expect(over.json?.error?.message).toBe("文件太大：8,388,609 B，上限为 8,388,608 B。");
    expect((await create(p.cookie, 8 * MB, meta(p.attemptId, "main-image", Buffer.from("x"), "a.png"))).status).toBe(201);
    const empty = await create(p.cookie, 0, meta(p.attemptId, "main-image", Buffer.alloc(0), "a.png"));
    expect(empty.status).toBe(422);
    expect(empty.json?.error?.message).toBe("文件是空的（0 字节），不能提交。");
  });

  it("404 for another candidate's attempt, for an unknown or text deliverable, and for another candidate's upload id", async () => {
    const [a, b] = people as [(typeof people)[0], (typeof people)[0]];
    const bytes = pngBytes(1000);
    expect((await create(b.cookie, bytes.length, meta(a.attemptId, "main-image", bytes, "a.png"))).status).toBe(404);
    expect((await create(a.cookie, bytes.length, meta(a.attemptId, "nope", bytes, "a.png"))).status).toBe(404);
    expect((await create(a.cookie, bytes.length, meta(a.attemptId, "title", bytes, "a.png"))).status).toBe(404);
    const big = pngBytes(2 * MB);
    const started = await tusUpload({ endpoint, bytes: big, cookie: a.cookie, metadata: meta(a.attemptId, "main-image", big, "a.png"), chunkSize: MB / 2, stopAt: MB / 2 });
    const head = await fetch(started.url!, { method: "HEAD", headers: { "Tus-Resumable": "1.0.0", cookie: b.cookie } });
    expect(head.status).toBe(404);
    const patch = await fetch(started.url!, { method: "PATCH", headers: { "Tus-Resumable": "1.0.0", cookie: b.cookie, "Upload-Offset": "0", "Content-Type": "application/offset+octet-stream" }, body: new Uint8Array(10) });
    expect(patch.status).toBe(404);
  });

  it("keeps maxCount: a third spreadsheet is refused until one is replaced", async () => {
    const p = people[1]!;
    for (const name of ["一.csv", "二.csv"]) {
      const bytes = Buffer.from(`订单编号,金额\n${name},1\n`);
      expect((await tusUpload({ endpoint, bytes, cookie: p.cookie, metadata: meta(p.attemptId, "sheet", bytes, name) })).ok).toBe(true);
    }
    const third = Buffer.from("订单编号,金额\n3,1\n");
    const refused = await create(p.cookie, third.length, meta(p.attemptId, "sheet", third, "三.csv"));
    expect(refused.status).toBe(409);
    expect(refused.json?.error?.message).toBe("「清洗后的表格」最多 2 个文件，请先删除或替换一个");
    // The browser gives up on this refusal (no endless 0 % retries) and shows the message.
    expect(describeUploadFailure({ getStatus: () => refused.status, getBody: () => JSON.stringify(refused.json) })).toMatchObject({ retry: false, message: "「清洗后的表格」最多 2 个文件，请先删除或替换一个" });
    const [first] = await current(p.attemptId, "sheet");
    const out = await tusUpload({ endpoint, bytes: third, cookie: p.cookie, metadata: meta(p.attemptId, "sheet", third, "三.csv", { replaces: first!.id }) });
    expect(out.ok).toBe(true);
    expect((await current(p.attemptId, "sheet")).map((s) => s.file.originalName)).toEqual(["二.csv", "三.csv"]);
    expect((await current(p.attemptId, "sheet")).map((s) => s.file.mime)).toEqual(["text/csv", "text/csv"]);
  });

  it("while paused: 423 with the reason, which the browser keeps retrying (it continues after resume)", async () => {
    const p = people[1]!;
    await prisma.attempt.update({ where: { id: p.attemptId }, data: { status: "paused", pausedAt: new Date() } });
    try {
      const bytes = pngBytes(1000);
      const paused = await create(p.cookie, bytes.length, meta(p.attemptId, "main-image", bytes, "停.png"));
      expect(paused).toMatchObject({ status: 423, json: { error: { message: "考试已被监考人员暂停，暂不能上传文件；恢复后可继续。" } } });
      expect(describeUploadFailure({ getStatus: () => paused.status, getBody: () => JSON.stringify(paused.json) }).retry).toBe(true);
    } finally {
      await prisma.attempt.update({ where: { id: p.attemptId }, data: { status: "in_progress", pausedAt: null } });
    }
  });

  it("after deadline + grace: refused with a message, mid-upload too; what was stored stays", async () => {
    const p = people[0]!;
    const bytes = pngBytes(2 * MB);
    const started = await tusUpload({ endpoint, bytes, cookie: p.cookie, metadata: meta(p.attemptId, "main-image", bytes, "晚.png"), chunkSize: MB / 2, stopAt: MB / 2 });
    expect(started.ok).toBe(false);
    await prisma.attempt.update({ where: { id: p.attemptId }, data: { deadline: new Date(Date.now() - 60_000) } });
    const rest = await tusUpload({ endpoint, uploadUrl: started.url!, bytes, cookie: p.cookie, metadata: meta(p.attemptId, "main-image", bytes, "晚.png"), chunkSize: MB / 2 });
    expect(rest).toMatchObject({ ok: false, status: 409, body: { error: { code: "DEADLINE_PASSED", message: "考试时间已到，不能再上传文件；之前已保存的文件不受影响。" } } });
    const fresh = await create(p.cookie, 1000, meta(p.attemptId, "main-image", pngBytes(1000), "b.png"));
    expect(fresh.status).toBe(409);
    expect((await current(p.attemptId, "main-image")).map((s) => s.file.originalName)).toEqual(["新主图.png"]);
  });
});
