// Use case: from an item-analysis flag, mark a bank item for review. From then on the bank list
// shows it (filter and badge) and paper assembly leaves it out, until an admin marks it reviewed
// (mark-item-reviewed.ts). Both steps are written to the audit log.
import { Prisma } from "@prisma/client";
import { z } from "zod";
import { ITEM_FLAGS } from "@/grading/analytics";
import { getPrisma } from "../db/client";
import { AppError } from "../errors";

export const FlagItemInput = z.object({
  itemId: z.string().min(1).max(64),
  /** The analysis flags that led here (at least one). */
  flags: z.array(z.enum(ITEM_FLAGS)).min(1, "请选择标记原因").max(ITEM_FLAGS.length),
  /** The session whose analysis raised the flags (for the record). */
  sessionId: z.string().max(64).optional(),
});

/** Marks the item for review; a second flag on an item already under review adds to its record. */
export async function flagItemForReview(options: { actorId: string; input: unknown; now: Date }): Promise<{ itemId: string; alreadyFlagged: boolean }> {
  const input = FlagItemInput.parse(options.input);
  const reason = { flags: [...new Set(input.flags)], sessionId: input.sessionId ?? null };
  return getPrisma().$transaction(async (tx) => {
    const item = await tx.item.findUnique({ where: { id: input.itemId }, select: { id: true, reviewFlaggedAt: true, reviewReason: true } });
    if (!item) throw new AppError("NOT_FOUND");
    const alreadyFlagged = item.reviewFlaggedAt !== null;
    const history = alreadyFlagged && Array.isArray(item.reviewReason) ? (item.reviewReason as Prisma.JsonArray) : [];
    await tx.item.update({
      where: { id: item.id },
      data: {
        reviewFlaggedAt: alreadyFlagged ? item.reviewFlaggedAt : options.now,
        reviewFlaggedById: alreadyFlagged ? undefined : options.actorId,
        reviewReason: [...history, { ...reason, at: options.now.toISOString(), by: options.actorId }] as Prisma.InputJsonValue,
      },
    });
    await tx.auditLog.create({ data: { actorId: options.actorId, action: "item.reviewFlag", subject: item.id, at: options.now, details: reason } });
    return { itemId: item.id, alreadyFlagged };
  });
}
