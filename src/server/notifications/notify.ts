// In-app notifications (站内通知): written in the same transaction as what they announce, shown
// on the recipient's home page. `kind` names a message ("notifications.<kind>" in the catalogue),
// `params` fills it.
import type { Prisma } from "@prisma/client";

export type NotificationKind =
  | "review.submitted"
  | "review.started"
  | "review.upheld"
  | "review.corrected"
  | "certificate.issued"
  | "certificate.revoked";

export async function notify(
  tx: Prisma.TransactionClient,
  options: { userIds: readonly string[]; kind: NotificationKind; params: Record<string, string | number>; now: Date },
): Promise<void> {
  if (options.userIds.length === 0) return;
  await tx.notification.createMany({
    data: [...new Set(options.userIds)].map((userId) => ({ userId, kind: options.kind, params: options.params, at: options.now })),
  });
}
