// When a handed-in file counts (issue 14 review): by the instant its last byte reached the server,
// decided under the attempt's row lock — not by the time hashing and storing it finished, and not
// before a submit that was committed meanwhile. tus-js-client in Node → the launcher's front server
// → the upload engine → the real "skill-deliverable" policy on a real PostgreSQL → folder storage.
// Time spent hashing/storing is stood for by an injected monotonic clock (the upload engine's
// `clock`) and the attempt's stored deadline; no sleeps.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import "@/server/uploads/policies";
import { getEnv } from "@/server/env";
import { closeExpiredAttempts } from "@/server/exam/close-expired";
import { startAttempt } from "@/server/exam/start-attempt";
import { submitSkillAttempt } from "@/server/skill/attempt/submit-skill";
import { getStorage } from "@/server/storage";
import type { FileStorage } from "@/server/storage/types";
import { createUploadHandler, type UploadHandler } from "@/server/uploads/handler";
import { prisma, resetDatabase } from "./helpers/db";
import { createCandidate } from "./helpers/exam-fixture";
import { createSkillTask, publishedSkillSession } from "./helpers/skill-fixture";
import { pngBytes, sessionCookie, sha256, startUploadFront, tusUpload } from "./helpers/uploads";

vi.hoisted(() => {
  // Before any module reads the environment: stored files (and the checks' probes) use a folder of this run.
  process.env.STORAGE_DIR = `${process.env.TMPDIR ?? "/tmp"}/skill-upload-timing-${process.pid}-${Date.now()}`;
});

const MB = 1024 * 1024;
const AFTER_DEADLINE = "考试时间已到，不能再上传文件；之前已保存的文件不受影响。";
const SUBMITTED = "考试已交卷，不能再上传文件；交卷前已保存的文件不受影响。";
let endpoint: string;
let handler: UploadHandler;
let stop: () => Promise<void>;
let versionId: string;
/** Added to the upload engine's monotonic clock: time that passed while a file was hashed and stored. */
let clockOffset = 0;
/** Runs once, when the next verified file is about to be stored (the slow step of a large file). */
let beforePut: ((key: string) => Promise<void>) | null = null;

beforeAll(async () => {
  await resetDatabase();
  const base = getStorage();
  const storage: FileStorage = {
    driver: base.driver,
    async put(key, body, meta) {
      const hook = beforePut;
      beforePut = null;
      if (hook) await hook(key);
      return base.put(key, body, meta);
    },
    get: (key, range) => base.get(key, range),
    stat: (key) => base.stat(key),
    delete: (key) => base.delete(key),
  };
  const partialDir = fs.mkdtempSync(path.join(os.tmpdir(), "skill-timing-partial-"));
  handler = createUploadHandler({ partialDir, storage, maxBytes: 64 * MB, maxAgeMs: 24 * 3600_000, clock: () => performance.now() + clockOffset });
  const served = await startUploadFront(handler);
  endpoint = served.endpoint;
  stop = async () => {
    await served.stop();
    fs.rmSync(partialDir, { recursive: true, force: true });
    fs.rmSync(process.env.STORAGE_DIR!, { recursive: true, force: true });
  };
  versionId = (await createSkillTask()).id;
});
afterAll(async () => stop?.());

/** A fresh candidate in their own skill session, attempt started (60 minutes). */
async function freshAttempt() {
  const c = await createCandidate("计时考生");
  const { session } = await publishedSkillSession({ versionIds: [versionId], candidateIds: [c.id] });
  const { attemptId } = await startAttempt({ candidateId: c.id, sessionId: session.id });
  return { candidateId: c.id, attemptId, cookie: await sessionCookie(c.userId, c.id) };
}

const realPng = () => sharp({ create: { width: 64, height: 64, channels: 3, background: { r: 200, g: 30, b: 30 } } }).png().toBuffer();
const meta = (attemptId: string, bytes: Buffer, filename: string) => ({ purpose: "skill-deliverable", attemptId, taskVersionId: versionId, deliverableId: "main-image", filename, sha256: sha256(bytes) });
const currentImages = (attemptId: string) => prisma.submissionFile.findMany({ where: { attemptId, deliverableId: "main-image", replacedAt: null }, include: { file: true } });
const imageCheck = async (attemptId: string) =>
  (await prisma.checkResult.findFirst({ where: { attemptId, deliverableId: "main-image", checkIndex: 0 } }))?.result as { passed: boolean; findings: Array<{ key: string }> } | undefined;

/** Moves the attempt's deadline so that deadline + grace was `secondsAgo` seconds ago on the database's clock. */
async function deadlineGraceWas(attemptId: string, secondsAgo: number) {
  const grace = getEnv().SAVE_GRACE_SECONDS;
  await prisma.$executeRaw`UPDATE "Attempt" SET deadline = now() - make_interval(secs => ${grace + secondsAgo}) WHERE id = ${attemptId}`;
}

/** Waits until some statement of this database waits for a row lock taken FOR UPDATE (the policy's complete()). */
async function untilCompleteWaitsForTheLock() {
  await vi.waitFor(
    async () => {
      const [row] = await prisma.$queryRaw<Array<{ n: number }>>`
        SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE '%FOR UPDATE%'`;
      expect(row!.n).toBeGreaterThan(0);
    },
    { timeout: 20_000, interval: 50 },
  );
}

/** Holds a FOR KEY SHARE lock on the attempt row until released: the policy's FOR UPDATE waits, a submit (an UPDATE of non-key columns) does not. */
async function holdKeyShare(attemptId: string) {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  let holding!: () => void;
  const held = new Promise<void>((r) => (holding = r));
  const tx = prisma.$transaction(
    async (t) => {
      await t.$queryRaw`SELECT id FROM "Attempt" WHERE id = ${attemptId} FOR KEY SHARE`;
      holding();
      await released;
    },
    { timeout: 60_000 },
  );
  await held;
  return async () => {
    release();
    await tx;
  };
}

describe("when a handed-in file counts", () => {
  it("a file whose last byte arrived before deadline + grace is recorded, though storing it ran past the grace and the sweep submitted the attempt meanwhile", async () => {
    const p = await freshAttempt();
    const bytes = await realPng();
    beforePut = async () => {
      clockOffset += 10 * 60_000; // hashing and storing took ten minutes …
      await deadlineGraceWas(p.attemptId, 5 * 60); // … and deadline + grace passed five minutes ago
      expect(await closeExpiredAttempts({ attemptId: p.attemptId })).toBe(1); // the sweep submitted the attempt
    };
    const out = await tusUpload({ endpoint, bytes, cookie: p.cookie, metadata: meta(p.attemptId, bytes, "主图.png") });
    expect(out).toMatchObject({ ok: true, status: 200 });
    const [sub] = await currentImages(p.attemptId);
    expect(sub!.file).toMatchObject({ sha256: sha256(bytes), size: bytes.length, originalName: "主图.png" });
    expect(await prisma.attempt.findUniqueOrThrow({ where: { id: p.attemptId } })).toMatchObject({ status: "submitted", submittedBy: "deadline" });
    // Recorded into a submitted attempt: its checks ran again and cover the file.
    expect(await imageCheck(p.attemptId)).toMatchObject({ passed: true });
  });

  it("a file whose last byte arrived after deadline + grace is refused when it completes, and its stored copy deleted", async () => {
    const p = await freshAttempt();
    const bytes = await realPng();
    let key = "";
    beforePut = async (k) => {
      key = k;
      clockOffset += 60_000; // storing took one minute, but deadline + grace passed five minutes ago
      await deadlineGraceWas(p.attemptId, 5 * 60);
    };
    const out = await tusUpload({ endpoint, bytes, cookie: p.cookie, metadata: meta(p.attemptId, bytes, "晚.png") });
    expect(out).toMatchObject({ ok: false, status: 409, body: { error: { code: "DEADLINE_PASSED", message: AFTER_DEADLINE } } });
    expect(key).not.toBe("");
    expect(await getStorage().stat(key)).toBeNull();
    expect(await currentImages(p.attemptId)).toEqual([]);
    expect(await prisma.storedFile.count({ where: { storageKey: key } })).toBe(0);
  });

  it("a file whose last byte arrived before a submit that commits while it is being recorded is kept, and the checks are run again over it", async () => {
    const p = await freshAttempt();
    const bytes = await realPng();
    const releaseLock = await holdKeyShare(p.attemptId);
    const upload = tusUpload({ endpoint, bytes, cookie: p.cookie, metadata: meta(p.attemptId, bytes, "主图.png") });
    await untilCompleteWaitsForTheLock(); // all bytes are in; complete() waits for the attempt's row lock
    const submitted = await submitSkillAttempt({ attemptId: p.attemptId, candidateId: p.candidateId });
    expect(submitted).toMatchObject({ submitted: true, justNow: true });
    // The submit's own checks ran before the file was recorded: no file then.
    expect(await imageCheck(p.attemptId)).toMatchObject({ passed: false, findings: [{ key: "checks.evidence.noFile" }] });
    await releaseLock();
    const out = await upload;
    expect(out).toMatchObject({ ok: true, status: 200 });
    expect((await currentImages(p.attemptId)).map((s) => s.file.sha256)).toEqual([sha256(bytes)]);
    expect(await imageCheck(p.attemptId)).toMatchObject({ passed: true });
    expect(await prisma.attemptEvent.count({ where: { attemptId: p.attemptId, kind: "checks-computed" } })).toBe(1);
  });

  it("a file whose last byte arrives after the candidate submitted is refused, though its chunk was admitted before the submit", async () => {
    const p = await freshAttempt();
    const bytes = pngBytes(2 * MB);
    const created = await fetch(endpoint, {
      method: "POST",
      headers: {
        "Tus-Resumable": "1.0.0",
        cookie: p.cookie,
        "Upload-Length": String(bytes.length),
        "Upload-Metadata": Object.entries(meta(p.attemptId, bytes, "慢.png"))
          .map(([k, v]) => `${k} ${Buffer.from(v).toString("base64")}`)
          .join(","),
      },
    });
    expect(created.status).toBe(201);
    const url = new URL(created.headers.get("Location")!, endpoint).toString();
    // One chunk: admitted (the attempt is in progress), its body streams in slowly.
    let push!: ReadableStreamDefaultController<Uint8Array>;
    const body = new ReadableStream<Uint8Array>({ start: (c) => void (push = c) });
    const patch = fetch(url, {
      method: "PATCH",
      headers: { "Tus-Resumable": "1.0.0", cookie: p.cookie, "Upload-Offset": "0", "Content-Type": "application/offset+octet-stream" },
      body,
      duplex: "half",
    } as RequestInit);
    push.enqueue(new Uint8Array(bytes.subarray(0, bytes.length - 10)));
    const id = new URL(url).pathname.split("/").pop()!;
    await vi.waitFor(() => expect(fs.statSync(path.join(handler.tusDir, id)).size).toBe(bytes.length - 10), { timeout: 20_000, interval: 50 });
    // The candidate submits; then the last ten bytes arrive.
    expect(await submitSkillAttempt({ attemptId: p.attemptId, candidateId: p.candidateId })).toMatchObject({ submitted: true });
    push.enqueue(new Uint8Array(bytes.subarray(bytes.length - 10)));
    push.close();
    const res = await patch;
    expect(res.status).toBe(409);
    expect(await res.json()).toEqual({ error: { code: "DEADLINE_PASSED", message: SUBMITTED } });
    expect(await currentImages(p.attemptId)).toEqual([]);
    expect(await prisma.storedFile.count({ where: { originalName: "慢.png" } })).toBe(0);
  });
});
