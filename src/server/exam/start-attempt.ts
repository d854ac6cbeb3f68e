// Use case: a candidate starts (or resumes) their attempt. The paper and the candidate's order
// were fixed when the session was published; starting only records the deadline, by the
// database's clock. Starting twice, from a reload or a second device, returns the same attempt.
//
// One SQL statement reads the seat, the session and the room, and inserts the attempt when the
// rules of canStart (src/exam/attempt.ts) hold by the database's clock; the rules are checked
// again in TypeScript on the same row to name the reason of a refusal. The unique
// (session, candidate) keeps one attempt however many devices press start at once.
import { canStart } from "@/exam/attempt";
import { getPgPool } from "../db/pg";
import { AppError } from "../errors";

const REASONS = {
  "not-published": "考试尚未发布或试卷尚未准备好",
  "room-not-open": "监考人员尚未开考，请稍候",
  "too-early": "尚未到开考时间",
} as const;

// $1 session, $2 candidate, $3 the signed-in user (when given: the candidate's account must be
// this user, active, a candidate, not awaiting a password change and, when $4 is given, still at
// the token's session version; otherwise nothing is inserted and account_ok is false). A theory
// attempt sits the seat's paper, a skill attempt works on the session's plan (docs/skill-delivery.md).
// The times are cut to milliseconds, as the columns store them.
const START_SQL = `
  WITH ctx AS (
    SELECT sc."paperId" AS paper_id, s."skillPlanId" AS skill_plan_id, s.status, s.mode, s."startsAt" AS starts_at, s.minutes, r."openedAt" AS opened_at,
           date_trunc('milliseconds', now()) AS now,
           ($3::text IS NULL OR (u.id = $3 AND NOT u.disabled AND NOT u."mustChangePassword" AND 'CANDIDATE' = ANY (u.roles)
                               AND ($4::int IS NULL OR u."sessionVersion" = $4))) AS account_ok,
           (SELECT a.id FROM "Attempt" a WHERE a."sessionId" = $1 AND a."candidateId" = $2) AS existing_id
    FROM "SessionCandidate" sc
    JOIN "ExamSession" s ON s.id = sc."sessionId"
    JOIN "SessionRoom" r ON r.id = sc."sessionRoomId"
    JOIN "Candidate" c ON c.id = sc."candidateId"
    JOIN "User" u ON u.id = c."userId"
    WHERE sc."sessionId" = $1 AND sc."candidateId" = $2
  ), ins AS (
    INSERT INTO "Attempt" (id, "sessionId", "candidateId", "paperId", "skillPlanId", status, "startedAt", deadline, "lastSeenAt")
    SELECT gen_random_uuid()::text, $1, $2,
           CASE WHEN ctx.mode = 'theory' THEN ctx.paper_id END, CASE WHEN ctx.mode = 'skill' THEN ctx.skill_plan_id END,
           'in_progress', ctx.now, ctx.now + make_interval(mins => ctx.minutes), ctx.now
    FROM ctx
    WHERE ctx.existing_id IS NULL AND ctx.account_ok AND ctx.status = 'published'
      AND ((ctx.mode = 'theory' AND ctx.paper_id IS NOT NULL) OR (ctx.mode = 'skill' AND ctx.skill_plan_id IS NOT NULL))
      AND ctx.opened_at IS NOT NULL AND ctx.now >= ctx.starts_at
    ON CONFLICT ("sessionId", "candidateId") DO NOTHING
    RETURNING id
  )
  SELECT ctx.*, (SELECT id FROM ins) AS created_id FROM ctx`;

type Row = {
  paper_id: string | null;
  skill_plan_id: string | null;
  status: string;
  mode: string;
  starts_at: Date;
  minutes: number;
  opened_at: Date | null;
  now: Date;
  account_ok: boolean;
  existing_id: string | null;
  created_id: string | null;
};

/**
 * Starts or resumes the candidate's attempt in the session: `{ attemptId }`.
 * `userId` (the session token's user, for callers that did not look the user up) makes the
 * statement also require that account to be the candidate's, active and without a pending
 * password change (and, with `sessionVersion`, at that session version); when it is not, the result is `{ attemptId: null, account: false }` and nothing
 * was written (the caller then answers through the full check). Errors: NOT_FOUND (no seat, draft
 * or a review session), CONFLICT with the reason (not published / room not opened / too early).
 */
export async function startAttemptFor(options: { candidateId: string; sessionId: string; userId?: string; sessionVersion?: number }): Promise<{ attemptId: string } | { attemptId: null; account: false }> {
  const pool = getPgPool();
  const { rows } = await pool.query<Row>(START_SQL, [options.sessionId, options.candidateId, options.userId ?? null, options.sessionVersion ?? null]);
  const row = rows[0];
  if (!row) throw new AppError("NOT_FOUND");
  if (!row.account_ok) return { attemptId: null, account: false };
  const id = row.created_id ?? row.existing_id;
  if (id) return { attemptId: id };
  if (row.status === "draft" || (row.mode !== "theory" && row.mode !== "skill")) throw new AppError("NOT_FOUND");
  const ready = row.mode === "skill" ? !!row.skill_plan_id : !!row.paper_id;
  const decision = canStart({ published: row.status === "published" && ready, roomOpenedAt: row.opened_at, startsAt: row.starts_at, now: row.now });
  if (!decision.ok) throw new AppError("CONFLICT", { message: REASONS[decision.reason] });
  // Two devices pressed start at once and the other insert won: return its attempt.
  const again = await pool.query<{ id: string }>(`SELECT id FROM "Attempt" WHERE "sessionId" = $1 AND "candidateId" = $2`, [options.sessionId, options.candidateId]);
  if (!again.rows[0]) throw new Error("attempt neither inserted nor found");
  return { attemptId: again.rows[0].id };
}

/** Starts or resumes the attempt of a candidate whose account the caller has already checked. */
export async function startAttempt(options: { candidateId: string; sessionId: string }): Promise<{ attemptId: string }> {
  const result = await startAttemptFor(options);
  if (result.attemptId === null) throw new AppError("FORBIDDEN");
  return result;
}
