// The browser's upload engine (src/ui/uploads/upload-job.ts) against the real endpoint, in Node:
// tus-js-client's Node build with a Blob reader and an in-memory URL storage stand in for the
// browser's File reading and localStorage. A second job for the same slot plays the reload.
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import type * as tus from "tus-js-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FolderStorage } from "@/server/storage";
import { createUploadHandler } from "@/server/uploads/handler";
import { registerUploadPolicy } from "@/server/uploads/policy";
import { UploadJob, type UploadEvent } from "@/ui/uploads/upload-job";
import { freePort, startFrontServer } from "../../scripts/lib/front-server";
import { pngBytes, SECRET, sessionCookie, sha256, testPolicy } from "./helpers/uploads";

const PURPOSE = "engine-test";
const MB = 1024 * 1024;

/** tus-js-client's FileReader over a Blob, giving Buffers to its Node HTTP stack. */
const blobReader = {
  async openFile(input: Blob) {
    return {
      size: input.size,
      async slice(start: number, end: number) {
        const value = Buffer.from(await input.slice(start, end).arrayBuffer()) as Buffer & { size?: number };
        value.size = value.length;
        return { value, done: end >= input.size };
      },
      close() {},
    };
  },
};

/** localStorage's part in tus-js-client, in memory (kept across "reloads" of one test). */
function memoryUrlStorage(): tus.UrlStorage {
  const items = new Map<string, tus.PreviousUpload & { fingerprint: string }>();
  let n = 0;
  return {
    async findAllUploads() {
      return [...items.values()];
    },
    async findUploadsByFingerprint(fingerprint) {
      return [...items.values()].filter((u) => u.fingerprint === fingerprint);
    },
    async removeUpload(key) {
      items.delete(key);
    },
    async addUpload(fingerprint, upload) {
      const key = `tus::${fingerprint}::${++n}`;
      items.set(key, { ...upload, urlStorageKey: key, fingerprint });
      return key;
    },
  };
}

let front: http.Server;
let upstream: http.Server;
let endpoint: string;
let partialDir: string;
let folder: string;
const policy = testPolicy();

beforeAll(async () => {
  partialDir = fs.mkdtempSync(path.join(os.tmpdir(), "engine-partial-"));
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "engine-files-"));
  const handler = createUploadHandler({ partialDir, storage: new FolderStorage(folder), maxBytes: 64 * MB, maxAgeMs: 3600_000 });
  upstream = http.createServer((_req, res) => res.writeHead(299).end());
  const upstreamPort = await freePort();
  await new Promise<void>((r) => upstream.listen(upstreamPort, "127.0.0.1", () => r()));
  const port = await freePort();
  front = await startFrontServer({ port, upstreamPort, authSecret: SECRET, uploads: handler });
  endpoint = `http://127.0.0.1:${port}/api/uploads`;
  registerUploadPolicy(PURPOSE, policy.policy);
});

afterAll(async () => {
  front.closeAllConnections();
  await new Promise((r) => front.close(r));
  await new Promise((r) => upstream.close(r));
  fs.rmSync(partialDir, { recursive: true, force: true });
  fs.rmSync(folder, { recursive: true, force: true });
});

async function seat(overrides: Partial<{ deadline: number }> = {}) {
  const candidateId = randomUUID();
  const attemptId = randomUUID();
  policy.attempts.set(attemptId, { candidateId, deadline: Date.now() + 3600_000, maxBytes: 16 * MB, allowedMimes: ["image/png"], ...overrides });
  return { attemptId, cookie: await sessionCookie(randomUUID(), candidateId) };
}

function job(file: File, s: { attemptId: string; cookie: string }, urlStorage: tus.UrlStorage, onEvent: (e: UploadEvent, job: UploadJob) => void) {
  const meta = { attemptId: s.attemptId, deliverableId: "d1" };
  const created: UploadJob = new UploadJob({
    file,
    purpose: PURPOSE,
    meta,
    slotKey: `${PURPOSE}|${s.attemptId}|d1`,
    endpoint,
    chunkSize: MB,
    keepForReload: false,
    texts: () => ({ failed: "上传失败，请重试。", readFailed: "无法读取所选文件" }),
    emit: (e) => onEvent(e, created),
    tusOptions: { fileReader: blobReader as unknown as tus.UploadOptions["fileReader"], urlStorage, headers: { cookie: s.cookie } },
  });
  return created;
}

/** Runs a job until it is stored or failed (or `stopWhen` says to stop it). */
function runUntil(file: File, s: { attemptId: string; cookie: string }, urlStorage: tus.UrlStorage, stopWhen?: (e: UploadEvent) => boolean): Promise<UploadEvent[]> {
  return new Promise((resolve) => {
    const events: UploadEvent[] = [];
    const j = job(file, s, urlStorage, (e, self) => {
      events.push(e);
      if (stopWhen?.(e)) {
        self.stop(false);
        resolve(events);
      } else if (e.type === "stored" || e.type === "failed") resolve(events);
    });
    void j.run();
  });
}

describe("browser upload engine against the endpoint", () => {
  it("hashes, uploads, and after a 'reload' resumes the same upload where it stopped", async () => {
    const s = await seat();
    const bytes = pngBytes(6 * MB);
    const file = new File([new Uint8Array(bytes)], "主图.png", { type: "image/png" });
    const storage = memoryUrlStorage();
    const grantsBefore = policy.calls.grant;

    const first = await runUntil(file, s, storage, (e) => e.type === "uploading" && e.percent >= 40);
    expect(first[0]).toEqual({ type: "hashing", percent: 0, fileName: "主图.png" });
    expect(first.some((e) => e.type === "hashing" && e.percent === 100)).toBe(true);
    expect((await storage.findAllUploads()).length).toBe(1);

    const second = await runUntil(file, s, storage);
    expect(second.at(-1)).toEqual({ type: "stored", result: { fileId: expect.stringMatching(/^file-/) } });
    // Resumed, not started again: one creation in all, and progress picked up past 40 %.
    expect(policy.calls.grant - grantsBefore).toBe(1);
    const firstUploading = second.find((e) => e.type === "uploading" && e.percent > 0);
    expect(firstUploading && firstUploading.type === "uploading" && firstUploading.percent).toBeGreaterThanOrEqual(40);
    expect(second.filter((e) => e.type === "uploading").every((e) => e.type === "uploading" && e.percent <= 99)).toBe(true);
    const stored = [...policy.completed.values()].find((f) => f.meta.attemptId === s.attemptId)!;
    expect(stored).toMatchObject({ sha256: sha256(bytes), size: bytes.length, originalName: "主图.png", meta: { deliverableId: "d1", purpose: PURPOSE } });
    // Stored: the fingerprint is forgotten, so the next choice of a file starts afresh.
    expect(await storage.findAllUploads()).toEqual([]);
  });

  it("surfaces the server's refusal in Chinese at once, without retrying", async () => {
    const s = await seat({ deadline: Date.now() - 60_000 });
    const file = new File([new Uint8Array(pngBytes(100_000))], "晚.png");
    const started = Date.now();
    const events = await runUntil(file, s, memoryUrlStorage());
    expect(events.at(-1)).toEqual({ type: "failed", error: "考试时间已到，不能再上传文件；之前已保存的文件不受影响。", retryable: false });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("retries a server-side failure and ends stored", async () => {
    const s = await seat();
    policy.failCompleteOnce();
    const events = await runUntil(new File([new Uint8Array(pngBytes(300_000))], "重试.png"), s, memoryUrlStorage());
    expect(events.at(-1)).toMatchObject({ type: "stored" });
  });
});
