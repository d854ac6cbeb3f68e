// Practice fixtures: banks of items with a given use, written with the app's own item store.
import type { ItemUse } from "@/exam/practice";
import { createItemTx } from "@/server/bank/item-store";
import { bankFor } from "../../unit/exam/fixtures";
import { prisma } from "./db";

/** Creates a bank for level 5 / 网商 with `perCell` items per (area, type), all of one use; returns the item ids. */
export async function seedBank(options: { use: ItemUse; perCell: number; seed: string; sample?: boolean; explanation?: string; now: Date }): Promise<string[]> {
  const bank = bankFor("5", "online-merchant", options.perCell, options.seed);
  const ids: string[] = [];
  await prisma.$transaction(
    async (tx) => {
      for (const v of bank) {
        const { itemId } = await createItemTx(
          tx,
          {
            type: v.type,
            stem: `${options.seed}：${v.stem}`,
            options: v.options,
            answer: v.answer,
            levels: v.levels,
            tracks: v.tracks,
            tag: v.tag,
            difficulty: v.difficulty,
            explanation: options.explanation ?? `${options.seed} 解析`,
            points: null,
            labels: [],
            status: "active",
          },
          { now: options.now, use: options.use, sample: options.sample ?? false },
        );
        ids.push(itemId);
      }
    },
    { timeout: 120_000 },
  );
  return ids;
}

/** itemId of each version id. */
export async function itemIdsOfVersions(versionIds: string[]): Promise<string[]> {
  const rows = await prisma.itemVersion.findMany({ where: { id: { in: versionIds } }, select: { itemId: true } });
  return rows.map((r) => r.itemId);
}
