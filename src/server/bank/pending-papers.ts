// Which items are on the paper of an exam not yet held. Such an item may not be opened to
// practice (use "practice" or "both"): practice would show candidates a question of their coming
// exam, and a practice-only item must never be on a scheduled exam's paper. See docs/practice.md.
import { Prisma } from "@prisma/client";
import type { ItemUse } from "@/exam/practice";
import { getPrisma } from "../db/client";
import { AppError } from "../errors";

type Db = Prisma.TransactionClient | ReturnType<typeof getPrisma>;

/**
 * itemId -> the name of one pending paper it is on. A paper is pending while no session uses it
 * (it was made for an exam still to be scheduled), or while a session using it (directly or as
 * an A/B form) is not closed and either has not reached its end (start + duration, by the
 * database's clock) or still has an attempt not submitted. Any version of the item counts.
 */
export async function itemsOnPendingPapers(db: Db, itemIds: readonly string[]): Promise<Map<string, string>> {
  if (itemIds.length === 0) return new Map();
  const rows = await db.$queryRaw<Array<{ itemId: string; name: string }>>`
    SELECT DISTINCT ON (v."itemId") v."itemId", p.name
    FROM "PaperItem" pi
    JOIN "ItemVersion" v ON v.id = pi."itemVersionId"
    JOIN "Paper" p ON p.id = pi."paperId"
    WHERE v."itemId" = ANY(${[...itemIds]}::text[])
      AND (
        NOT EXISTS (
          SELECT 1 FROM "ExamSession" s WHERE s."paperId" = p.id OR (p."formGroup" IS NOT NULL AND s."formGroup" = p."formGroup"))
        OR EXISTS (
          SELECT 1 FROM "ExamSession" s
          WHERE (s."paperId" = p.id OR (p."formGroup" IS NOT NULL AND s."formGroup" = p."formGroup"))
            AND s.status <> 'closed'
            AND (s."startsAt" + make_interval(mins => s.minutes) > now()
                 OR EXISTS (SELECT 1 FROM "Attempt" a WHERE a."sessionId" = s.id AND a.status <> 'submitted')))
      )
    ORDER BY v."itemId", p."createdAt" DESC`;
  return new Map(rows.map((r) => [r.itemId, r.name]));
}

/** Throws VALIDATION (naming a paper) when an item may not get this use now. "secure" is always allowed. */
export async function assertUseChangeAllowed(db: Db, itemIds: readonly string[], use: ItemUse): Promise<void> {
  if (use === "secure") return;
  const pending = await itemsOnPendingPapers(db, itemIds);
  const first = pending.values().next();
  if (!first.done) {
    throw new AppError("VALIDATION", {
      message: `「用途」该题在尚未考完的试卷「${first.value}」中，考试结束前不能用于练习`,
      issues: [{ path: "use", message: "在尚未考完的试卷中" }],
    });
  }
}
