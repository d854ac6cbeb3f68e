import { beforeEach, describe, expect, it } from "vitest";
import { verifyPassword } from "@/server/auth/password";
import { checkHealth } from "@/server/health/check-health";
import { demoAccounts, demoCandidates } from "@/server/seed/demo-accounts";
import { demoItems, demoTasks } from "@/server/seed/demo-bank";
import { DEMO_SEEDED_KEY, seedDemo } from "@/server/seed/seed-demo";
import { prisma, resetDatabase } from "./helpers/db";

describe("foundation on a real PostgreSQL", () => {
  beforeEach(resetDatabase);

  it("runs on a throwaway database with the committed migrations applied", async () => {
    const [row] = await prisma.$queryRaw<Array<{ db: string; migrations: bigint }>>`
      SELECT current_database()::text AS db, (SELECT count(*) FROM _prisma_migrations WHERE finished_at IS NOT NULL) AS migrations`;
    expect(row?.db).toMatch(/^itest_/);
    expect(Number(row?.migrations)).toBeGreaterThan(0);
    expect(await checkHealth()).toMatchObject({ ok: true, database: "up", storage: "up" });
  });

  it("seeds the demo accounts once, with hashed passwords", async () => {
    const now = new Date("2026-11-26T08:00:00Z");
    expect(await seedDemo({ prisma, now })).toEqual({ seeded: true });
    expect(await seedDemo({ prisma, now })).toEqual({ seeded: false });
    expect(await prisma.user.count()).toBe(demoAccounts.length + demoCandidates.length);
    expect(await prisma.candidate.count({ where: { eligibilityStatus: "ELIGIBLE" } })).toBe(demoCandidates.length);
    // The demo banks, marked as sample content.
    expect(await prisma.item.count({ where: { sample: true, status: "active" } })).toBe(demoItems.length);
    expect(await prisma.task.count({ where: { sample: true, status: "active" } })).toBe(demoTasks.length);
    const marker = await prisma.appSetting.findUniqueOrThrow({ where: { key: DEMO_SEEDED_KEY } });
    expect(marker.value).toBe(now.toISOString());
    const admin = await prisma.user.findUniqueOrThrow({ where: { username: "admin" } });
    expect(admin.roles).toEqual(["ADMIN"]);
    expect(admin.isDemo).toBe(true);
    const hash = admin.passwordHash ?? "";
    expect(hash).toMatch(/^\$2[aby]\$/);
    expect(await verifyPassword("demo-admin-2022", hash)).toBe(true);
    expect(await verifyPassword("wrong", hash)).toBe(false);
  });
});
