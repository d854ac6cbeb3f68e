import { beforeEach, describe, expect, it } from "vitest";
import { signInWithPassword } from "@/server/auth/sign-in";
import { RATE_LIMIT } from "@/server/auth/rate-limit";
import { prisma, resetDatabase } from "./helpers/db";
import { createStaff } from "./helpers/users";

const T0 = new Date("2026-11-26T01:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

beforeEach(async () => {
  await resetDatabase();
  await createStaff("proctor9", ["PROCTOR"], "right-pass-1");
});

const attempt = (password: string, now: Date, address?: string, identifier = "proctor9") =>
  signInWithPassword({ identifier, password, now, address });

describe("sign-in rate limit (kept in the database)", { timeout: 240_000 }, () => {
  it("locks an account after 5 failures in 15 minutes, even for the right password, and says when to retry", async () => {
    for (let i = 0; i < RATE_LIMIT.accountAddressMaxFailures; i++) {
      await expect(attempt("wrong", at(i))).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    }
    await expect(attempt("right-pass-1", at(5))).rejects.toMatchObject({ code: "RATE_LIMITED", params: { retryAfterMinutes: 10, scope: "account-address" } });
    // 15 minutes after the first counted failure, it opens again.
    await expect(attempt("right-pass-1", at(15.5))).resolves.toMatchObject({ roles: ["PROCTOR"] });
    // Attempts refused by the lock are not recorded (they neither extend nor lift it).
    expect(await prisma.loginAttempt.count({ where: { success: false } })).toBe(5);
    expect(await prisma.loginAttempt.count({ where: { success: true } })).toBe(1);
  });

  it("4 failures do not lock; a success starts the count again", async () => {
    for (let i = 0; i < 4; i++) await expect(attempt("wrong", at(i))).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(attempt("right-pass-1", at(4))).resolves.toBeDefined();
    for (let i = 0; i < 4; i++) await expect(attempt("wrong", at(5 + i))).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(attempt("right-pass-1", at(10))).resolves.toBeDefined();
  });

  it("one person behind a shared address cannot lock out the room: made-up names are counted apart", async () => {
    // 60 failures with made-up usernames and 4 wrong guesses at a classmate, from one NAT address.
    for (let i = 0; i < 60; i++) {
      await expect(attempt("wrong", at(i * 0.1), "10.0.0.9", `nobody${i}`)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    }
    await createStaff("classmate", ["PROCTOR"], "class-pass-1");
    for (let i = 0; i < 4; i++) await expect(attempt("wrong", at(6), "10.0.0.9", "classmate")).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    // Everyone else at that address still signs in, and so does the classmate.
    await expect(attempt("right-pass-1", at(6.5), "10.0.0.9")).resolves.toMatchObject({ roles: ["PROCTOR"] });
    await expect(attempt("class-pass-1", at(6.5), "10.0.0.9", "classmate")).resolves.toBeDefined();
    // The same made-up name guessed 5 times is limited like a real account (answers alike).
    for (let i = 0; i < 5; i++) await attempt("wrong", at(7), "10.0.0.9", "ghost").catch(() => undefined);
    await expect(attempt("wrong", at(7), "10.0.0.9", "ghost")).rejects.toMatchObject({ code: "RATE_LIMITED", params: { scope: "account-address" } });
  });

  it("per (account, address): 5 failures lock the account from that address only; 20 from anywhere lock it everywhere", async () => {
    for (let i = 0; i < RATE_LIMIT.accountAddressMaxFailures; i++) await attempt("wrong", at(0), "10.0.0.1").catch(() => undefined);
    await expect(attempt("right-pass-1", at(1), "10.0.0.1")).rejects.toMatchObject({ code: "RATE_LIMITED", params: { scope: "account-address", retryAfterMinutes: 14 } });
    await expect(attempt("right-pass-1", at(1), "10.0.0.2")).resolves.toBeDefined();
    // After that success, 4 failures from each of 5 addresses (20): locked from every address.
    for (let a = 0; a < 5; a++) {
      for (let i = 0; i < 4; i++) await expect(attempt("wrong", at(2), `10.0.1.${a}`)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    }
    await expect(attempt("right-pass-1", at(3), "10.0.9.9")).rejects.toMatchObject({ code: "RATE_LIMITED", params: { scope: "account", retryAfterMinutes: 14 } });
    await expect(attempt("right-pass-1", at(17.5), "10.0.9.9")).resolves.toBeDefined();
  });

  it("parallel guesses cannot slip past the limit", async () => {
    const results = await Promise.all(Array.from({ length: 8 }, () => attempt("wrong", at(0)).catch((e: { code: string }) => e.code)));
    expect(results.filter((c) => c === "UNAUTHENTICATED")).toHaveLength(RATE_LIMIT.accountAddressMaxFailures);
    expect(results.filter((c) => c === "RATE_LIMITED")).toHaveLength(8 - RATE_LIMIT.accountAddressMaxFailures);
  });

  it("keeps unknown identifiers hashed in the attempt log", async () => {
    await attempt("x", T0, undefined, "110101199001011234").catch(() => undefined);
    const row = await prisma.loginAttempt.findFirstOrThrow();
    expect(row.accountKey).toMatch(/^idNumber:[0-9a-f]{32}$/);
  });

  it("does not tell unknown accounts from wrong passwords", async () => {
    const unknown = await attempt("x", T0, undefined, "ghost").catch((e: unknown) => e);
    const wrong = await attempt("x", T0).catch((e: unknown) => e);
    expect(unknown).toMatchObject({ code: "UNAUTHENTICATED", message: "invalid-credentials" });
    expect(wrong).toMatchObject({ code: "UNAUTHENTICATED", message: "invalid-credentials" });
  });
});
