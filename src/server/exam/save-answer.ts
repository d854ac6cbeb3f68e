// Use case: save one answer — the hot path. One SQL statement checks the attempt (owner, status,
// deadline by the database clock plus grace, item in the paper) and upserts the answer only if
// its sequence number is newer, so a resent or out-of-order save never overwrites a newer one.
import { z } from "zod";
import { remainingSeconds, type AttemptStatus } from "@/exam/attempt";
import { OptionKeySchema } from "@/exam/types";
import { getPgPool } from "../db/pg";
import { getEnv } from "../env";
import { AppError } from "../errors";
import { closeExpiredAttempts } from "./close-expired";
import { observeSave } from "../ops/metrics";

export const SaveAnswerInput = z.object({
  itemVersionId: z.string().min(1).max(64),
  response: z.array(OptionKeySchema).max(8),
  flagged: z.boolean().default(false),
  seq: z.number().int().positive().max(2_000_000_000),
});

// The statement is the PL/pgSQL function exam_save_answer (prisma/migrations/
// 20261130160000_save_answer_function: its text and comments are there), which keeps its plan per
// connection instead of planning on every save (issue 15, docs/benchmarks.md). What it does:
// keys_ok: the response names only the item's own option keys, and at most one unless the item
// is multiple-choice (true/false and single-choice: one).
// $1 attempt, $2 candidate, $3 item version, $4 response, $5 flagged, $6 seq, $7 grace seconds,
// $8 the signed-in user (when given: the account must be active and not awaiting a password change),
// $9 the session version of the caller's token (when given: it must equal the user's, else the
// token was revoked; read from the same user row the statement already joins, so revocation
// costs no extra query). A caller that fails these gets caller_ok = false and nothing is written.
// The attempt row is locked for the statement, so a submit, pause or close waits for a save in
// flight and a save waiting on them sees their outcome. The answer is written only if its
// sequence number is newer; lastSeenAt and lastSeq of the attempt are recorded.
const SAVE_SQL = `SELECT * FROM exam_save_answer($1, $2, $3, $4::text[], $5, $6, $7, $8, $9)`;

type Row = {
  status: string;
  deadline: Date;
  paused_at: Date | null;
  now: Date;
  in_paper: boolean;
  keys_ok: boolean | null;
  caller_ok: boolean;
  written: number | null;
  current_seq: number | null;
  current_response: string[] | null;
  current_flagged: boolean | null;
};

/**
 * Saves one answer, counted and timed in the metrics (src/server/ops/metrics.ts). `userId` (with
 * `sessionVersion` from the token, on the front server's fast path) names the signed-in caller;
 * errors: UNAUTHENTICATED (account disabled, awaiting a password change, or the token revoked),
 * NOT_FOUND, VALIDATION, CONFLICT (paused), DEADLINE_PASSED.
 */
export function saveAnswer(options: { attemptId: string; candidateId: string; userId?: string; sessionVersion?: number; input: unknown }) {
  return observeSave(() => saveAnswerOnce(options));
}

async function saveAnswerOnce(options: { attemptId: string; candidateId: string; userId?: string; sessionVersion?: number; input: unknown }) {
  const input = SaveAnswerInput.parse(options.input);
  const grace = getEnv().SAVE_GRACE_SECONDS;
  const response = [...new Set(input.response)].sort();
  const { rows } = await getPgPool().query<Row>(SAVE_SQL, [
    options.attemptId,
    options.candidateId,
    input.itemVersionId,
    response,
    input.flagged,
    input.seq,
    grace,
    options.userId ?? null,
    options.sessionVersion ?? null,
  ]);
  const row = rows[0];
  if (!row) throw new AppError("NOT_FOUND");
  if (!row.caller_ok) throw new AppError("UNAUTHENTICATED");
  if (!row.in_paper) throw new AppError("VALIDATION", { message: "该题不在本试卷中" });
  // Option keys the item does not have (["F"] on a true/false item), or several on a single-choice item.
  if (!row.keys_ok) throw new AppError("VALIDATION", { message: "所选答案不是该题的选项，或选项个数超过题型允许的数目；答案未保存" });
  const clock = { status: row.status as AttemptStatus, deadline: row.deadline, pausedAt: row.paused_at };
  const remaining = remainingSeconds(clock, row.now);
  if (row.written === null) {
    // Not written: either a stale/duplicate sequence (already saved: fine) or the attempt is closed.
    if (row.status === "in_progress" && row.now.getTime() <= row.deadline.getTime() + grace * 1000) {
      // A newer save of this item exists (another tab or device): return it, so the page shows
      // what the server holds instead of calling its own older choice "saved".
      const newer = (row.current_seq ?? 0) > input.seq ? { response: row.current_response ?? [], flagged: row.current_flagged ?? false } : undefined;
      return { saved: true, seq: input.seq, currentSeq: Math.max(row.current_seq ?? 0, input.seq), stale: true, current: newer, remainingSeconds: remaining };
    }
    if (row.status === "in_progress") await closeExpiredAttempts({ attemptId: options.attemptId });
    const message = row.status === "paused" ? "考试已被监考人员暂停，答案暂不能保存" : "考试已结束，答案无法再保存";
    throw new AppError(row.status === "paused" ? "CONFLICT" : "DEADLINE_PASSED", { message, params: { status: row.status } });
  }
  return { saved: true, seq: input.seq, currentSeq: input.seq, stale: false, remainingSeconds: remaining };
}
