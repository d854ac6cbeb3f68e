import { hashPassword } from "@/server/auth/password";
import { prisma } from "./db";

export async function createStaff(username: string, roles: Array<"ADMIN" | "PROCTOR" | "EXAMINER"> = ["ADMIN"], password = "staff-pass-1") {
  return prisma.user.create({
    data: { username, displayName: username, roles, passwordHash: await hashPassword(password) },
    select: { id: true, username: true },
  });
}
