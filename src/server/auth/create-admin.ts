// Use case: create an admin account (the first admin of a real deployment comes from
// `npm run admin:create`, never from a default password).
import { Prisma } from "@prisma/client";
import { z } from "zod";
import { getPrisma } from "../db/client";
import { AppError } from "../errors";
import { PasswordPolicy } from "./change-password";
import { hashPassword } from "./password";

export const CreateAdminInput = z.object({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z][a-z0-9_.-]{2,31}$/, "3–32 characters: letters, digits, _ . -, starting with a letter"),
  displayName: z.string().trim().min(1).max(50),
  password: PasswordPolicy,
});

export async function createAdmin(options: z.input<typeof CreateAdminInput> & { now: Date }) {
  const input = CreateAdminInput.parse(options);
  const prisma = getPrisma();
  try {
    const user = await prisma.user.create({
      data: { username: input.username, displayName: input.displayName, roles: ["ADMIN"], passwordHash: await hashPassword(input.password) },
      select: { id: true, username: true },
    });
    await prisma.auditLog.create({ data: { action: "user.createAdmin", subject: user.id, at: options.now } });
    return user;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", { message: `username "${input.username}" is taken` });
    }
    throw error;
  }
}
