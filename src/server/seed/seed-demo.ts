// Seeds the demo data once per database (marked in AppSetting "demo.seededAt").
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@prisma/client";
import { evaluateEligibility } from "@/standard";
import { hashPassword } from "../auth/password";
import { reserveTicketNumbers, shanghaiYear } from "../candidates/ticket-number";
import { demoAccounts, demoCandidates } from "./demo-accounts";
import { seedDemoBank } from "./seed-demo-bank";

export const DEMO_SEEDED_KEY = "demo.seededAt";
export const DEMO_CLASS_NAME = "演示班";

export async function seedDemo(options: { prisma: PrismaClient; now: Date }): Promise<{ seeded: boolean }> {
  const { prisma, now } = options;
  const marker = await prisma.appSetting.findUnique({ where: { key: DEMO_SEEDED_KEY }, select: { value: true } });
  if (marker) return { seeded: false };

  const staff = await Promise.all(
    demoAccounts.map(async (a) => ({
      username: a.username,
      displayName: a.displayName,
      roles: a.roles,
      passwordHash: await hashPassword(a.password),
      isDemo: true,
    })),
  );
  const candidates = await Promise.all(
    demoCandidates.map(async (c) => ({ ...c, userId: randomUUID(), passwordHash: await hashPassword(c.password) })),
  );
  await prisma.$transaction(async (tx) => {
    await tx.user.createMany({ data: staff, skipDuplicates: true });
    for (const c of candidates) {
      const [ticketNumber] = await reserveTicketNumbers(tx, { year: shanghaiYear(now), level: c.level, track: c.track, count: 1 });
      const result = evaluateEligibility(c.evidence, now);
      await tx.user.create({
        data: { id: c.userId, displayName: c.name, roles: ["CANDIDATE"], passwordHash: c.passwordHash, passwordIssuedAt: now, isDemo: true },
      });
      await tx.candidate.create({
        data: {
          userId: c.userId,
          name: c.name,
          idNumber: c.idNumber,
          gender: c.gender,
          level: c.level,
          track: c.track,
          ticketNumber: ticketNumber!,
          evidence: c.evidence,
          eligibilityStatus: result.eligible ? "ELIGIBLE" : "NOT_ELIGIBLE",
          eligibilityResult: result,
          eligibilityEvaluatedAt: now,
        },
      });
    }
    await seedDemoBank(tx, now);
    // A demo class: the demo candidates, taught by the demo teacher, with the sample items open
    // to its practice (docs/practice.md).
    const teacher = await tx.user.findUnique({ where: { username: "teacher1" }, select: { id: true } });
    const members = await tx.candidate.findMany({ where: { userId: { in: candidates.map((c) => c.userId) } }, select: { id: true } });
    await tx.schoolClass.create({
      data: {
        name: DEMO_CLASS_NAME,
        createdById: teacher?.id ?? "seed",
        createdAt: now,
        samplesPublishedAt: now,
        samplesPublishedById: teacher?.id ?? null,
        teachers: teacher ? { create: [{ userId: teacher.id }] } : undefined,
        members: { create: members.map((m) => ({ candidateId: m.id, addedAt: now })) },
      },
    });
    await tx.appSetting.create({ data: { key: DEMO_SEEDED_KEY, value: now.toISOString() } });
  }, { timeout: 120_000, maxWait: 10_000 });
  return { seeded: true };
}

/** The demo candidates' sign-in names as stored (ticket numbers depend on the seeding year). */
export async function demoCandidateLogins(prisma: PrismaClient) {
  return prisma.candidate.findMany({
    where: { user: { isDemo: true } },
    orderBy: { ticketNumber: "asc" },
    select: { name: true, ticketNumber: true, idNumber: true },
  });
}
