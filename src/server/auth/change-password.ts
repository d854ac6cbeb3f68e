// Use case: a signed-in user changes their password (required on first sign-in).
import { z } from "zod";
import { getPrisma } from "../db/client";
import { AppError } from "../errors";
import { hashPassword, verifyPassword } from "./password";

export const PasswordPolicy = z
  .string()
  .min(8)
  .max(200)
  .refine((p) => /[A-Za-z]/.test(p) && /\d/.test(p));

export type ChangePasswordProblem = "current" | "weak" | "same" | "mismatch";

export async function changePassword(options: {
  userId: string;
  current: string;
  next: string;
  confirm: string;
  now: Date;
}): Promise<{ ok: true; sessionVersion: number } | { ok: false; problem: ChangePasswordProblem }> {
  const prisma = getPrisma();
  const user = await prisma.user.findUnique({ where: { id: options.userId }, select: { passwordHash: true } });
  if (!user) throw new AppError("NOT_FOUND");
  if (!user.passwordHash || !(await verifyPassword(options.current, user.passwordHash))) return { ok: false, problem: "current" };
  if (options.next !== options.confirm) return { ok: false, problem: "mismatch" };
  if (!PasswordPolicy.safeParse(options.next).success) return { ok: false, problem: "weak" };
  if (options.next === options.current) return { ok: false, problem: "same" };
  // The session version moves on: every token issued before (a copied cookie, another device)
  // stops working; the caller moves their own token to the new version (sessionUpdateProof).
  const [updated] = await prisma.$transaction([
    prisma.user.update({
      where: { id: options.userId },
      data: { passwordHash: await hashPassword(options.next), mustChangePassword: false, sessionVersion: { increment: 1 } },
      select: { sessionVersion: true },
    }),
    prisma.auditLog.create({ data: { actorId: options.userId, action: "user.changePassword", subject: options.userId, at: options.now } }),
  ]);
  return { ok: true, sessionVersion: updated.sessionVersion };
}
