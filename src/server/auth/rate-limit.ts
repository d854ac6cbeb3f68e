// Sign-in rate limits, kept in the database (LoginAttempt) so that every app instance sees
// the same counts. See docs/accounts.md and docs/operations.md "Sessions and security".
//
// Limits are per account, never per address alone: a classroom behind one NAT shares an address,
// and one person there must not be able to lock out the room (issue 12).
// - per (account, address): 5 failures since the account's last success within 15 minutes lock
//   that account from that address (a neighbour guessing a classmate's password locks only that
//   account, and only from there);
// - per account, from any address: 20 failures lock it everywhere (guessing spread over many
//   addresses).
// Unknown identifiers are counted apart: an attempt on an identifier no account has is counted
// under that identifier's hash (src/server/auth/sign-in.ts), with the same limits, and never
// against the address or any other account. The same limits also keep the answers for unknown
// and real accounts indistinguishable.
import type { PrismaClient } from "@prisma/client";

export const RATE_LIMIT = {
  windowMinutes: 15,
  /** Failures per (account, address), since the account's last success, within the window. */
  accountAddressMaxFailures: 5,
  /** Failures per account from any address, since its last success, within the window. */
  accountMaxFailures: 20,
} as const;

type Db = Pick<PrismaClient, "loginAttempt">;

export type LimitScope = "account-address" | "account";
export type LimitState = { limited: false } | { limited: true; scope: LimitScope; retryAfterMinutes: number };

/**
 * Whether a sign-in to `accountKey` from `address` (undefined: unknown, counted as one address)
 * is refused now, and for how many more minutes (rounded up, at least 1).
 */
export async function checkSignInLimit(db: Db, options: { accountKey: string; address?: string; now: Date }): Promise<LimitState> {
  const { accountKey, now } = options;
  const address = options.address ?? null;
  const windowStart = new Date(now.getTime() - RATE_LIMIT.windowMinutes * 60_000);
  const lastSuccess = await db.loginAttempt.findFirst({
    where: { accountKey, success: true, at: { gte: windowStart } },
    orderBy: { at: "desc" },
    select: { at: true },
  });
  const since = lastSuccess && lastSuccess.at > windowStart ? lastSuccess.at : windowStart;
  const failures = await db.loginAttempt.findMany({
    where: { accountKey, success: false, at: { gt: since } },
    orderBy: { at: "asc" },
    select: { at: true, address: true },
  });
  const here = failures.filter((f) => f.address === address);
  if (here.length >= RATE_LIMIT.accountAddressMaxFailures) {
    const oldest = here[here.length - RATE_LIMIT.accountAddressMaxFailures]!.at;
    return { limited: true, scope: "account-address", retryAfterMinutes: minutesUntil(oldest, now) };
  }
  if (failures.length >= RATE_LIMIT.accountMaxFailures) {
    const oldest = failures[failures.length - RATE_LIMIT.accountMaxFailures]!.at;
    return { limited: true, scope: "account", retryAfterMinutes: minutesUntil(oldest, now) };
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
