// Attempts whose deadline (plus the grace for saves in flight) has passed are submitted by the
// server: on their next touch, and by a sweep every few seconds (instrumentation.ts), so no
// browser and no external cron is needed. Idempotent: any number of app instances may run it.
import { getPrisma } from "../db/client";
import { getEnv } from "../env";

export async function closeExpiredAttempts(options: { attemptId?: string } = {}): Promise<number> {
  const grace = getEnv().SAVE_GRACE_SECONDS;
  const prisma = getPrisma();
  const closed = options.attemptId
    ? await prisma.$executeRaw`
        UPDATE "Attempt" SET status = 'submitted', "submittedAt" = deadline, "submittedBy" = 'deadline'
        WHERE id = ${options.attemptId} AND status = 'in_progress' AND deadline + make_interval(secs => ${grace}) < now()`
    : await prisma.$executeRaw`
        UPDATE "Attempt" SET status = 'submitted', "submittedAt" = deadline, "submittedBy" = 'deadline'
        WHERE status = 'in_progress' AND deadline + make_interval(secs => ${grace}) < now()`;
  return closed;
}
