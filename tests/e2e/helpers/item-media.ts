// E2E data for item images: puts a new item version showing an image at the first place of a
// candidate's paper in a session (a copy of the item there, so shared demo items stay unchanged).
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { PrismaClient } from "@prisma/client";

const urlFile = path.resolve(import.meta.dirname, "../../../.data/e2e/database-url");
let prisma: PrismaClient | undefined;
async function db(): Promise<PrismaClient> {
  if (prisma) return prisma;
  const url = fs.readFileSync(urlFile, "utf8").trim();
  if (!["localhost", "127.0.0.1"].includes(new URL(url).hostname)) throw new Error("refusing a non-local database");
  const { createPrismaClient } = await import("../../../src/server/db/client");
  prisma = createPrismaClient(url);
  return prisma;
}

export async function storeImage(image: Buffer): Promise<string> {
  const p = await db();
  const sha256 = createHash("sha256").update(image).digest("hex");
  await p.itemMedia.upsert({ where: { sha256 }, update: {}, create: { sha256, mime: "image/png", size: image.byteLength, width: 1, height: 1, data: new Uint8Array(image) } });
  return sha256;
}

/** Replaces the candidate's first question with a copy whose stem shows the image. Returns the new stem. */
export async function showImageInFirstQuestion(options: { sessionId: string; candidateId: string; image: Buffer }): Promise<string> {
  const p = await db();
  const sha256 = await storeImage(options.image);
  const sc = await p.sessionCandidate.findUniqueOrThrow({ where: { sessionId_candidateId: { sessionId: options.sessionId, candidateId: options.candidateId } } });
  const order = sc.itemOrder as string[];
  const old = await p.itemVersion.findUniqueOrThrow({ where: { id: order[0]! } });
  const item = await p.item.create({ data: { status: "active" } });
  const stem = `看图作答：[[image:${sha256}]]`;
  const { id: _id, itemId: _itemId, stem: _stem, createdAt: _c, usedAt: _u, ...rest } = old;
  const version = await p.itemVersion.create({
    data: { ...rest, id: randomUUID(), itemId: item.id, stem, options: old.options as object, fingerprint: randomUUID(), usedAt: new Date() },
  });
  await p.item.update({ where: { id: item.id }, data: { currentVersionId: version.id } });
  await p.itemVersionMedia.create({ data: { itemVersionId: version.id, sha256 } });
  await p.paperItem.updateMany({ where: { paperId: sc.paperId!, itemVersionId: old.id }, data: { itemVersionId: version.id } });
  const optionOrder = sc.optionOrder as Record<string, string[]>;
  optionOrder[version.id] = optionOrder[old.id]!;
  delete optionOrder[old.id];
  await p.sessionCandidate.update({ where: { id: sc.id }, data: { itemOrder: [version.id, ...order.slice(1)], optionOrder } });
  return stem;
}
