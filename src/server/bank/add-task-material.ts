// Adds a material file to a skill task (issue 14): the bytes are received into a temporary file
// (counted and hashed on the way), their type is detected from the content, refused with a
// Chinese message naming the file unless it is DOCX, XLSX, CSV, an image, a video, PDF or ZIP
// (src/exam/materials.ts), stored through FileStorage, and linked to the task's editable version
// (a used version is never changed: v+1, task-fork.ts). Nothing is written for a refused file.
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { MAX_MATERIAL_BYTES, MAX_MATERIALS, materialRefusal, materialTitleFromName } from "@/exam/materials";
import { getPrisma } from "../db/client";
import { AppError } from "../errors";
import { getStorage } from "../storage";
import { detectFileType } from "../uploads/detect-type";
import { editableTaskVersionTx } from "./task-fork";

export type MaterialBody = Buffer | Uint8Array | NodeJS.ReadableStream | ReadableStream<Uint8Array>;

/** The file name as stored: its last path segment, control characters removed, at most 200 characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  return base.replace(/[\u0000-\u001f\u007f]/g, "").trim().slice(0, 200);
}

function toNodeStream(body: MaterialBody): NodeJS.ReadableStream {
  if (Buffer.isBuffer(body) || body instanceof Uint8Array) return Readable.from([Buffer.from(body)]);
  if (typeof (body as ReadableStream<Uint8Array>).getReader === "function") return Readable.fromWeb(body as WebReadableStream<Uint8Array>);
  return body as NodeJS.ReadableStream;
}

/** Copies the body to `file`, hashing and counting; refuses (VALIDATION) past MAX_MATERIAL_BYTES. */
async function receive(body: MaterialBody, file: string, name: string): Promise<{ size: number; sha256: string }> {
  const hash = createHash("sha256");
  let size = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length;
      if (size > MAX_MATERIAL_BYTES) return done(new AppError("VALIDATION", { message: materialRefusal({ name, size, mime: "" })! }));
      hash.update(chunk);
      done(null, chunk);
    },
  });
  await pipeline(toNodeStream(body), meter, fs.createWriteStream(file));
  return { size, sha256: hash.digest("hex") };
}

/**
 * Stores `body` as a material of the task named `name` (the original file name; `title` shown to
 * the candidate, default the name without its extension), appended after the existing materials.
 * Returns the version written (`newVersion` when the current one was used), the StoredFile id and
 * the material's position. Throws AppError VALIDATION (Chinese, naming the file) for an empty,
 * too large (MAX_MATERIAL_BYTES) or disallowed file, a missing name or too many materials
 * (MAX_MATERIALS); NOT_FOUND for an unknown task — before reading the body.
 */
export async function addTaskMaterial(options: { taskId: string; name: string; title?: string; body: MaterialBody; actorId: string; now: Date }) {
  const prisma = getPrisma();
  const name = cleanFileName(options.name);
  if (!name) throw new AppError("VALIDATION", { message: "材料文件缺少文件名", issues: [{ path: "name", message: "必填" }] });
  const title = (options.title ?? "").trim().slice(0, 200) || materialTitleFromName(name);
  const task = await prisma.task.findUnique({ where: { id: options.taskId }, select: { currentVersionId: true } });
  if (!task?.currentVersionId) throw new AppError("NOT_FOUND");

  const tmp = path.join(os.tmpdir(), `material-${randomUUID()}`);
  const storageKey = `materials/${options.taskId}/${randomUUID()}`;
  let stored = false;
  try {
    const received = await receive(options.body, tmp, name);
    const { mime } = await detectFileType(tmp, name);
    const refusal = materialRefusal({ name, size: received.size, mime });
    if (refusal) throw new AppError("VALIDATION", { message: refusal, issues: [{ path: "file", message: refusal }] });
    const put = await getStorage().put(storageKey, fs.createReadStream(tmp, { highWaterMark: 1024 * 1024 }), { contentType: mime });
    stored = true;
    if (put.sha256 !== received.sha256 || put.size !== received.size) throw new AppError("INTERNAL", { message: `material ${storageKey}: stored bytes differ from the received ones` });
    const result = await prisma.$transaction(async (tx) => {
      const target = await editableTaskVersionTx(tx, { taskId: options.taskId, actorId: options.actorId, now: options.now });
      const existing = await tx.taskMaterial.findMany({ where: { taskVersionId: target.versionId }, select: { position: true } });
      if (existing.length >= MAX_MATERIALS) throw new AppError("VALIDATION", { message: `每个试题最多 ${MAX_MATERIALS} 个材料文件，「${name}」未添加` });
      const position = existing.reduce((m, x) => Math.max(m, x.position + 1), 0);
      const file = await tx.storedFile.create({ data: { storageKey, sha256: put.sha256, size: put.size, mime, originalName: name, ownerId: options.actorId } });
      await tx.taskMaterial.create({ data: { taskVersionId: target.versionId, position, fileId: file.id, title } });
      return { ...target, fileId: file.id, position, mime, size: put.size, sha256: put.sha256 };
    });
    stored = false; // recorded: keep it
    return result;
  } finally {
    fs.rmSync(tmp, { force: true });
    if (stored) await getStorage().delete(storageKey).catch(() => undefined);
  }
}
