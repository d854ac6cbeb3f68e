// Use cases: the candidate submits; the candidate's browser reports an event (focus lost, full
// screen left, copy/paste) for the proctor — recorded, never used to end an exam by itself.
import { z } from "zod";
import { textWithoutNul } from "../text-input";
import { remainingSeconds, type AttemptStatus } from "@/exam/attempt";
import { getPrisma } from "../db/client";
import { AppError } from "../errors";
import { scoreAttempt } from "../results/score-theory";
import { closeExpiredAttempts } from "./close-expired";

export async function submitAttempt(options: { attemptId: string; candidateId: string }) {
  const prisma = getPrisma();
  await closeExpiredAttempts({ attemptId: options.attemptId });
  const updated = await prisma.$executeRaw`
    UPDATE "Attempt" SET status = 'submitted', "submittedAt" = now(), "submittedBy" = 'candidate'
    WHERE id = ${options.attemptId} AND "candidateId" = ${options.candidateId} AND status IN ('in_progress', 'paused')`;
  const attempt = await prisma.attempt.findFirst({ where: { id: options.attemptId, candidateId: options.candidateId }, select: { status: true, submittedBy: true } });
  if (!attempt) throw new AppError("NOT_FOUND");
  if (attempt.status === "submitted") await scoreAttempt(options.attemptId);
  return { submitted: attempt.status === "submitted", by: attempt.submittedBy, justNow: updated === 1 };
}

export const CandidateEventInput = z.object({
  kind: z.enum(["focus-lost", "focus-back", "fullscreen-exit", "copy", "paste", "reconnected"]),
  details: z
    .record(z.string().max(40).pipe(textWithoutNul("事件详情")), z.union([z.string().max(200).pipe(textWithoutNul("事件详情")), z.number()]))
    .refine((d) => Object.keys(d).length <= EVENT_LIMITS.maxDetails, { message: "事件详情过多" })
    .optional(),
});

/** Candidate events (issue 12): a body cap (the route reads at most this many bytes) and a rate per attempt. */
export const EVENT_LIMITS = { maxBodyBytes: 4096, maxDetails: 10, perMinute: 30 } as const;

/**
 * Records a candidate's event on their own attempt. Errors: VALIDATION (bad input, NUL in text),
 * NOT_FOUND, RATE_LIMITED (more than EVENT_LIMITS.perMinute events of this attempt in a minute).
 */
export async function recordCandidateEvent(options: { attemptId: string; candidateId: string; input: unknown }) {
  const input = CandidateEventInput.parse(options.input);
  const prisma = getPrisma();
  const attempt = await prisma.attempt.findFirst({ where: { id: options.attemptId, candidateId: options.candidateId }, select: { id: true } });
  if (!attempt) throw new AppError("NOT_FOUND");
  const [{ recent }] = await prisma.$queryRaw<[{ recent: number }]>`
    SELECT count(*)::int AS recent FROM "AttemptEvent" WHERE "attemptId" = ${attempt.id} AND "actorId" IS NULL AND at > now() - interval '1 minute'`;
  if (recent >= EVENT_LIMITS.perMinute) throw new AppError("RATE_LIMITED", { message: "事件上报过于频繁，请稍后再试", params: { retryAfterMinutes: 1 } });
  await prisma.attemptEvent.create({ data: { attemptId: attempt.id, kind: input.kind, details: input.details ?? {} } });
  return { recorded: true };
}

/** The candidate's page says "I am here": last seen for the proctor, and the clock re-synced. */
export async function heartbeat(options: { attemptId: string; candidateId: string }) {
  await closeExpiredAttempts({ attemptId: options.attemptId });
  const rows = await getPrisma().$queryRaw<Array<{ status: string; deadline: Date; pausedAt: Date | null; submittedBy: string | null; now: Date }>>`
    UPDATE "Attempt" SET "lastSeenAt" = CASE WHEN status = 'in_progress' THEN now() ELSE "lastSeenAt" END
    WHERE id = ${options.attemptId} AND "candidateId" = ${options.candidateId}
    RETURNING status, deadline, "pausedAt", "submittedBy", now() AS now`;
  const row = rows[0];
  if (!row) throw new AppError("NOT_FOUND");
  const status = row.status as AttemptStatus;
  return { status, submittedBy: row.submittedBy, remainingSeconds: remainingSeconds({ status, deadline: row.deadline, pausedAt: row.pausedAt }, row.now) };
}
