-- The answer save (src/server/exam/save-answer.ts) as a PL/pgSQL function, for speed: PL/pgSQL
-- keeps the plan of its statement per connection, so a save no longer parses and plans its
-- statement on every call (planning was more than half of the save's database time: issue 15,
-- docs/benchmarks.md). An unnamed statement per call keeps working through PgBouncer's
-- transaction pooling, which named prepared statements would not (PgBouncer < 1.21).
--
-- Same statement and semantics as before: one statement checks the attempt (owner, status,
-- deadline by the database clock plus grace, item in the paper), the option keys, the caller
-- (active account, CANDIDATE role, session version), locks the attempt row for the statement,
-- upserts the answer only if its sequence number is newer, and records lastSeenAt/lastSeq.
-- The body is an E'' string whose statement terminator is written \073 (the octal escape of a
-- semicolon): Prisma's migration runner with the pg adapter splits a script on every semicolon.
-- Parameters: attempt, candidate, item version, response (sorted keys), flagged, seq, grace
-- seconds, the signed-in user (NULL: not checked), the token's session version (NULL: not checked).
CREATE OR REPLACE FUNCTION exam_save_answer(
  p_attempt text, p_candidate text, p_item text, p_response text[], p_flagged boolean, p_seq integer,
  p_grace double precision, p_user text, p_session_version integer)
RETURNS TABLE (
  status text, deadline timestamptz, paused_at timestamptz, now timestamptz, in_paper boolean,
  keys_ok boolean, caller_ok boolean, written integer, current_seq integer, current_response text[],
  current_flagged boolean)
LANGUAGE plpgsql VOLATILE AS E'#variable_conflict use_column
BEGIN
  RETURN QUERY
  WITH att AS (
    SELECT a.id, a.status, a.deadline, a."pausedAt" AS paused_at, now() AS now,
           EXISTS (SELECT 1 FROM "PaperItem" p WHERE p."paperId" = a."paperId" AND p."itemVersionId" = p_item) AS in_paper,
           (SELECT p_response <@ ARRAY(SELECT o->>''key'' FROM jsonb_array_elements(v.options) o)
                   AND (v.type = ''multiple'' OR cardinality(p_response) <= 1)
            FROM "ItemVersion" v WHERE v.id = p_item) AS keys_ok,
           (p_user IS NULL OR (u.id = p_user AND NOT u.disabled AND NOT u."mustChangePassword" AND ''CANDIDATE'' = ANY (u.roles)
             AND (p_session_version IS NULL OR u."sessionVersion" = p_session_version))) AS caller_ok
    FROM "Attempt" a
    JOIN "Candidate" c ON c.id = a."candidateId"
    JOIN "User" u ON u.id = c."userId"
    WHERE a.id = p_attempt AND a."candidateId" = p_candidate
    FOR NO KEY UPDATE OF a
  ), ins AS (
    INSERT INTO "Answer" AS ans ("attemptId", "itemVersionId", response, flagged, seq, "savedAt")
    SELECT att.id, p_item, p_response, p_flagged, p_seq, att.now FROM att
    WHERE att.caller_ok AND att.keys_ok AND att.status = ''in_progress'' AND att.now <= att.deadline + make_interval(secs => p_grace) AND att.in_paper
    ON CONFLICT ("attemptId", "itemVersionId") DO UPDATE
      SET response = EXCLUDED.response, flagged = EXCLUDED.flagged, seq = EXCLUDED.seq, "savedAt" = EXCLUDED."savedAt"
      WHERE ans.seq < EXCLUDED.seq
    RETURNING ans.seq
  ), seen AS (
    UPDATE "Attempt" AS up SET "lastSeenAt" = (SELECT att.now FROM att), "lastSeq" = GREATEST(up."lastSeq", p_seq)
    WHERE up.id = (SELECT att.id FROM att WHERE att.caller_ok) AND up.status = ''in_progress''
  )
  SELECT att.status::text, att.deadline, att.paused_at, att.now, att.in_paper, att.keys_ok, att.caller_ok,
         (SELECT ins.seq FROM ins), cur.seq, cur.response, cur.flagged
  FROM att LEFT JOIN "Answer" cur ON cur."attemptId" = p_attempt AND cur."itemVersionId" = p_item\073
END
';
