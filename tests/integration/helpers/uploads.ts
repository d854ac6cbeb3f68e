// Helpers for the upload tests: a test UploadPolicy (the real one is the skill domain's), real
// file bytes of known types, a tus-js-client upload in Node, and minted session cookies.
import { createHash, randomBytes } from "node:crypto";
import http from "node:http";
import { deflateRawSync } from "node:zlib";
import { encode } from "next-auth/jwt";
import * as tus from "tus-js-client";
import { AppError } from "@/server/errors";
import type { UploadHandler } from "@/server/uploads/node";
import type { UploadCaller, UploadMeta, UploadPolicy, VerifiedFile } from "@/server/uploads/policy";
import { freePort, startFrontServer } from "../../../scripts/lib/front-server";
import { prisma } from "./db";

export const SECRET = "uploads-test-secret-0123456789abcdef";
export const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");

/**
 * A session cookie for `userId`. The upload endpoint checks the token against the user row
 * (active account, current session version: src/server/uploads/caller.ts), so the user is
 * created when missing.
 */
export async function sessionCookie(userId: string, candidateId: string | null): Promise<string> {
  await prisma.user.upsert({ where: { id: userId }, create: { id: userId, displayName: "上传测试", roles: ["CANDIDATE"] }, update: {} });
  const token = await encode({ token: { sub: userId, cid: candidateId }, secret: SECRET, salt: "authjs.session-token", maxAge: 3600 });
  return `authjs.session-token=${token}`;
}

/** A test attempt: who owns it, until when uploads are accepted, what it takes. */
export type TestAttempt = { candidateId: string; deadline: number; maxBytes: number; allowedMimes: string[] };

/**
 * A policy like the skill domain's: the attempt (metadata `attemptId`) must be the caller's
 * (else NOT_FOUND), uploads are accepted until its deadline + 5 s of grace (clock settable),
 * and complete() records the file (idempotently per storage key) and returns its id.
 */
export function testPolicy() {
  const attempts = new Map<string, TestAttempt>();
  const completed = new Map<string, VerifiedFile & { fileId: string }>();
  const calls = { grant: 0, check: 0, complete: 0 };
  let now = () => Date.now();
  let failNextComplete = false;
  let n = 0;
  const own = (caller: UploadCaller, attemptId: string | undefined) => {
    const attempt = attemptId ? attempts.get(attemptId) : undefined;
    if (!attempt || attempt.candidateId !== caller.candidateId) throw new AppError("NOT_FOUND", { message: "未找到这场考试" });
    if (now() > attempt.deadline + 5000) throw new AppError("DEADLINE_PASSED", { message: "考试时间已到，不能再上传文件；之前已保存的文件不受影响。" });
    return attempt;
  };
  const policy: UploadPolicy = {
    async grant(caller: UploadCaller, meta: UploadMeta) {
      calls.grant += 1;
      const attempt = own(caller, meta.attemptId);
      n += 1;
      return { ownerKey: meta.attemptId!, maxBytes: attempt.maxBytes, allowedMimes: attempt.allowedMimes, storageKey: `test/${meta.attemptId}/${Date.now()}-${n}` };
    },
    async check(caller: UploadCaller, ownerKey: string) {
      calls.check += 1;
      own(caller, ownerKey);
    },
    async complete(_caller: UploadCaller, file: VerifiedFile) {
      calls.complete += 1;
      if (failNextComplete) {
        failNextComplete = false;
        throw new Error("database went away");
      }
      const existing = completed.get(file.storageKey);
      if (existing) return { fileId: existing.fileId };
      const fileId = `file-${completed.size + 1}`;
      completed.set(file.storageKey, { ...file, fileId });
      return { fileId };
    },
  };
  return {
    policy,
    attempts,
    completed,
    calls,
    setClock(fn: () => number) {
      now = fn;
    },
    failCompleteOnce() {
      failNextComplete = true;
    },
  };
}

/** A well-formed PNG chunk layout (signature, IHDR, one IDAT of random data, IEND) of `size` bytes: image/png by content. */
export function pngBytes(size: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, "latin1");
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
    return Buffer.concat([head, data, crc]);
  };
  const ihdr = Buffer.from("00000010000000100806000000", "hex");
  const signature = Buffer.from("89504e470d0a1a0a", "hex");
  return Buffer.concat([signature, chunk("IHDR", ihdr), chunk("IDAT", randomBytes(Math.max(0, size - 57))), chunk("IEND", Buffer.alloc(0))]);
}

/** A real ZIP archive (one deflated entry) of about `size` bytes. */
export function zipBytes(name = "data.bin", size = 4096): Buffer {
  const content = randomBytes(size);
  const data = deflateRawSync(content);
  const nameBuf = Buffer.from(name);
  const crc = crc32(content);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(content.length, 22);
  local.writeUInt16LE(nameBuf.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(content.length, 24);
  central.writeUInt16LE(nameBuf.length, 28);
  const centralOffset = local.length + nameBuf.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBuf.length, 12);
  end.writeUInt32LE(centralOffset, 16);
  return Buffer.concat([local, nameBuf, data, central, nameBuf, end]);
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

export type TusOutcome =
  | { ok: true; url: string; result: unknown; status: number }
  | { ok: false; url: string | null; status: number | null; body: { error?: { code: string; message: string } } | null };

/**
 * Uploads `bytes` with tus-js-client (the protocol client the browser hook uses) and resolves
 * when it succeeds or fails. `stopAt`: abort (drop the connection) once that many bytes were
 * sent; resolves then with ok: false, status null.
 */
export function tusUpload(options: {
  endpoint: string;
  bytes: Buffer;
  cookie: string;
  metadata: Record<string, string>;
  uploadUrl?: string;
  chunkSize?: number;
  retryDelays?: number[];
  stopAt?: number;
}): Promise<TusOutcome> {
  return new Promise((resolve) => {
    let settled = false;
    const upload: tus.Upload = new tus.Upload(options.bytes, {
      endpoint: options.endpoint,
      uploadUrl: options.uploadUrl,
      metadata: options.metadata,
      headers: { cookie: options.cookie },
      chunkSize: options.chunkSize ?? 1024 * 1024,
      retryDelays: options.retryDelays ?? [],
      onProgress(sent) {
        if (options.stopAt !== undefined && sent >= options.stopAt && !settled) {
          settled = true;
          void upload.abort().then(() => resolve({ ok: false, url: upload.url, status: null, body: null }));
        }
      },
      onSuccess({ lastResponse }) {
        if (settled) return;
        settled = true;
        const header = lastResponse.getHeader("Upload-Result");
        resolve({ ok: true, url: upload.url!, status: lastResponse.getStatus(), result: header ? JSON.parse(decodeURIComponent(header)) : undefined });
      },
      onError(error) {
        if (settled) return;
        settled = true;
        const res = (error as tus.DetailedError).originalResponse;
        let body = null;
        try {
          body = res ? JSON.parse(res.getBody()) : null;
        } catch {
          body = null;
        }
        resolve({ ok: false, url: upload.url, status: res?.getStatus() ?? null, body });
      },
    });
    upload.start();
  });
}

/**
 * The launcher's front server with `handler` for resumable uploads, in front of a stand-in for
 * Next.js that answers 299 to anything passed on. Returns the tus endpoint and a stop that closes
 * both servers.
 */
export async function startUploadFront(handler: UploadHandler): Promise<{ endpoint: string; stop: () => Promise<void> }> {
  const upstream = http.createServer((req, res) => req.resume().on("end", () => res.writeHead(299).end()));
  const upstreamPort = await freePort();
  await new Promise<void>((r) => upstream.listen(upstreamPort, "127.0.0.1", () => r()));
  const port = await freePort();
  const front = await startFrontServer({ port, upstreamPort, authSecret: SECRET, uploads: handler });
  return {
    endpoint: `http://127.0.0.1:${port}/api/uploads`,
    stop: async () => {
      front.closeAllConnections();
      await new Promise((r) => front.close(r));
      await new Promise((r) => upstream.close(r));
    },
  };
}
