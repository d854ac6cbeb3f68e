// Rate limit of the public verification page, kept in the database (VerificationLookup) like the
// sign-in limit (auth/rate-limit.ts), so that every app instance counts the same lookups.
// Per client address within a sliding window: at most `maxLookups` lookups, of which at most
// `maxMisses` for numbers that do not exist (guessing numbers is what the limit is for).
import type { Prisma } from "@prisma/client";

export const VERIFY_LIMIT = {
  windowMinutes: 10,
  maxLookups: 30,
  maxMisses: 10,
} as const;

/** The address key: the client address, or one shared key when it is unknown (no proxy in front). */
export const addressKey = (address: string | undefined | null): string => (address && address.trim() ? address.trim().slice(0, 100) : "unknown");

export type VerifyLimitState = { limited: false } | { limited: true; retryAfterMinutes: number };

export async function checkVerifyLimit(db: Prisma.TransactionClient, options: { address: string; now: Date }): Promise<VerifyLimitState> {
  const windowStart = new Date(options.now.getTime() - VERIFY_LIMIT.windowMinutes * 60_000);
  const recent = await db.verificationLookup.findMany({
    where: { address: options.address, at: { gt: windowStart } },
    orderBy: { at: "asc" },
    select: { at: true, found: true },
  });
  const misses = recent.filter((r) => !r.found);
  const limitedBy = recent.length >= VERIFY_LIMIT.maxLookups ? recent[recent.length - VERIFY_LIMIT.maxLookups] : misses.length >= VERIFY_LIMIT.maxMisses ? misses[misses.length - VERIFY_LIMIT.maxMisses] : undefined;
  if (!limitedBy) return { limited: false };
  const freeAt = limitedBy.at.getTime() + VERIFY_LIMIT.windowMinutes * 60_000;
  return { limited: true, retryAfterMinutes: Math.max(1, Math.ceil((freeAt - options.now.getTime()) / 60_000)) };
}

export async function recordVerifyLookup(db: Prisma.TransactionClient, options: { address: string; found: boolean; now: Date }): Promise<void> {
  await db.verificationLookup.create({ data: { address: options.address, found: options.found, at: options.now } });
  // Old rows of this address are no longer needed for any window.
  await db.verificationLookup.deleteMany({ where: { address: options.address, at: { lt: new Date(options.now.getTime() - 24 * 3600_000) } } });
}
