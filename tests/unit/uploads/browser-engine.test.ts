// The browser side's pure parts: hashing a file both ways (Web Crypto and incremental), and what
// a failed upload request means for the candidate.
import { createHash, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { sha256OfBlob } from "@/ui/uploads/hash-file";
import { describeUploadFailure, isRetryableUploadStatus } from "@/ui/uploads/upload-errors";

const expected = (b: Buffer) => createHash("sha256").update(b).digest("hex");

describe("sha256OfBlob", () => {
  it("gives the same SHA-256 through Web Crypto and through incremental hashing", async () => {
    const bytes = randomBytes(9 * 1024 * 1024 + 5);
    const blob = new Blob([new Uint8Array(bytes)]);
    expect(await sha256OfBlob(blob)).toBe(expected(bytes));
    const progress: number[] = [];
    expect(await sha256OfBlob(blob, { forceIncremental: true, onProgress: (f) => progress.push(f) })).toBe(expected(bytes));
    expect(progress.length).toBeGreaterThanOrEqual(3);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(1);
  });

  it("hashes an empty file and stops when aborted", async () => {
    expect(await sha256OfBlob(new Blob([]))).toBe(expected(Buffer.alloc(0)));
    const controller = new AbortController();
    controller.abort();
    await expect(sha256OfBlob(new Blob([new Uint8Array(10)]), { forceIncremental: true, signal: controller.signal })).rejects.toThrow();
  });
});

describe("describeUploadFailure", () => {
  const response = (status: number, body: unknown) => ({ getStatus: () => status, getBody: () => (typeof body === "string" ? body : JSON.stringify(body)) });

  it("passes the server's message on and does not retry a refusal", () => {
    expect(describeUploadFailure(response(422, { error: { code: "VALIDATION", message: "文件类型不符合要求" } }))).toEqual({ message: "文件类型不符合要求", code: "VALIDATION", status: 422, retry: false });
    expect(describeUploadFailure(response(409, { error: { code: "DEADLINE_PASSED", message: "考试时间已到" } })).retry).toBe(false);
    expect(describeUploadFailure(response(404, { error: { code: "NOT_FOUND", message: "未找到" } })).retry).toBe(false);
    expect(describeUploadFailure(response(413, "")).retry).toBe(false);
  });

  it("gives up on a policy's 409 (count limit from another tab, paused) and passes its message on", () => {
    const limit = "「主图」最多 3 个文件，请先删除或替换一个";
    expect(describeUploadFailure(response(409, { error: { code: "CONFLICT", message: limit } }))).toEqual({ message: limit, code: "CONFLICT", status: 409, retry: false });
  });

  it("decides which statuses are final: every 4xx except 408, 423, 429 and the protocol's offset 409", () => {
    for (const status of [400, 401, 403, 404, 410, 413, 415, 422]) expect(isRetryableUploadStatus(status, "VALIDATION")).toBe(false);
    expect(isRetryableUploadStatus(409, "CONFLICT")).toBe(false);
    expect(isRetryableUploadStatus(409, "DEADLINE_PASSED")).toBe(false);
    expect(isRetryableUploadStatus(409, "UPLOAD_OFFSET")).toBe(true);
    for (const status of [0, 408, 423, 429, 500, 502, 503]) expect(isRetryableUploadStatus(status, null)).toBe(true);
  });

  it("retries network failures, server errors, progress conflicts and locks", () => {
    expect(describeUploadFailure(null)).toEqual({ message: null, code: null, status: 0, retry: true });
    expect(describeUploadFailure(response(502, "<html>bad gateway</html>"))).toMatchObject({ message: null, retry: true });
    expect(describeUploadFailure(response(409, { error: { code: "UPLOAD_OFFSET", message: "上传进度与服务器不一致" } })).retry).toBe(true);
    expect(describeUploadFailure(response(423, "")).retry).toBe(true);
  });
});
