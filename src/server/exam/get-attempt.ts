// Use case: the candidate's exam page data: their items in their own order, options in their
// own order (original keys, never the correct ones), their saved answers and flags, and the
// time left by the server's clock. Scoped: an attempt of another candidate is "not found".
import { remainingSeconds, type AttemptStatus } from "@/exam/attempt";
import type { OptionKey } from "@/exam/types";
import { getPrisma } from "../db/client";
import { AppError } from "../errors";
import { closeExpiredAttempts } from "./close-expired";
import { dbNow } from "./db-clock";

export type ExamItemView = {
  versionId: string;
  number: number;
  type: "true-false" | "single" | "multiple";
  stem: string;
  options: Array<{ key: OptionKey; text: string }>;
};

export async function getAttemptForCandidate(options: { attemptId: string; candidateId: string }) {
  const prisma = getPrisma();
  await closeExpiredAttempts({ attemptId: options.attemptId });
  const attempt = await prisma.attempt.findFirst({
    where: { id: options.attemptId, candidateId: options.candidateId },
    select: {
      id: true,
      sessionId: true,
      status: true,
      startedAt: true,
      deadline: true,
      pausedAt: true,
      submittedAt: true,
      submittedBy: true,
      lastSeq: true,
      session: { select: { name: true, minutes: true } },
      answers: { select: { itemVersionId: true, response: true, flagged: true, seq: true } },
    },
  });
  if (!attempt) throw new AppError("NOT_FOUND");
  const sc = await prisma.sessionCandidate.findUniqueOrThrow({
    where: { sessionId_candidateId: { sessionId: attempt.sessionId, candidateId: options.candidateId } },
    select: { itemOrder: true, optionOrder: true },
  });
  const itemOrder = (sc.itemOrder ?? []) as string[];
  const optionOrder = (sc.optionOrder ?? {}) as Record<string, OptionKey[]>;
  const versions = await prisma.itemVersion.findMany({ where: { id: { in: itemOrder } }, select: { id: true, type: true, stem: true, options: true } });
  const byId = new Map(versions.map((v) => [v.id, v]));
  const items: ExamItemView[] = itemOrder.map((versionId, i) => {
    const v = byId.get(versionId);
    if (!v) throw new Error(`paper item ${versionId} missing`);
    const opts = v.options as Array<{ key: OptionKey; text: string }>;
    const order = optionOrder[versionId] ?? opts.map((o) => o.key);
    return {
      versionId,
      number: i + 1,
      type: v.type as ExamItemView["type"],
      stem: v.stem,
      options: order.map((key) => ({ key, text: opts.find((o) => o.key === key)?.text ?? "" })),
    };
  });
  const now = await dbNow(prisma);
  const status = attempt.status as AttemptStatus;
  return {
    attemptId: attempt.id,
    sessionId: attempt.sessionId,
    sessionName: attempt.session.name,
    status,
    submittedBy: attempt.submittedBy,
    remainingSeconds: remainingSeconds({ status, deadline: attempt.deadline, pausedAt: attempt.pausedAt }, now),
    serverNow: now.toISOString(),
    lastSeq: attempt.lastSeq,
    startedAt: attempt.startedAt.toISOString(),
    items,
    answers: Object.fromEntries(attempt.answers.map((a) => [a.itemVersionId, { response: a.response, flagged: a.flagged, seq: a.seq }])),
  };
}

/** Does this attempt belong to the candidate? (pages answer 404 otherwise) */
export async function ownsAttempt(options: { attemptId: string; candidateId: string }): Promise<boolean> {
  const a = await getPrisma().attempt.findFirst({ where: { id: options.attemptId, candidateId: options.candidateId }, select: { id: true } });
  return !!a;
}
