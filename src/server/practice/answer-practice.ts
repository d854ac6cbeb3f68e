// Use case: a candidate answers a drill's item and gets the feedback at once — the hot path of
// practice (served by the launcher's front server too: fast-answer.ts). One SQL statement finds
// the drill by id AND candidate (and an active account), checks that the item is in the drill
// and still open to practice (never a secure item), records the answer once (ON CONFLICT DO
// NOTHING: a resend, a second tab or an older sequence never changes it), updates the
// wrong-answer book, and only then returns the key and the explanation: the key is never sent
// for an answer that is not recorded. See docs/practice.md.
import { z } from "zod";
import { getPgPool } from "../db/pg";
import { AppError } from "../errors";

export const AnswerPracticeInput = z.object({
  itemVersionId: z.string().min(1).max(64),
  /** Original option keys chosen (letters; items may have up to 8 options A–H, or more). */
  response: z.array(z.string().regex(/^[A-Z]$/)).min(1, "请选择答案").max(26),
  seq: z.number().int().positive().max(2_000_000_000),
});

// Right twice in a row clears an item from the wrong-answer book.
export const RIGHT_IN_A_ROW_TO_CLEAR = 2;

// $1 drill, $2 candidate, $3 item version, $4 response (sorted), $5 seq, $6 the signed-in user
// (when given: the account must be active and not awaiting a password change), $7 the session
// version of the caller's token (when given: it must be current, else the token was revoked).
const ANSWER_SQL = `
  WITH d AS (
    SELECT d.id, now() AS now
    FROM "PracticeDrill" d
    JOIN "Candidate" c ON c.id = d."candidateId"
    JOIN "User" u ON u.id = c."userId"
    WHERE d.id = $1 AND d."candidateId" = $2
      AND ($6::text IS NULL OR (u.id = $6 AND NOT u.disabled AND NOT u."mustChangePassword"
        AND ($7::int IS NULL OR u."sessionVersion" = $7)))
  ), it AS (
    SELECT di."itemId", di.area, di.content, v.explanation,
           ARRAY(SELECT k FROM unnest(v.answer) k ORDER BY k) AS key
    FROM d
    JOIN "PracticeDrillItem" di ON di."drillId" = d.id AND di."itemVersionId" = $3
    JOIN "ItemVersion" v ON v.id = di."itemVersionId"
    JOIN "Item" i ON i.id = di."itemId"
    WHERE i.use IN ('practice', 'both') AND i.status = 'active'
  ), ins AS (
    INSERT INTO "PracticeAnswer" ("candidateId", "drillId", "itemVersionId", "itemId", area, content, response, correct, seq, "answeredAt")
    SELECT $2, $1, $3, it."itemId", it.area, it.content, $4::text[], $4::text[] = it.key, $5, d.now FROM d, it
    ON CONFLICT ("drillId", "itemVersionId") DO NOTHING
    RETURNING correct
  ), wrong AS (
    INSERT INTO "PracticeMistake" ("candidateId", "itemId", area, content, "wrongCount", "rightStreak", state, "firstWrongAt", "lastWrongAt", "updatedAt")
    SELECT $2, it."itemId", it.area, it.content, 1, 0, 'open', d.now, d.now, d.now FROM d, it, ins WHERE NOT ins.correct
    ON CONFLICT ("candidateId", "itemId") DO UPDATE
      SET "wrongCount" = "PracticeMistake"."wrongCount" + 1, "rightStreak" = 0, state = 'open',
          "lastWrongAt" = EXCLUDED."lastWrongAt", "updatedAt" = EXCLUDED."updatedAt"
  ), fixed AS (
    UPDATE "PracticeMistake" m
    SET "rightStreak" = m."rightStreak" + 1,
        state = CASE WHEN m."rightStreak" + 1 >= ${RIGHT_IN_A_ROW_TO_CLEAR} THEN 'cleared' ELSE m.state END,
        "updatedAt" = d.now
    FROM d, it, ins
    WHERE ins.correct AND m."candidateId" = $2 AND m."itemId" = it."itemId" AND m.state = 'open'
  ), seen AS (
    UPDATE "PracticeDrill" SET "lastSeq" = GREATEST("lastSeq", $5) WHERE id = $1 AND EXISTS (SELECT 1 FROM ins)
  )
  SELECT (it."itemId" IS NOT NULL) AS usable, it.key, it.explanation,
         ins.correct AS new_correct, prev.correct AS prev_correct, prev.response AS prev_response, prev.seq AS prev_seq
  FROM d
  LEFT JOIN it ON true
  LEFT JOIN ins ON true
  LEFT JOIN "PracticeAnswer" prev ON prev."drillId" = $1 AND prev."itemVersionId" = $3`;

type Row = {
  usable: boolean;
  key: string[] | null;
  explanation: string | null;
  new_correct: boolean | null;
  prev_correct: boolean | null;
  prev_response: string[] | null;
  prev_seq: number | null;
};

export type PracticeFeedback = {
  recorded: true;
  /** false when this save was a resend (or another tab's): the first recorded answer stands. */
  fresh: boolean;
  seq: number;
  response: string[];
  correct: boolean;
  key: string[];
  explanation: string;
};

/**
 * Records the answer (once) and returns the feedback. Errors: NOT_FOUND (no such drill of this
 * candidate), VALIDATION (the item is not in the drill or no longer open to practice: nothing is
 * recorded and no key is sent).
 */
export async function answerPractice(options: { drillId: string; candidateId: string; userId?: string; sessionVersion?: number; input: unknown }): Promise<PracticeFeedback> {
  const input = AnswerPracticeInput.parse(options.input);
  const response = [...new Set(input.response)].sort();
  const params = [options.drillId, options.candidateId, input.itemVersionId, response, input.seq, options.userId ?? null, options.sessionVersion ?? null];
  let row: Row | undefined;
  // Two saves of the same item at the same moment: the loser's snapshot cannot see the winner's
  // row yet, so it finds neither its own insert nor a previous answer; asking again sees it.
  for (let attempt = 0; attempt < 3; attempt++) {
    row = (await getPgPool().query<Row>(ANSWER_SQL, params)).rows[0];
    if (!row || !row.usable || row.new_correct !== null || row.prev_correct !== null) break;
  }
  if (!row) throw new AppError("NOT_FOUND");
  if (!row.usable) throw new AppError("VALIDATION", { message: "该题不在本组练习中，或已停止用于练习；答案未记录" });
  const fresh = row.new_correct !== null;
  if (!fresh && row.prev_correct === null) throw new AppError("CONFLICT", { message: "答案正在记录，请稍后重试" });
  return {
    recorded: true,
    fresh,
    seq: fresh ? input.seq : (row.prev_seq ?? input.seq),
    response: fresh ? response : (row.prev_response ?? []),
    correct: fresh ? (row.new_correct as boolean) : (row.prev_correct as boolean),
    key: row.key ?? [],
    explanation: row.explanation ?? "",
  };
}
