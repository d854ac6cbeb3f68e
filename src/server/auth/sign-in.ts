// Use case: verify a password sign-in, with the database-kept rate limit.
import type { Role } from "@prisma/client";
import { createHash } from "node:crypto";
import { z } from "zod";
import { getPrisma } from "../db/client";
import { AppError } from "../errors";
import { classifyIdentifier } from "./identifier";
import { hashPassword, verifyPassword } from "./password";
import { checkSignInLimit, recordSignInAttempt } from "./rate-limit";

export const SignInInput = z.object({
  identifier: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(200),
});

export type SignedInUser = { id: string; displayName: string; roles: Role[]; mustChangePassword: boolean; candidateId: string | null; sessionVersion: number };

let dummyHash: Promise<string> | undefined;

/**
 * Returns the user, or throws AppError INVALID (wrong identifier or password: one message for
 * both) or RATE_LIMITED (params.retryAfterMinutes). Every attempt is recorded.
 */
export async function signInWithPassword(options: {
  identifier: string;
  password: string;
  address?: string;
  now: Date;
}): Promise<SignedInUser> {
  const { identifier, password } = SignInInput.parse(options);
  const prisma = getPrisma();
  const id = classifyIdentifier(identifier);
  const select = { id: true, displayName: true, roles: true, passwordHash: true, mustChangePassword: true, disabled: true, sessionVersion: true, candidate: { select: { id: true } } } as const;
  const user =
    id.kind === "username"
      ? await prisma.user.findUnique({ where: { username: id.value }, select })
      : ((
          await prisma.candidate.findUnique({
            where: id.kind === "ticket" ? { ticketNumber: id.value } : { idNumber: id.value },
            select: { user: { select } },
          })
        )?.user ?? null);

  // Unknown identifiers are kept hashed: a mistyped ID number is personal information too.
  const accountKey = user ? `user:${user.id}` : `${id.kind}:${createHash("sha256").update(id.value).digest("hex").slice(0, 32)}`;
  dummyHash ??= hashPassword("no-such-account-placeholder");
  // Check, verify and record under a per-account lock, so parallel guesses cannot all pass the
  // limit before any of them is recorded (the lock is PostgreSQL's: shared by every instance).
  const ok = await prisma.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(hashtext(${accountKey}))) AS l`;
      const limit = await checkSignInLimit(tx, { accountKey, address: options.address, now: options.now });
      if (limit.limited) {
        throw new AppError("RATE_LIMITED", { params: { retryAfterMinutes: limit.retryAfterMinutes, scope: limit.scope } });
      }
      // Compare against a dummy hash when there is no user, so timing does not reveal accounts.
      const hash = user && !user.disabled && user.passwordHash ? user.passwordHash : await dummyHash!;
      const verified = (await verifyPassword(password, hash)) && !!user && !user.disabled && !!user.passwordHash;
      await recordSignInAttempt(tx, { accountKey, address: options.address, success: verified, now: options.now });
      return verified;
    },
    { timeout: 20_000, maxWait: 20_000 },
  );
  if (!ok || !user) throw new AppError("UNAUTHENTICATED", { message: "invalid-credentials" });
  return { id: user.id, displayName: user.displayName, roles: user.roles, mustChangePassword: user.mustChangePassword, candidateId: user.candidate?.id ?? null, sessionVersion: user.sessionVersion };
}
