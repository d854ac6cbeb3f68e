// Use case: the admin's item list (filters: level, track, area, type, status, text) and the
// export of a filtered part of the bank.
import type { Prisma } from "@prisma/client";
import { z } from "zod";
import { ItemUseSchema } from "@/exam/practice";
import { ItemStatusSchema, ItemTypeSchema } from "@/exam/types";
import { AreaCodeSchema, LevelCodeSchema, TrackCodeSchema } from "@/standard";
import { getPrisma } from "../db/client";
import { itemImages } from "@/exam/item-text";
import { buildAiken } from "./formats/aiken";
import { buildGift } from "./formats/gift";
import { buildItemCsv, buildItemWorkbook } from "./item-sheet";
import { rowToInput, versionSelect } from "./item-store";
import { buildMoodleXml } from "./moodle-xml";

export const ExportFormatSchema = z.enum(["xlsx", "csv", "moodle", "gift", "aiken"]);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

export const ItemFilterSchema = z.object({
  level: LevelCodeSchema.optional(),
  track: TrackCodeSchema.optional(),
  area: AreaCodeSchema.optional(),
  type: ItemTypeSchema.optional(),
  status: ItemStatusSchema.optional(),
  use: ItemUseSchema.optional(),
  q: z.string().trim().max(100).optional(),
  /** "flagged": items marked for review from an item analysis (docs/analytics.md). */
  review: z.enum(["flagged"]).optional(),
  page: z.coerce.number().int().min(1).default(1),
});
export type ItemFilter = z.infer<typeof ItemFilterSchema>;
const PAGE_SIZE = 50;

/** The current versions matching a filter (also the bulk action's selection). */
export function itemFilterWhere(filter: Omit<ItemFilter, "page">): Prisma.ItemVersionWhereInput {
  return {
    currentOf: { isNot: null },
    ...(filter.level ? { levels: { has: filter.level } } : {}),
    ...(filter.track ? { tracks: { has: filter.track } } : {}),
    ...(filter.area ? { area: filter.area } : {}),
    ...(filter.type ? { type: filter.type } : {}),
    ...(filter.status || filter.use || filter.review
      ? {
          item: {
            ...(filter.status ? { status: filter.status } : {}),
            ...(filter.use ? { use: filter.use } : {}),
            ...(filter.review ? { reviewFlaggedAt: { not: null } } : {}),
          },
        }
      : {}),
    ...(filter.q ? { OR: [{ stem: { contains: filter.q, mode: "insensitive" } }, { tagCode: { startsWith: filter.q } }] } : {}),
  };
}

export async function listItems(filter: ItemFilter) {
  const prisma = getPrisma();
  const [total, rows] = await Promise.all([
    prisma.itemVersion.count({ where: itemFilterWhere(filter) }),
    prisma.itemVersion.findMany({
      where: itemFilterWhere(filter),
      orderBy: [{ area: "asc" }, { tagCode: "asc" }, { createdAt: "asc" }],
      skip: (filter.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: { ...versionSelect, item: { select: { ...versionSelect.item.select, reviewFlaggedAt: true } } },
    }),
  ]);
  return {
    total,
    page: filter.page,
    pageSize: PAGE_SIZE,
    rows: rows.map((r) => ({ id: r.itemId, versionId: r.id, version: r.version, use: r.item.use, underReview: r.item.reviewFlaggedAt !== null, ...rowToInput(r) })),
  };
}

/**
 * The bank, or a filtered part, in one of the import formats. Moodle XML carries the items'
 * images; the other formats keep the image markers as text. Aiken holds single-choice items with
 * one-line texts only: the others are counted in `skipped`.
 */
export async function exportItems(filter: Omit<ItemFilter, "page">, format: ExportFormat): Promise<{ body: Uint8Array; count: number; skipped: number }> {
  const prisma = getPrisma();
  const rows = await prisma.itemVersion.findMany({
    where: itemFilterWhere(filter),
    orderBy: [{ area: "asc" }, { tagCode: "asc" }, { createdAt: "asc" }],
    select: versionSelect,
  });
  const inputs = rows.map(rowToInput);
  const text = (s: string) => new TextEncoder().encode(s);
  if (format === "moodle") {
    const shas = [...new Set(inputs.flatMap((i) => itemImages(i)))];
    const media = new Map((await prisma.itemMedia.findMany({ where: { sha256: { in: shas } }, select: { sha256: true, mime: true, data: true } })).map((m) => [m.sha256, { mime: m.mime, data: new Uint8Array(m.data) }]));
    return { body: text(buildMoodleXml(inputs, media)), count: inputs.length, skipped: 0 };
  }
  if (format === "gift") return { body: text(buildGift(inputs)), count: inputs.length, skipped: 0 };
  if (format === "aiken") {
    const { text: aiken, skipped } = buildAiken(inputs);
    return { body: text(aiken), count: inputs.length - skipped, skipped };
  }
  if (format === "csv") return { body: buildItemCsv(inputs), count: inputs.length, skipped: 0 };
  return { body: await buildItemWorkbook(inputs), count: inputs.length, skipped: 0 };
}
