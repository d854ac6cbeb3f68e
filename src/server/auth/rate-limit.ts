// Sign-in rate limits, kept in the database (LoginAttempt) so that every app instance sees
// the same counts. See docs/accounts.md.
import type { PrismaClient } from "@prisma/client";

export const RATE_LIMIT = {
  windowMinutes: 15,
  /** Failures per account, since its last success, within the window. */
  accountMaxFailures: 5,
  /** Failures per client address within the window (a classroom shares one address). */
  addressMaxFailures: 50,
} as const;

type Db = Pick<PrismaClient, "loginAttempt">;

export type LimitState = { limited: false } | { limited: true; scope: "account" | "address"; retryAfterMinutes: number };

export async function checkSignInLimit(db: Db, options: { accountKey: string; address?: string; now: Date }): Promise<LimitState> {
  const { accountKey, address, now } = options;
  const windowStart = new Date(now.getTime() - RATE_LIMIT.windowMinutes * 60_000);
  const lastSuccess = await db.loginAttempt.findFirst({
    where: { accountKey, success: true, at: { gte: windowStart } },
    orderBy: { at: "desc" },
    select: { at: true },
  });
  const since = lastSuccess && lastSuccess.at > windowStart ? lastSuccess.at : windowStart;
  const accountFailures = await db.loginAttempt.findMany({
    where: { accountKey, success: false, at: { gt: since } },
    orderBy: { at: "asc" },
    select: { at: true },
  });
  if (accountFailures.length >= RATE_LIMIT.accountMaxFailures) {
    const oldest = accountFailures[accountFailures.length - RATE_LIMIT.accountMaxFailures]!.at;
    return { limited: true, scope: "account", retryAfterMinutes: minutesUntil(oldest, now) };
  }
  if (address) {
    const failures = await db.loginAttempt.count({ where: { address, success: false, at: { gt: windowStart } } });
    if (failures >= RATE_LIMIT.addressMaxFailures) return { limited: true, scope: "address", retryAfterMinutes: RATE_LIMIT.windowMinutes };
  }
  return { limited: false };
}

function minutesUntil(oldestCountedFailure: Date, now: Date): number {
  const freeAt = oldestCountedFailure.getTime() + RATE_LIMIT.windowMinutes * 60_000;
  return Math.max(1, Math.ceil((freeAt - now.getTime()) / 60_000));
}

export async function recordSignInAttempt(
  db: Db,
  options: { accountKey: string; address?: string; success: boolean; now: Date },
): Promise<void> {
  await db.loginAttempt.create({
    data: { accountKey: options.accountKey, address: options.address ?? null, success: options.success, at: options.now },
  });
}
