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

// keys_ok: the response names only the item's own option keys, and at most one unless the item
// is multiple-choice (true/false and single-choice: one).
// $1 attempt, $2 candidate, $3 item version, $4 response, $5 flagged, $6 seq, $7 grace seconds,
// $8 the signed-in user (when given: the account must be active and not awaiting a password change),
// $9 the session version of the caller's token (when given: it must equal the user's, else the
// token was revoked; read from the same user row the statement already joins, so revocation
// costs no extra query). A caller that fails these gets caller_ok = false and nothing is written.
// The attempt row is locked for the statement, so a submit, pause or close waits for a save in
// flight and a save waiting on them sees their outcome.
const SAVE_SQL = `
  WITH att AS (
    SELECT a.id, a.status, a.deadline, a."pausedAt" AS paused_at, now() AS now,
           EXISTS (SELECT 1 FROM "PaperItem" p WHERE p."paperId" = a."paperId" AND p."itemVersionId" = $3) AS in_paper,
           (SELECT $4::text[] <@ ARRAY(SELECT o->>'key' FROM jsonb_array_elements(v.options) o)
                   AND (v.type = 'multiple' OR cardinality($4::text[]) <= 1)
            FROM "ItemVersion" v WHERE v.id = $3) AS keys_ok,
           ($8::text IS NULL OR (u.id = $8 AND NOT u.disabled AND NOT u."mustChangePassword" AND 'CANDIDATE' = ANY (u.roles)
             AND ($9::int IS NULL OR u."sessionVersion" = $9))) AS caller_ok
    FROM "Attempt" a
    JOIN "Candidate" c ON c.id = a."candidateId"
    JOIN "User" u ON u.id = c."userId"
    WHERE a.id = $1 AND a."candidateId" = $2
    FOR NO KEY UPDATE OF a
  ), ins AS (
    INSERT INTO "Answer" ("attemptId", "itemVersionId", response, flagged, seq, "savedAt")
    SELECT att.id, $3, $4::text[], $5, $6, att.now FROM att
    WHERE att.caller_ok AND att.keys_ok AND att.status = 'in_progress' AND att.now <= att.deadline + make_interval(secs => $7) AND att.in_paper
    ON CONFLICT ("attemptId", "itemVersionId") DO UPDATE
      SET response = EXCLUDED.response, flagged = EXCLUDED.flagged, seq = EXCLUDED.seq, "savedAt" = EXCLUDED."savedAt"
      WHERE "Answer".seq < EXCLUDED.seq
    RETURNING seq
  ), seen AS (
    UPDATE "Attempt" SET "lastSeenAt" = (SELECT now FROM att), "lastSeq" = GREATEST("lastSeq", $6)
    WHERE id = (SELECT id FROM att WHERE caller_ok) AND status = 'in_progress'
  )
  SELECT att.status, att.deadline, att.paused_at, att.now, att.in_paper, att.keys_ok, att.caller_ok,
         (SELECT seq FROM ins) AS written,
         cur.seq AS current_seq, cur.response AS current_response, cur.flagged AS current_flagged
  FROM att LEFT JOIN "Answer" cur ON cur."attemptId" = $1 AND cur."itemVersionId" = $3`;

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
