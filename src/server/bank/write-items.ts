// The one write path of every item import (sheets, Moodle XML, Word, GIFT, Aiken, pasted text):
// validated items and the images they show, in one transaction, with multi-row INSERTs in chunks.
// Images are content-addressed (ItemMedia, keyed by SHA-256), so an image already in the bank is
// not stored twice; each version's images are linked (ItemVersionMedia).
import { randomUUID } from "node:crypto";
import type { Prisma } from "@prisma/client";
import type { ItemUse } from "@/exam/practice";
import { itemImages } from "@/exam/item-text";
import type { MediaBlob } from "./formats/media";
import type { ItemInput } from "./item-input";
import { versionData } from "./item-store";

type Tx = Prisma.TransactionClient;
const CHUNK = 1000;
const MEDIA_CHUNK = 20;

/**
 * Writes items (version 1 each) and their images inside `tx`. `media` must hold every image an
 * item's texts refer to that is not yet in the bank (a reference to neither is a programming
 * error: the importer refuses such rows first). `onChunk(done)` reports progress after each chunk.
 * Returns the new item ids in input order.
 */
export async function writeItemsTx(
  tx: Tx,
  o: {
    items: ItemInput[];
    media: ReadonlyMap<string, MediaBlob>;
    actorId: string | null;
    sample: boolean;
    /** 用途 of every item written (docs/practice.md); default "secure". */
    use?: ItemUse;
    now: Date;
    onChunk?: (done: number) => Promise<void>;
  },
): Promise<string[]> {
  const used = new Set(o.items.flatMap((i) => itemImages(i)));
  const blobs = [...used].flatMap((sha) => (o.media.has(sha) ? [o.media.get(sha)!] : []));
  for (let start = 0; start < blobs.length; start += MEDIA_CHUNK) {
    await tx.itemMedia.createMany({
      data: blobs.slice(start, start + MEDIA_CHUNK).map((b) => ({ sha256: b.sha256, mime: b.mime, size: b.size, width: b.width, height: b.height, data: Buffer.from(b.data), createdAt: o.now })),
      skipDuplicates: true,
    });
  }
  const ids: string[] = [];
  for (let start = 0; start < o.items.length; start += CHUNK) {
    const chunk = o.items.slice(start, start + CHUNK).map((input) => ({ input, itemId: randomUUID(), versionId: randomUUID() }));
    await tx.item.createMany({
      data: chunk.map((c) => ({ id: c.itemId, status: c.input.status, labels: c.input.labels, sample: o.sample, use: o.use ?? "secure", createdAt: o.now, currentVersionId: null })),
    });
    await tx.itemVersion.createMany({
      data: chunk.map((c) => ({ id: c.versionId, itemId: c.itemId, version: 1, ...versionData(c.input), createdById: o.actorId, createdAt: o.now })),
    });
    const itemIds = chunk.map((c) => c.itemId);
    await tx.$executeRaw`UPDATE "Item" i SET "currentVersionId" = v.id FROM "ItemVersion" v WHERE v."itemId" = i.id AND i.id = ANY(${itemIds})`;
    const links = chunk.flatMap((c) => itemImages(c.input).map((sha256) => ({ itemVersionId: c.versionId, sha256 })));
    if (links.length > 0) await tx.itemVersionMedia.createMany({ data: links });
    ids.push(...itemIds);
    await o.onChunk?.(start + chunk.length);
  }
  return ids;
}
