// Use case: the caller's own notifications, newest first, and marking them read.
import { getPrisma } from "../db/client";
import type { NotificationKind } from "./notify";

export type NotificationView = { id: string; at: Date; kind: NotificationKind; params: Record<string, string | number>; read: boolean };

export async function listNotifications(options: { userId: string; take?: number }): Promise<NotificationView[]> {
  const rows = await getPrisma().notification.findMany({
    where: { userId: options.userId },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: options.take ?? 20,
    select: { id: true, at: true, kind: true, params: true, readAt: true },
  });
  return rows.map((r) => ({ id: r.id, at: r.at, kind: r.kind as NotificationKind, params: r.params as Record<string, string | number>, read: r.readAt !== null }));
}

/** Marks all of the user's unread notifications read; returns how many. */
export async function markNotificationsRead(options: { userId: string; now: Date }): Promise<number> {
  const r = await getPrisma().notification.updateMany({ where: { userId: options.userId, readAt: null }, data: { readAt: options.now } });
  return r.count;
}
