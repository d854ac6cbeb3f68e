// The FileStorage contract, run against both drivers: the folder driver on a temporary folder and
// the S3 driver against a local S3-compatible server (s3rver) that this test starts.
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/server/errors";
import { FolderStorage, type FileStorage } from "@/server/storage";
import { startLocalS3, type LocalS3 } from "./helpers/s3-server";

const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream as AsyncIterable<Buffer>) chunks.push(Buffer.from(c));
  return Buffer.concat(chunks);
}

/** A stream of `buffer` in uneven chunks. */
function chunked(buffer: Buffer, size = 64 * 1024 + 7): Readable {
  const parts: Buffer[] = [];
  for (let i = 0; i < buffer.length; i += size) parts.push(buffer.subarray(i, i + size));
  return Readable.from(parts);
}

/** A stream that delivers `good` bytes and then fails, like a client that disconnected. */
function failingAfter(good: Buffer): Readable {
  let sent = false;
  return new Readable({
    read() {
      if (!sent) {
        sent = true;
        this.push(good);
      } else this.destroy(new Error("client went away"));
    },
  });
}

async function rejectsWith(promise: Promise<unknown>, code: AppError["code"]) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
}

let folderRoot: string;
let s3: LocalS3;
const drivers: Record<"folder" | "s3", () => FileStorage> = {
  folder: () => new FolderStorage(folderRoot),
  s3: () => s3.storage,
};

beforeAll(async () => {
  folderRoot = fs.mkdtempSync(path.join(os.tmpdir(), "storage-folder-"));
  s3 = await startLocalS3();
});

afterAll(async () => {
  await s3?.stop();
  fs.rmSync(folderRoot, { recursive: true, force: true });
});

describe.each(["folder", "s3"] as const)("FileStorage contract: %s driver", (driver) => {
  const store = () => drivers[driver]();

  it("stores a buffer, reports its size and SHA-256, and reads it back byte for byte", async () => {
    const bytes = randomBytes(100_003);
    const out = await store().put("contract/buffer.bin", bytes, { contentType: "application/octet-stream" });
    expect(out).toEqual({ size: bytes.length, sha256: sha(bytes) });
    expect(store().driver).toBe(driver);
    expect(await store().stat("contract/buffer.bin")).toEqual({ size: bytes.length });
    expect((await readAll(await store().get("contract/buffer.bin"))).equals(bytes)).toBe(true);
  });

  it("streams a large body (several multipart parts) and measures it while writing", async () => {
    const bytes = randomBytes(12 * 1024 * 1024 + 11);
    const out = await store().put("contract/deep/large.bin", chunked(bytes), { contentType: "image/jpeg" });
    expect(out).toEqual({ size: bytes.length, sha256: sha(bytes) });
    const back = await readAll(await store().get("contract/deep/large.bin"));
    expect(back.length).toBe(bytes.length);
    expect(sha(back)).toBe(sha(bytes));
  });

  it("stores an empty body", async () => {
    const out = await store().put("contract/empty.txt", Buffer.alloc(0), { contentType: "text/plain" });
    expect(out).toEqual({ size: 0, sha256: sha(Buffer.alloc(0)) });
    expect(await store().stat("contract/empty.txt")).toEqual({ size: 0 });
  });

  it("overwrites a key", async () => {
    await store().put("contract/over.txt", Buffer.from("第一版"), { contentType: "text/plain" });
    await store().put("contract/over.txt", chunked(Buffer.from("第二版，更长一些"), 3), { contentType: "text/plain" });
    expect((await readAll(await store().get("contract/over.txt"))).toString("utf8")).toBe("第二版，更长一些");
  });

  it("serves byte ranges with an inclusive end, clamps an end past the last byte, refuses unsatisfiable ranges", async () => {
    const bytes = Buffer.from("0123456789abcdef");
    await store().put("contract/range.txt", bytes, { contentType: "text/plain" });
    const range = async (start: number, end: number) => (await readAll(await store().get("contract/range.txt", { start, end }))).toString();
    // (A range ending at byte 0 is left out: s3rver serves the whole object for "bytes=0-0".)
    expect(await range(0, 1)).toBe("01");
    expect(await range(1, 1)).toBe("1");
    expect(await range(5, 9)).toBe("56789");
    expect(await range(10, 1000)).toBe("abcdef");
    await rejectsWith(store().get("contract/range.txt", { start: 16, end: 20 }), "VALIDATION");
    await rejectsWith(store().get("contract/range.txt", { start: 5, end: 4 }), "VALIDATION");
    await rejectsWith(store().get("contract/range.txt", { start: -1, end: 4 }), "VALIDATION");
  });

  it("answers NOT_FOUND / null for absent keys and deletes idempotently", async () => {
    await rejectsWith(store().get("contract/absent.bin"), "NOT_FOUND");
    expect(await store().stat("contract/absent.bin")).toBeNull();
    await store().delete("contract/absent.bin");
    await store().put("contract/doomed.bin", Buffer.from("x"), { contentType: "application/octet-stream" });
    await store().delete("contract/doomed.bin");
    expect(await store().stat("contract/doomed.bin")).toBeNull();
    await rejectsWith(store().get("contract/doomed.bin"), "NOT_FOUND");
  });

  it("never leaves a half-written object: a body that fails midway keeps the previous version", async () => {
    await store().put("contract/safe.bin", Buffer.from("complete earlier version"), { contentType: "application/octet-stream" });
    await expect(store().put("contract/safe.bin", failingAfter(randomBytes(6 * 1024 * 1024)), { contentType: "application/octet-stream" })).rejects.toThrow();
    expect((await readAll(await store().get("contract/safe.bin"))).toString()).toBe("complete earlier version");
    await expect(store().put("contract/never.bin", failingAfter(randomBytes(1024)), { contentType: "application/octet-stream" })).rejects.toThrow();
    expect(await store().stat("contract/never.bin")).toBeNull();
  });

  it("refuses keys that could escape the store, before touching anything", async () => {
    for (const key of ["../escape.txt", "/abs.txt", "a//b.txt", "a/../../b.txt", ".hidden", "a/.tmp/x", "a\\b.txt", "", "a/b/", "nul\0.txt", "名字.txt", "x".repeat(600)]) {
      await rejectsWith(store().put(key, Buffer.from("x"), { contentType: "text/plain" }), "INTERNAL");
      await rejectsWith(store().get(key), "INTERNAL");
      await rejectsWith(store().stat(key), "INTERNAL");
      await rejectsWith(store().delete(key), "INTERNAL");
    }
    if (driver === "folder") expect(fs.existsSync(path.join(folderRoot, "..", "escape.txt"))).toBe(false);
  });
});

describe("folder driver specifics", () => {
  // S3 guarantees this for its PUTs (last writer wins, whole objects); s3rver writes in place and
  // does not, so this one is the folder driver's.
  it("keeps concurrent writers of one key apart: the result is one complete version", async () => {
    const storage = new FolderStorage(folderRoot);
    const a = randomBytes(3 * 1024 * 1024);
    const b = randomBytes(3 * 1024 * 1024);
    const [ra, rb] = await Promise.all([
      storage.put("contract/race.bin", chunked(a), { contentType: "application/octet-stream" }),
      storage.put("contract/race.bin", chunked(b), { contentType: "application/octet-stream" }),
    ]);
    expect([ra.sha256, rb.sha256]).toEqual([sha(a), sha(b)]);
    expect([sha(a), sha(b)]).toContain(sha(await readAll(await storage.get("contract/race.bin"))));
  });

  it("writes through a temporary file that never stays behind, and sweeps stale ones", async () => {
    const storage = new FolderStorage(folderRoot);
    await expect(storage.put("specific/x.bin", failingAfter(randomBytes(2048)), { contentType: "application/octet-stream" })).rejects.toThrow();
    const tmp = path.join(folderRoot, ".tmp");
    expect(fs.readdirSync(tmp)).toEqual([]);
    const stale = path.join(tmp, "left-by-a-crash.part");
    fs.writeFileSync(stale, "partial");
    const old = new Date(Date.now() - 3 * 24 * 3600_000);
    fs.utimesSync(stale, old, old);
    fs.writeFileSync(path.join(tmp, "fresh.part"), "in flight");
    expect(await storage.sweepTemporary(24 * 3600_000)).toBe(1);
    expect(fs.readdirSync(tmp)).toEqual(["fresh.part"]);
  });

  it("maps keys to paths inside its root", () => {
    const storage = new FolderStorage(folderRoot);
    expect(storage.pathOf("a/b/c.pdf")).toBe(path.join(folderRoot, "a", "b", "c.pdf"));
  });
});
