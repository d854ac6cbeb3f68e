import { getPrisma } from "../db/client";
import { AppError } from "../errors";
import { rowToInput, versionSelect } from "./item-store";

export async function getItem(options: { itemId: string }) {
  const row = await getPrisma().itemVersion.findFirst({ where: { itemId: options.itemId, currentOf: { isNot: null } }, select: versionSelect });
  if (!row) throw new AppError("NOT_FOUND");
  return { id: row.itemId, versionId: row.id, version: row.version, use: row.item.use, ...rowToInput(row) };
}
