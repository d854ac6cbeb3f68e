// Use case: the bulk action of the item list: set the use (secure / practice / both) of every
// item matching the list's filter. Items on a pending paper (pending-papers.ts) keep their use
// and are reported; the rest change in one transaction, with one audit row.
import { z } from "zod";
import { ItemUseSchema } from "@/exam/practice";
import { getPrisma } from "../db/client";
import { itemFilterWhere, ItemFilterSchema } from "./list-items";
import { itemsOnPendingPapers } from "./pending-papers";

export const SetItemsUseInput = z.object({ filter: ItemFilterSchema.omit({ page: true }), use: ItemUseSchema });

/** Returns how many items changed, how many already had the use, and the items kept back (with a paper's name). */
export async function setItemsUse(options: { input: unknown; actorId: string; now: Date }) {
  const { filter, use } = SetItemsUseInput.parse(options.input);
  const prisma = getPrisma();
  return prisma.$transaction(
    async (tx) => {
      const rows = await tx.itemVersion.findMany({ where: itemFilterWhere(filter), select: { itemId: true, item: { select: { use: true } } } });
      const toChange = rows.filter((r) => r.item.use !== use).map((r) => r.itemId);
      const pending = use === "secure" ? new Map<string, string>() : await itemsOnPendingPapers(tx, toChange);
      const ids = toChange.filter((id) => !pending.has(id));
      if (ids.length > 0) await tx.item.updateMany({ where: { id: { in: ids } }, data: { use } });
      await tx.auditLog.create({
        data: { actorId: options.actorId, action: "items.use", at: options.now, details: { use, filter, changed: ids.length, keptBack: pending.size } },
      });
      return {
        matched: rows.length,
        changed: ids.length,
        unchanged: rows.length - toChange.length,
        keptBack: [...pending.entries()].map(([itemId, paper]) => ({ itemId, paper })),
      };
    },
    { timeout: 60_000 },
  );
}
