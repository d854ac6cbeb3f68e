// Use case: an admin imports a candidate roster (XLSX/CSV), after its preview. Every row is validated first;
// nothing is written unless the whole file is valid, or the admin chose to import only the
// valid rows. All rows are written in one transaction; progress is visible meanwhile through
// the ImportBatch row (updated outside the transaction). See docs/roster-import.md.
import { randomUUID } from "node:crypto";
import { Prisma } from "@prisma/client";
import { z } from "zod";
import { evaluateEligibility, type LevelCode, type TrackCode } from "@/standard";
import { getPrisma } from "../db/client";
import { AppError } from "../errors";
import type { CandidateDraft, RosterProblem } from "../roster/validate-roster";
import { checkRoster } from "./check-roster";
import { reserveTicketNumbers, shanghaiYear } from "./ticket-number";

export const ImportModeSchema = z.enum(["all-or-nothing", "valid-only"]);
export type ImportMode = z.infer<typeof ImportModeSchema>;

export { MAX_ROSTER_BYTES } from "./check-roster";
const CHUNK = 500;

export type ImportRosterResult = {
  batchId: string;
  status: "DONE" | "FAILED";
  total: number;
  imported: number;
  skipped: number;
  problems: RosterProblem[];
  notices: string[];
};

export async function importRoster(options: {
  actorId: string;
  batchId?: string;
  fileName: string;
  bytes: Uint8Array;
  mode: ImportMode;
  now: Date;
}): Promise<ImportRosterResult> {
  const prisma = getPrisma();
  const batchId = options.batchId ?? randomUUID();
  const { table, validation } = await checkRoster(options);
  const { candidates, problems, notices } = validation;

  try {
    await prisma.importBatch.create({
      data: { id: batchId, kind: "roster", fileName: options.fileName, createdById: options.actorId, total: table.rows.length, createdAt: options.now },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", { message: "该导入已在进行或已完成" });
    }
    throw error;
  }
  const total = table.rows.length;

  if (problems.length > 0 && options.mode === "all-or-nothing") {
    await finish(batchId, { status: "FAILED", processed: total, imported: 0, skipped: total, problems, message: "invalid-file", now: options.now });
    return { batchId, status: "FAILED", total, imported: 0, skipped: total, problems, notices };
  }

  try {
    await writeCandidates(batchId, candidates, options.now, total, options.actorId);
  } catch (error) {
    const conflict = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
    await finish(batchId, {
      status: "FAILED",
      processed: total,
      imported: 0,
      skipped: total,
      problems,
      message: conflict ? "conflict" : "error",
      now: options.now,
    });
    if (conflict) throw new AppError("CONFLICT", { message: "名单在导入期间被修改（有考生已存在），未写入任何数据，请重新导入。" });
    throw error;
  }

  const skipped = total - candidates.length;
  await finish(batchId, { status: "DONE", processed: total, imported: candidates.length, skipped, problems, now: options.now });
  await prisma.auditLog.create({
    data: {
      actorId: options.actorId,
      action: "roster.import",
      subject: batchId,
      at: options.now,
      details: { fileName: options.fileName, mode: options.mode, imported: candidates.length, skipped },
    },
  });
  return { batchId, status: "DONE", total, imported: candidates.length, skipped, problems, notices };
}

async function writeCandidates(batchId: string, drafts: CandidateDraft[], now: Date, total: number, actorId: string) {
  const prisma = getPrisma();
  const year = shanghaiYear(now);
  await prisma.$transaction(
    async (tx) => {
      // Ticket numbers per (level, track), in file order.
      const tickets = new Map<CandidateDraft, string>();
      const groups = new Map<string, CandidateDraft[]>();
      for (const d of drafts) {
        const key = `${d.level}|${d.track}`;
        groups.set(key, [...(groups.get(key) ?? []), d]);
      }
      for (const [key, group] of groups) {
        const [level, track] = key.split("|") as [LevelCode, TrackCode];
        const numbers = await reserveTicketNumbers(tx, { year, level, track, count: group.length });
        group.forEach((d, i) => tickets.set(d, numbers[i]!));
      }
      for (let start = 0; start < drafts.length; start += CHUNK) {
        const chunk = drafts.slice(start, start + CHUNK);
        const rows = chunk.map((d) => {
          const result = evaluateEligibility(d.eligibilityInput, now);
          return { draft: d, userId: randomUUID(), result };
        });
        await tx.user.createMany({
          data: rows.map((r) => ({ id: r.userId, displayName: r.draft.name, roles: ["CANDIDATE"], mustChangePassword: true })),
        });
        await tx.candidate.createMany({
          data: rows.map((r) => ({
            userId: r.userId,
            name: r.draft.name,
            idNumber: r.draft.idNumber,
            gender: r.draft.gender,
            phone: r.draft.phone ?? null,
            level: r.draft.level,
            track: r.draft.track,
            ticketNumber: tickets.get(r.draft)!,
            evidence: r.draft.eligibilityInput,
            eligibilityStatus: r.result.eligible ? "ELIGIBLE" : "NOT_ELIGIBLE",
            eligibilityResult: r.result,
            eligibilityEvaluatedAt: now,
            importBatchId: batchId,
          })),
        });
        // Progress, outside the transaction so the admin's page sees it while this runs.
        const processed = Math.round(((start + chunk.length) / Math.max(drafts.length, 1)) * total);
        await prisma.importBatch.update({ where: { id: batchId }, data: { processed } });
      }
      await writeClasses(tx, drafts, now, actorId);
    },
    { timeout: 300_000, maxWait: 10_000 },
  );
}

/** The 班级 column: classes created when missing (by name), candidates put into them. */
async function writeClasses(tx: Prisma.TransactionClient, drafts: CandidateDraft[], now: Date, actorId: string) {
  const named = drafts.filter((d) => d.className);
  if (named.length === 0) return;
  const names = [...new Set(named.map((d) => d.className!))];
  await tx.schoolClass.createMany({ data: names.map((name) => ({ name, createdById: actorId, createdAt: now })), skipDuplicates: true });
  const classes = new Map((await tx.schoolClass.findMany({ where: { name: { in: names } }, select: { id: true, name: true } })).map((c) => [c.name, c.id]));
  const ids = new Map((await tx.candidate.findMany({ where: { idNumber: { in: named.map((d) => d.idNumber) } }, select: { id: true, idNumber: true } })).map((c) => [c.idNumber, c.id]));
  await tx.classMember.createMany({
    data: named.map((d) => ({ classId: classes.get(d.className!)!, candidateId: ids.get(d.idNumber)!, addedAt: now })),
    skipDuplicates: true,
  });
}

async function finish(
  batchId: string,
  data: {
    status: "DONE" | "FAILED";
    processed: number;
    imported: number;
    skipped: number;
    problems: RosterProblem[];
    message?: string;
    now: Date;
  },
) {
  await getPrisma().importBatch.update({
    where: { id: batchId },
    data: {
      status: data.status,
      processed: data.processed,
      imported: data.imported,
      skipped: data.skipped,
      problems: data.problems as unknown as Prisma.InputJsonValue,
      message: data.message ?? null,
      finishedAt: data.now,
    },
  });
}

/** Progress of an import, for the admin who started it. */
export async function getImportBatch(options: { batchId: string; actorId: string }) {
  const batch = await getPrisma().importBatch.findFirst({
    where: { id: options.batchId, createdById: options.actorId },
    select: { id: true, kind: true, fileName: true, status: true, total: true, processed: true, imported: true, skipped: true, message: true, problems: true },
  });
  if (!batch) throw new AppError("NOT_FOUND");
  return { ...batch, problems: (batch.problems ?? []) as unknown as RosterProblem[] };
}
