// Data for the practice e2e test, made with the app's own services on the e2e server's throwaway
// database (as exam-setup.ts does): a fresh candidate (level 5 · 网商) with a password, in a new
// class taught by the demo teacher (the test puts the candidate in it from the candidate list),
// with the sample items not yet published to it.
import fs from "node:fs";
import path from "node:path";
import type { PrismaClient } from "@prisma/client";

const urlFile = path.resolve(import.meta.dirname, "../../../.data/e2e/database-url");
let prisma: PrismaClient | undefined;
async function db(): Promise<PrismaClient> {
  if (prisma) return prisma;
  const url = fs.readFileSync(urlFile, "utf8").trim();
  if (!["localhost", "127.0.0.1"].includes(new URL(url).hostname)) throw new Error("refusing a non-local database");
  const { createPrismaClient } = await import("../../../src/server/db/client");
  prisma = createPrismaClient(url);
  return prisma;
}

export async function createPracticeStudent(options: { name: string; className: string }) {
  const p = await db();
  const { hashPassword } = await import("../../../src/server/auth/password");
  const { reserveTicketNumbers } = await import("../../../src/server/candidates/ticket-number");
  const password = "practice-pass-2026";
  const passwordHash = await hashPassword(password);
  const teacher = await p.user.findUniqueOrThrow({ where: { username: "teacher1" } });
  return p.$transaction(async (tx) => {
    const [ticket] = await reserveTicketNumbers(tx, { year: 2026, level: "5", track: "online-merchant", count: 1 });
    const user = await tx.user.create({ data: { displayName: options.name, roles: ["CANDIDATE"], passwordHash } });
    const candidate = await tx.candidate.create({
      data: {
        userId: user.id,
        name: options.name,
        idNumber: `E2E${Date.now()}`.slice(0, 18),
        gender: "女",
        level: "5",
        track: "online-merchant",
        ticketNumber: ticket!,
        evidence: {},
        eligibilityStatus: "ELIGIBLE",
        eligibilityResult: {},
        eligibilityEvaluatedAt: new Date(),
      },
    });
    const c = await tx.schoolClass.create({
      data: { name: options.className, createdById: teacher.id, teachers: { create: [{ userId: teacher.id }] } },
    });
    return { candidateId: candidate.id, classId: c.id, credentials: { identifier: ticket!, password } };
  });
}

/** The items of the candidate's latest drill in order, with their keys (the test plays a student who knows them). */
export async function latestDrillItems(candidateId: string) {
  const p = await db();
  const drill = await p.practiceDrill.findFirstOrThrow({ where: { candidateId }, orderBy: { createdAt: "desc" }, include: { items: { orderBy: { position: "asc" } } } });
  const versions = await p.itemVersion.findMany({ where: { id: { in: drill.items.map((i) => i.itemVersionId) } }, select: { id: true, type: true, stem: true, options: true, answer: true } });
  const byId = new Map(versions.map((v) => [v.id, v]));
  return drill.items.map((i) => {
    const v = byId.get(i.itemVersionId)!;
    return { type: v.type, stem: v.stem, options: v.options as Array<{ key: string; text: string }>, answer: v.answer };
  });
}

export async function practiceAnswers(candidateId: string) {
  return (await db()).practiceAnswer.findMany({ where: { candidateId }, orderBy: { id: "asc" } });
}
