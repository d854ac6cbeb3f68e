// Use case: the admin's item list (filters: level, track, area, type, status, text) and the
// export of a filtered part of the bank.
import type { Prisma } from "@prisma/client";
import { z } from "zod";
import { ItemUseSchema } from "@/exam/practice";
import { ItemStatusSchema, ItemTypeSchema } from "@/exam/types";
import { AreaCodeSchema, LevelCodeSchema, TrackCodeSchema } from "@/standard";
import { getPrisma } from "../db/client";
import { buildItemCsv, buildItemWorkbook } from "./item-sheet";
import { rowToInput, versionSelect } from "./item-store";
import { buildMoodleXml } from "./moodle-xml";

export const ItemFilterSchema = z.object({
  level: LevelCodeSchema.optional(),
  track: TrackCodeSchema.optional(),
  area: AreaCodeSchema.optional(),
  type: ItemTypeSchema.optional(),
  status: ItemStatusSchema.optional(),
  use: ItemUseSchema.optional(),
  q: z.string().trim().max(100).optional(),
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
    ...(filter.status || filter.use ? { item: { ...(filter.status ? { status: filter.status } : {}), ...(filter.use ? { use: filter.use } : {}) } } : {}),
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
      select: versionSelect,
    }),
  ]);
  return { total, page: filter.page, pageSize: PAGE_SIZE, rows: rows.map((r) => ({ id: r.itemId, versionId: r.id, version: r.version, use: r.item.use, ...rowToInput(r) })) };
}

export async function exportItems(filter: Omit<ItemFilter, "page">, format: "xlsx" | "csv" | "moodle") {
  const rows = await getPrisma().itemVersion.findMany({
    where: itemFilterWhere(filter),
    orderBy: [{ area: "asc" }, { tagCode: "asc" }, { createdAt: "asc" }],
    select: versionSelect,
  });
  const inputs = rows.map(rowToInput);
  if (format === "moodle") return { body: new TextEncoder().encode(buildMoodleXml(inputs)), count: inputs.length };
  if (format === "csv") return { body: buildItemCsv(inputs), count: inputs.length };
  return { body: await buildItemWorkbook(inputs), count: inputs.length };
}
