// On submission (by the candidate, at the deadline by the sweep, or by the proctor), every
// automatic check of every deliverable of the attempt's tasks is run once over what was handed in
// and stored as CheckResult rows: evidence for the examiners, and the score of an automatic
// criterion (docs/skill-checks.md, docs/skill-delivery.md). Idempotent: running it again
// recomputes and overwrites the same rows. An AttemptEvent "checks-computed" marks the attempt
// done, so the sweep (runPendingAttemptChecks) catches attempts submitted by the deadline or the
// proctor, or whose checks failed on a server error. A file recorded after the submit (its last
// byte arrived before it: docs/skill-delivery.md, "When a file counts") marks the checks due again
// (markChecksDue) and reruns them. Runs of one attempt are serialised by its row lock when they
// write, and a run whose files changed while it probed them starts again, so the last written
// results always cover the current files.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import type { Prisma } from "@prisma/client";
import { evidenceFor } from "@/exam/deliverables";
import { runCheck, type FileEvidence } from "@/grading/checks";
import { getPrisma } from "../db/client";
import { getStorage } from "../storage";
import { loadPlanTasks } from "./attempt/plan-tasks";
import { probeFile } from "./probe";

export const CHECKS_COMPUTED = "checks-computed";

/** Probes one stored file through a temporary copy on disk (the probe reads ranges; memory stays flat). */
async function probeStored(file: { storageKey: string; mime: string; originalName: string }): Promise<FileEvidence> {
  const tmp = path.join(os.tmpdir(), `probe-${randomUUID()}`);
  try {
    await pipeline(await getStorage().get(file.storageKey), fs.createWriteStream(tmp));
    return await probeFile({ path: tmp }, file.mime, file.originalName);
  } catch {
    return { name: file.originalName, error: "checks.probe.unreadable" };
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

/** Drops the `checks-computed` mark of an attempt (inside the caller's transaction), so the sweep runs its checks again. */
export async function markChecksDue(tx: Prisma.TransactionClient, attemptId: string): Promise<void> {
  await tx.attemptEvent.deleteMany({ where: { attemptId, kind: CHECKS_COMPUTED } });
}

const sameFiles = (a: string[], b: string[]) => a.length === b.length && a.every((id, i) => id === b[i]);

/** How often a run starts again because files changed while it probed them, before leaving it to the sweep. */
const MAX_RUNS = 3;

/**
 * Runs the checks of a submitted skill attempt and stores one CheckResult per (task version,
 * deliverable, check index). Does nothing for a theory attempt, an unknown one, or one not yet
 * submitted. Files: the current (not replaced) ones, in upload order. The results are written
 * under the attempt's row lock, and only if the current files are still those probed (else the
 * run starts again; after MAX_RUNS it throws and the sweep retries).
 */
export async function runChecksForAttempt(attemptId: string): Promise<void> {
  for (let run = 1; run <= MAX_RUNS; run++) if (await runChecksOnce(attemptId)) return;
  throw new Error(`the files of attempt ${attemptId} kept changing while its checks ran`);
}

/** One run; false when the current files changed while they were probed (nothing written). */
async function runChecksOnce(attemptId: string): Promise<boolean> {
  const prisma = getPrisma();
  const a = await prisma.attempt.findUnique({
    where: { id: attemptId },
    select: {
      id: true,
      status: true,
      skillPlanId: true,
      deliverableAnswers: { select: { taskVersionId: true, deliverableId: true, value: true } },
      submissionFiles: { where: { replacedAt: null }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, taskVersionId: true, deliverableId: true, file: { select: { storageKey: true, mime: true, originalName: true } } } },
    },
  });
  if (!a || !a.skillPlanId || a.status !== "submitted") return true;
  const tasks = await loadPlanTasks(a.skillPlanId);
  const rows: Array<{ taskVersionId: string; deliverableId: string; checkIndex: number; result: Prisma.InputJsonValue }> = [];
  for (const t of tasks) {
    for (const d of t.deliverables) {
      if (d.checks.length === 0) continue;
      const value = a.deliverableAnswers.find((x) => x.taskVersionId === t.versionId && x.deliverableId === d.id)?.value ?? null;
      const files: FileEvidence[] = [];
      if (d.kind === "files")
        for (const s of a.submissionFiles.filter((x) => x.taskVersionId === t.versionId && x.deliverableId === d.id)) files.push(await probeStored(s.file));
      const evidence = evidenceFor(d, value, files);
      d.checks.forEach((spec, checkIndex) => rows.push({ taskVersionId: t.versionId, deliverableId: d.id, checkIndex, result: runCheck(spec, evidence) as unknown as Prisma.InputJsonValue }));
    }
  }
  return prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Attempt" WHERE id = ${attemptId} FOR NO KEY UPDATE`;
    const files = await tx.submissionFile.findMany({ where: { attemptId, replacedAt: null }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true } });
    if (!sameFiles(files.map((f) => f.id), a.submissionFiles.map((f) => f.id))) return false;
    const [{ now }] = (await tx.$queryRaw<Array<{ now: Date }>>`SELECT now() AS now`) as [{ now: Date }];
    await tx.checkResult.deleteMany({ where: { attemptId } });
    if (rows.length) await tx.checkResult.createMany({ data: rows.map((r) => ({ ...r, attemptId, computedAt: now })) });
    await tx.attemptEvent.deleteMany({ where: { attemptId, kind: CHECKS_COMPUTED } });
    await tx.attemptEvent.create({ data: { attemptId, kind: CHECKS_COMPUTED, details: { results: rows.length } } });
    return true;
  });
}

/** The sweep's part: submitted skill attempts whose checks were not computed yet (oldest first, a few per round). */
export async function runPendingAttemptChecks(limit = 20): Promise<number> {
  const pending = await getPrisma().$queryRaw<Array<{ id: string }>>`
    SELECT a.id FROM "Attempt" a
    WHERE a.status = 'submitted' AND a."skillPlanId" IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM "AttemptEvent" e WHERE e."attemptId" = a.id AND e.kind = ${CHECKS_COMPUTED})
    ORDER BY a."submittedAt" ASC LIMIT ${limit}`;
  for (const { id } of pending) {
    try {
      await runChecksForAttempt(id);
    } catch (error) {
      console.error(`[sweep] automatic checks of attempt ${id} failed:`, error);
    }
  }
  return pending.length;
}
