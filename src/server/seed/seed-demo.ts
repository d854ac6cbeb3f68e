// Seeds the demo data once per database (marked in AppSetting "demo.seededAt").
import type { PrismaClient } from "@prisma/client";
import { hashPassword } from "../auth/password";
import { demoAccounts } from "./demo-accounts";

export const DEMO_SEEDED_KEY = "demo.seededAt";

export async function seedDemo(options: { prisma: PrismaClient; now: Date }): Promise<{ seeded: boolean }> {
  const { prisma, now } = options;
  const marker = await prisma.appSetting.findUnique({ where: { key: DEMO_SEEDED_KEY }, select: { value: true } });
  if (marker) return { seeded: false };

  const users = await Promise.all(
    demoAccounts.map(async (a) => ({
      username: a.username,
      displayName: a.displayName,
      roles: a.roles,
      passwordHash: await hashPassword(a.password),
      isDemo: true,
    })),
  );
  await prisma.$transaction(async (tx) => {
    await tx.user.createMany({ data: users, skipDuplicates: true });
    await tx.appSetting.create({ data: { key: DEMO_SEEDED_KEY, value: now.toISOString() } });
  });
  return { seeded: true };
}
