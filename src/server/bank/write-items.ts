// The one write path of every item import (sheets, Moodle XML, Word, GIFT, Aiken, pasted text):
// validated items and the images they show, in one transaction, in chunks of 1,000 items: each
// chunk is one statement that inserts the items and their first versions together (the rows travel
// as one JSON parameter, unpacked by PostgreSQL), so an import costs about what a plain multi-row
// INSERT of the same rows costs (bench/import-items.ts).
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

// $1 the chunk's rows (JSON array, see ChunkRow), $2 sample, $3 use, $4 now, $5 actor. Items and
// versions reference each other (Item.currentVersionId, ItemVersion.itemId); both foreign keys are
// checked at the end of the statement, when both rows exist.
const INSERT_SQL = `
  WITH r AS (
    SELECT * FROM jsonb_to_recordset($1::jsonb) AS t(
      i text, v text, status text, labels jsonb, type text, stem text, options jsonb, answer jsonb, levels jsonb, tracks jsonb,
      tag_kind text, tag_level text, tag_code text, area text, difficulty int, explanation text, points numeric, fingerprint text)
  ), items AS (
    INSERT INTO "Item" (id, status, labels, sample, use, "createdAt", "updatedAt", "currentVersionId")
    SELECT r.i, r.status, ARRAY(SELECT jsonb_array_elements_text(r.labels)), $2, $3, $4::timestamptz, $4::timestamptz, r.v FROM r
  )
  INSERT INTO "ItemVersion" (id, "itemId", version, type, stem, options, answer, levels, tracks, "tagKind", "tagLevel", "tagCode", area,
                             difficulty, explanation, points, fingerprint, "createdById", "createdAt")
  SELECT r.v, r.i, 1, r.type, r.stem, r.options, ARRAY(SELECT jsonb_array_elements_text(r.answer)), ARRAY(SELECT jsonb_array_elements_text(r.levels)),
         ARRAY(SELECT jsonb_array_elements_text(r.tracks)), r.tag_kind, r.tag_level, r.tag_code, r.area, r.difficulty, r.explanation, r.points,
         r.fingerprint, $5, $4::timestamptz
  FROM r`;

async function insertItemsAndVersions(
  tx: Tx,
  chunk: Array<{ input: ItemInput; itemId: string; versionId: string }>,
  o: { actorId: string | null; sample: boolean; use?: ItemUse; now: Date },
): Promise<void> {
  const rows = chunk.map(({ input, itemId, versionId }) => {
    const d = versionData(input);
    return {
      i: itemId,
      v: versionId,
      status: input.status,
      labels: input.labels,
      type: d.type,
      stem: d.stem,
      options: input.options,
      answer: d.answer,
      levels: d.levels,
      tracks: d.tracks,
      tag_kind: d.tagKind,
      tag_level: d.tagLevel,
      tag_code: d.tagCode,
      area: d.area,
      difficulty: d.difficulty,
      explanation: d.explanation,
      points: input.points,
      fingerprint: d.fingerprint,
    };
  });
  const written = await tx.$executeRawUnsafe(INSERT_SQL, JSON.stringify(rows), o.sample, o.use ?? "secure", o.now, o.actorId);
  if (written !== chunk.length) throw new Error(`item import wrote ${written} versions of ${chunk.length}`);
}

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
    await insertItemsAndVersions(tx, chunk, o);
    const itemIds = chunk.map((c) => c.itemId);
    const links = chunk.flatMap((c) => itemImages(c.input).map((sha256) => ({ itemVersionId: c.versionId, sha256 })));
    if (links.length > 0) await tx.itemVersionMedia.createMany({ data: links });
    ids.push(...itemIds);
    await o.onChunk?.(start + chunk.length);
  }
  return ids;
}
