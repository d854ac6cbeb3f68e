// Use case: an admin has looked at an item marked for review (flag-item-for-review.ts) and marks
// it reviewed: it is drawn by paper assembly again. The note and the flags it closes are audited.
import { Prisma } from "@prisma/client";
import { z } from "zod";
import { getPrisma } from "../db/client";
import { AppError } from "../errors";

export const MarkReviewedInput = z.object({
  itemId: z.string().min(1).max(64),
  note: z.string().trim().max(1000).default(""),
});

export async function markItemReviewed(options: { actorId: string; input: unknown; now: Date }): Promise<{ itemId: string }> {
  const input = MarkReviewedInput.parse(options.input);
  return getPrisma().$transaction(async (tx) => {
    const item = await tx.item.findUnique({ where: { id: input.itemId }, select: { id: true, reviewFlaggedAt: true, reviewReason: true } });
    if (!item) throw new AppError("NOT_FOUND");
    if (!item.reviewFlaggedAt) throw new AppError("CONFLICT", { message: "该题目未被标记为待复核" });
    await tx.item.update({ where: { id: item.id }, data: { reviewFlaggedAt: null, reviewFlaggedById: null, reviewReason: Prisma.DbNull } });
    await tx.auditLog.create({
      data: {
        actorId: options.actorId,
        action: "item.reviewed",
        subject: item.id,
        at: options.now,
        details: { note: input.note, flaggedAt: item.reviewFlaggedAt.toISOString(), reasons: item.reviewReason ?? null },
      },
    });
    return { itemId: item.id };
  });
}
