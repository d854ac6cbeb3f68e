// Resumable uploads through the launcher's front server (the real mount), driven by tus-js-client
// in Node (the protocol client the browser hook uses), with a test UploadPolicy, stored through
// both FileStorage drivers (the S3 one against a local s3rver started here).
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { FolderStorage, type FileStorage } from "@/server/storage";
import { createUploadHandler, type UploadHandler } from "@/server/uploads/handler";
import { registerUploadPolicy } from "@/server/uploads/policy";
import { freePort, startFrontServer } from "../../scripts/lib/front-server";
import { startLocalS3, type LocalS3 } from "./helpers/s3-server";
import { pngBytes, SECRET, sessionCookie, sha256, testPolicy, tusUpload, zipBytes } from "./helpers/uploads";

const PURPOSE = "test-upload";
const MB = 1024 * 1024;

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream as AsyncIterable<Buffer>) chunks.push(Buffer.from(c));
  return Buffer.concat(chunks);
}

type Rig = { base: string; endpoint: string; handler: UploadHandler; storage: FileStorage; partialDir: string; policy: ReturnType<typeof testPolicy>; stop(): Promise<void> };

async function startRig(storage: FileStorage, onStop: () => Promise<void> = async () => {}): Promise<Rig> {
  const partialDir = fs.mkdtempSync(path.join(os.tmpdir(), "uploads-partial-"));
  const handler = createUploadHandler({ partialDir, storage, maxBytes: 64 * MB, maxAgeMs: 24 * 3600_000 });
  const upstream = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => res.writeHead(299).end("from next"));
  });
  const upstreamPort = await freePort();
  await new Promise<void>((r) => upstream.listen(upstreamPort, "127.0.0.1", () => r()));
  const port = await freePort();
  const front = await startFrontServer({ port, upstreamPort, authSecret: SECRET, uploads: handler });
  const policy = testPolicy();
  registerUploadPolicy(PURPOSE, policy.policy);
  const base = `http://127.0.0.1:${port}`;
  return {
    base,
    endpoint: `${base}/api/uploads`,
    handler,
    storage,
    partialDir,
    policy,
    async stop() {
      front.closeAllConnections();
      await new Promise((r) => front.close(r));
      await new Promise((r) => upstream.close(r));
      fs.rmSync(partialDir, { recursive: true, force: true });
      await onStop();
    },
  };
}

/** A candidate with an attempt that takes PNG/JPEG up to 8 MB, deadline in an hour. */
async function candidate(rig: Rig, overrides: Partial<{ maxBytes: number; allowedMimes: string[]; deadline: number }> = {}) {
  const candidateId = randomUUID();
  const userId = randomUUID();
  const attemptId = randomUUID();
  rig.policy.attempts.set(attemptId, { candidateId, deadline: Date.now() + 3600_000, maxBytes: 8 * MB, allowedMimes: ["image/png", "image/jpeg"], ...overrides });
  return { candidateId, userId, attemptId, cookie: await sessionCookie(userId, candidateId) };
}

const meta = (attemptId: string, bytes: Buffer, filename = "主图.png", sha = sha256(bytes)) => ({ purpose: PURPOSE, attemptId, filename, sha256: sha });

async function tusRequest(url: string, method: string, cookie: string, headers: Record<string, string> = {}, body?: Buffer) {
  const res = await fetch(url, { method, headers: { "Tus-Resumable": "1.0.0", cookie, ...headers }, body: body ? new Uint8Array(body) : undefined });
  const text = method === "HEAD" ? "" : await res.text();
  return { status: res.status, headers: res.headers, json: text ? (JSON.parse(text) as { error?: { code: string; message: string }; result?: unknown }) : null };
}

const listPartials = (rig: Rig) => (fs.existsSync(path.join(rig.partialDir, "tus")) ? fs.readdirSync(path.join(rig.partialDir, "tus")) : []);

let s3: LocalS3;
beforeAll(async () => {
  s3 = await startLocalS3("uploads-test");
});
afterAll(async () => {
  await s3?.stop();
});

describe.each(["folder", "s3"] as const)("resumable uploads stored through the %s driver", (driver) => {
  let rig: Rig;
  beforeAll(async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "uploads-files-"));
    rig = await startRig(driver === "folder" ? new FolderStorage(folder) : s3.storage, async () => fs.rmSync(folder, { recursive: true, force: true }));
  });
  afterAll(async () => rig?.stop());

  it("an upload interrupted mid-chunk resumes where it stopped and is stored byte-exact after its SHA-256 is verified", async () => {
    const c = await candidate(rig);
    const bytes = pngBytes(5 * MB + 123);
    const first = await tusUpload({ endpoint: rig.endpoint, bytes, cookie: c.cookie, metadata: meta(c.attemptId, bytes), chunkSize: MB, stopAt: 2.5 * MB });
    expect(first.ok).toBe(false);
    expect(first.url).toMatch(/\/api\/uploads\/[0-9a-f]{32}$/);

    // What the server holds now: part of the file, nothing stored yet.
    const head = await tusRequest(first.url!, "HEAD", c.cookie);
    expect(head.status).toBe(200);
    const offset = Number(head.headers.get("upload-offset"));
    expect(offset).toBeGreaterThanOrEqual(2 * MB);
    expect(offset).toBeLessThan(bytes.length);
    expect(head.headers.get("upload-length")).toBe(String(bytes.length));
    expect(head.headers.get("upload-metadata")).not.toContain("__grant");
    expect(rig.policy.completed.size).toBe(0);

    const resumed = await tusUpload({ endpoint: rig.endpoint, uploadUrl: first.url!, bytes, cookie: c.cookie, metadata: meta(c.attemptId, bytes), chunkSize: MB });
    expect(resumed).toMatchObject({ ok: true, url: first.url, result: { fileId: "file-1" } });
    const [file] = [...rig.policy.completed.values()];
    expect(file).toMatchObject({ size: bytes.length, sha256: sha256(bytes), mime: "image/png", originalName: "主图.png", meta: { attemptId: c.attemptId } });
    expect(await rig.storage.stat(file!.storageKey)).toEqual({ size: bytes.length });
    expect((await readAll(await rig.storage.get(file!.storageKey))).equals(bytes)).toBe(true);
    expect(listPartials(rig)).toEqual([]);

    // A client that missed the answer asks again: the receipt answers, nothing is stored twice.
    const again = await tusRequest(first.url!, "HEAD", c.cookie);
    expect(again.status).toBe(200);
    expect(again.headers.get("upload-offset")).toBe(String(bytes.length));
    expect(JSON.parse(decodeURIComponent(again.headers.get("upload-result")!))).toEqual({ fileId: "file-1" });
    expect(rig.policy.calls.complete).toBe(1);
  });

  it("when finalizing fails on the server's side, the partial upload stays and the client's retry finalizes it", async () => {
    const c = await candidate(rig);
    const bytes = pngBytes(2 * MB);
    rig.policy.failCompleteOnce();
    const outcome = await tusUpload({ endpoint: rig.endpoint, bytes, cookie: c.cookie, metadata: meta(c.attemptId, bytes), retryDelays: [50] });
    expect(outcome).toMatchObject({ ok: true });
    expect(outcome.ok && outcome.result).toMatchObject({ fileId: expect.stringMatching(/^file-/) });
    const stored = [...rig.policy.completed.values()].filter((f) => f.meta.attemptId === c.attemptId);
    expect(stored).toHaveLength(1);
    expect(sha256(await readAll(await rig.storage.get(stored[0]!.storageKey)))).toBe(sha256(bytes));
  });

  it("refuses a file whose content is not an allowed type (a .jpg that is a ZIP): 422 in Chinese, nothing stored", async () => {
    const c = await candidate(rig);
    const bytes = zipBytes("货品.csv", 200_000);
    const before = rig.policy.calls.complete;
    const outcome = await tusUpload({ endpoint: rig.endpoint, bytes, cookie: c.cookie, metadata: meta(c.attemptId, bytes, "主图.jpg") });
    expect(outcome).toMatchObject({ ok: false, status: 422, body: { error: { code: "VALIDATION" } } });
    expect(!outcome.ok && outcome.body?.error?.message).toBe("文件类型不符合要求：文件内容是ZIP 压缩包，这里只接受PNG 图片、JPG 图片。文件未保存。");
    expect(rig.policy.calls.complete).toBe(before);
    expect(listPartials(rig)).toEqual([]);
  });

  it("refuses a file whose SHA-256 is not the client's: nothing stored", async () => {
    const c = await candidate(rig);
    const bytes = pngBytes(300_000);
    const before = rig.policy.calls.complete;
    const outcome = await tusUpload({ endpoint: rig.endpoint, bytes, cookie: c.cookie, metadata: meta(c.attemptId, bytes, "a.png", sha256(pngBytes(10))) });
    expect(outcome).toMatchObject({ ok: false, status: 422 });
    expect(!outcome.ok && outcome.body?.error?.message).toContain("SHA-256 不符");
    expect(rig.policy.calls.complete).toBe(before);
    expect(listPartials(rig)).toEqual([]);
  });
});

describe("upload refusals and ownership", () => {
  let rig: Rig;
  let folder: string;
  beforeAll(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), "uploads-files-"));
    rig = await startRig(new FolderStorage(folder), async () => fs.rmSync(folder, { recursive: true, force: true }));
  });
  afterAll(async () => rig?.stop());
  beforeEach(() => rig.policy.setClock(() => Date.now()));

  const create = async (cookie: string, length: string, metadata: Record<string, string>) =>
    tusRequest(rig.endpoint, "POST", cookie, {
      "Upload-Length": length,
      "Upload-Metadata": Object.entries(metadata)
        .map(([k, v]) => `${k} ${Buffer.from(v).toString("base64")}`)
        .join(","),
    });

  it("checks the size limit against Upload-Length before accepting any byte, and refuses zero bytes", async () => {
    const c = await candidate(rig, { maxBytes: MB });
    const big = await create(c.cookie, String(MB + 1), meta(c.attemptId, Buffer.from("x")));
    expect(big.status).toBe(413);
    expect(big.json?.error?.message).toBe("文件太大：1,048,577 B，上限为 1,048,576 B。");
    const huge = await create(c.cookie, String(65 * MB), meta(c.attemptId, Buffer.from("x")));
    expect(huge.status).toBe(413);
    expect(huge.json?.error?.message).toBe("文件超过允许的大小上限。");
    const empty = await create(c.cookie, "0", meta(c.attemptId, Buffer.alloc(0)));
    expect(empty.status).toBe(422);
    expect(empty.json?.error?.message).toBe("文件是空的（0 字节），不能提交。");
    const deferred = await tusRequest(rig.endpoint, "POST", c.cookie, { "Upload-Defer-Length": "1", "Upload-Metadata": `purpose ${Buffer.from(PURPOSE).toString("base64")}` });
    expect(deferred.status).toBe(422);
    expect(listPartials(rig)).toEqual([]);
  });

  it("asks for a session, a known purpose, a file name and a SHA-256", async () => {
    const c = await candidate(rig);
    const bytes = pngBytes(1000);
    expect((await create("", "1000", meta(c.attemptId, bytes))).status).toBe(401);
    expect((await create("authjs.session-token=forged", "1000", meta(c.attemptId, bytes))).status).toBe(401);
    const unknown = await create(c.cookie, "1000", { ...meta(c.attemptId, bytes), purpose: "no-such-purpose" });
    expect(unknown).toMatchObject({ status: 422, json: { error: { message: "上传用途无效。" } } });
    expect((await create(c.cookie, "1000", { ...meta(c.attemptId, bytes), filename: "" })).status).toBe(422);
    expect((await create(c.cookie, "1000", { ...meta(c.attemptId, bytes), sha256: "abc" })).status).toBe(422);
    // The policy's own refusal (not this candidate's attempt) keeps its status and message.
    const other = await candidate(rig);
    expect(await create(c.cookie, "1000", meta(other.attemptId, bytes))).toMatchObject({ status: 404, json: { error: { message: "未找到这场考试" } } });
    expect(listPartials(rig)).toEqual([]);
  });

  it("answers 404 to another candidate for someone's upload id, and leaves the upload alone", async () => {
    const owner = await candidate(rig);
    const intruder = await candidate(rig);
    const bytes = pngBytes(3 * MB);
    const partial = await tusUpload({ endpoint: rig.endpoint, bytes, cookie: owner.cookie, metadata: meta(owner.attemptId, bytes), stopAt: MB });
    const url = partial.url!;
    const offset = (await tusRequest(url, "HEAD", owner.cookie)).headers.get("upload-offset");
    for (const method of ["HEAD", "PATCH", "DELETE"]) {
      const res = await tusRequest(url, method, intruder.cookie, { "Upload-Offset": offset!, "Content-Type": "application/offset+octet-stream" }, method === "PATCH" ? Buffer.from("evil") : undefined);
      expect(res.status, method).toBe(404);
    }
    expect((await tusRequest(`${rig.endpoint}/${"0".repeat(32)}`, "HEAD", owner.cookie)).status).toBe(404);
    expect((await tusRequest(`${rig.endpoint}/..%2f..%2fetc%2fpasswd`, "HEAD", owner.cookie)).status).toBe(404);
    expect((await tusRequest(url, "HEAD", owner.cookie)).headers.get("upload-offset")).toBe(offset);
    // The owner at a wrong offset: the protocol's conflict, coded so that the browser retries it
    // (a policy's CONFLICT 409 is final).
    const wrong = await tusRequest(url, "PATCH", owner.cookie, { "Upload-Offset": "0", "Content-Type": "application/offset+octet-stream" }, Buffer.from("x"));
    expect(wrong).toMatchObject({ status: 409, json: { error: { code: "UPLOAD_OFFSET", message: "上传进度与服务器不一致，正在重新同步。" } } });
    expect((await tusRequest(url, "HEAD", owner.cookie)).headers.get("upload-offset")).toBe(offset);
    const done = await tusUpload({ endpoint: rig.endpoint, uploadUrl: url, bytes, cookie: owner.cookie, metadata: meta(owner.attemptId, bytes) });
    expect(done.ok).toBe(true);
    // Finished: still nobody else's.
    expect((await tusRequest(url, "HEAD", intruder.cookie)).status).toBe(404);
  });

  it("refuses chunks after the deadline + grace with a Chinese message; what was stored before stays", async () => {
    const c = await candidate(rig, { deadline: Date.now() + 60_000 });
    const early = pngBytes(200_000);
    expect((await tusUpload({ endpoint: rig.endpoint, bytes: early, cookie: c.cookie, metadata: meta(c.attemptId, early, "早.png") })).ok).toBe(true);
    const late = pngBytes(3 * MB);
    const partial = await tusUpload({ endpoint: rig.endpoint, bytes: late, cookie: c.cookie, metadata: meta(c.attemptId, late, "晚.png"), stopAt: MB });
    rig.policy.setClock(() => Date.now() + 66_000); // past deadline + 5 s of grace
    const refused = await tusUpload({ endpoint: rig.endpoint, uploadUrl: partial.url!, bytes: late, cookie: c.cookie, metadata: meta(c.attemptId, late, "晚.png") });
    expect(refused).toMatchObject({ ok: false, status: 409, body: { error: { code: "DEADLINE_PASSED", message: "考试时间已到，不能再上传文件；之前已保存的文件不受影响。" } } });
    const stored = [...rig.policy.completed.values()].filter((f) => f.meta.attemptId === c.attemptId);
    expect(stored.map((f) => f.originalName)).toEqual(["早.png"]);
    expect(await rig.storage.stat(stored[0]!.storageKey)).toEqual({ size: early.length });
    // A new upload is refused too.
    expect((await create(c.cookie, "1000", meta(c.attemptId, late))).json?.error?.code).toBe("DEADLINE_PASSED");
  });

  it("treats a file without magic bytes as text only if it looks like text: a GBK CSV passes, a binary blob does not", async () => {
    const c = await candidate(rig, { allowedMimes: ["text/csv"] });
    const csv = Buffer.from([...Buffer.from("商品,价格\r\n"), 0xc9, 0xcc, 0xc6, 0xb7, ...Buffer.from(",12.5\r\n")]);
    expect(await tusUpload({ endpoint: rig.endpoint, bytes: csv, cookie: c.cookie, metadata: meta(c.attemptId, csv, "清洗结果.csv") })).toMatchObject({ ok: true });
    expect([...rig.policy.completed.values()].find((f) => f.meta.attemptId === c.attemptId)?.mime).toBe("text/csv");
    const blob = Buffer.from([0x01, 0x02, 0x00, 0x41, 0x42, 0x43, 0x00, 0x07]);
    expect(await tusUpload({ endpoint: rig.endpoint, bytes: blob, cookie: c.cookie, metadata: meta(c.attemptId, blob, "x.csv") })).toMatchObject({ ok: false, status: 422 });
    const png = pngBytes(5000);
    expect(await tusUpload({ endpoint: rig.endpoint, bytes: png, cookie: c.cookie, metadata: meta(c.attemptId, png, "table.csv") })).toMatchObject({ ok: false, status: 422 });
  });

  it("serves Web Requests (the Next.js route's path) the same way", async () => {
    const c = await candidate(rig);
    const bytes = pngBytes(10_000);
    const metadata = Object.entries(meta(c.attemptId, bytes))
      .map(([k, v]) => `${k} ${Buffer.from(v).toString("base64")}`)
      .join(",");
    const created = await rig.handler.handle(
      new Request("http://localhost/api/uploads", { method: "POST", headers: { "Tus-Resumable": "1.0.0", "Upload-Length": String(bytes.length), "Upload-Metadata": metadata, cookie: c.cookie } }),
      { secret: SECRET },
    );
    expect(created.status).toBe(201);
    const location = created.headers.get("location")!;
    expect(location).toMatch(/^\/api\/uploads\/[0-9a-f]{32}$/);
    const patched = await rig.handler.handle(
      new Request(`http://localhost${location}`, {
        method: "PATCH",
        headers: { "Tus-Resumable": "1.0.0", "Upload-Offset": "0", "Content-Type": "application/offset+octet-stream", cookie: c.cookie },
        body: bytes,
        duplex: "half",
      } as RequestInit),
      { secret: SECRET },
    );
    expect(patched.status).toBe(200);
    expect(await patched.json()).toEqual({ result: { fileId: expect.stringMatching(/^file-/) } });
    const anonymous = await rig.handler.handle(new Request(`http://localhost${location}`, { method: "HEAD", headers: { "Tus-Resumable": "1.0.0" } }), { secret: SECRET });
    expect(anonymous.status).toBe(401);
  });

  it("sweeps unfinished uploads and receipts after the set age", async () => {
    const c = await candidate(rig);
    const bytes = pngBytes(2 * MB);
    await tusUpload({ endpoint: rig.endpoint, bytes, cookie: c.cookie, metadata: meta(c.attemptId, bytes), stopAt: MB });
    expect(listPartials(rig).length).toBeGreaterThan(0);
    const receipts = fs.readdirSync(path.join(rig.partialDir, "receipts"));
    expect(receipts.length).toBeGreaterThan(0);
    expect(await rig.handler.sweep(Date.now())).toMatchObject({ partials: 0, receipts: 0 });
    const later = Date.now() + 25 * 3600_000;
    const swept = await rig.handler.sweep(later);
    expect(swept.partials).toBeGreaterThan(0);
    expect(swept.receipts).toBe(receipts.length);
    expect(listPartials(rig)).toEqual([]);
    expect(fs.readdirSync(path.join(rig.partialDir, "receipts"))).toEqual([]);
  });
});
