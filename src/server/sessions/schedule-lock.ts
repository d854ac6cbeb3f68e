// Scheduling writes are serialised across app instances with a transaction-scoped PostgreSQL
// advisory lock, so two admins saving at once cannot both pass the overlap check.
import type { Prisma } from "@prisma/client";

const SCHEDULE_LOCK_KEY = 7_002_022;

export async function lockSchedule(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SCHEDULE_LOCK_KEY}::bigint)`;
}
