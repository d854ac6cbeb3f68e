// Use case: a candidate's answer in a mock exam, saved the moment it changes, like the exam's
// (src/server/exam/save-answer.ts): one statement finds the mock by id AND candidate, checks
// its status and deadline (plus the save grace) by the database's clock and that the item is
// on its paper, and upserts only a newer sequence number. No key is returned.
import { z } from "zod";
import { remainingSeconds } from "@/exam/attempt";
import { getPgPool } from "../db/pg";
import { getEnv } from "../env";
import { AppError } from "../errors";
import { closeExpiredMocks } from "./finish-mock";

export const SaveMockAnswerInput = z.object({
  itemVersionId: z.string().min(1).max(64),
  response: z.array(z.string().regex(/^[A-Z]$/)).max(26),
  seq: z.number().int().positive().max(2_000_000_000),
});

// $1 mock, $2 candidate, $3 item version, $4 response, $5 seq, $6 grace seconds, $7 user
const SQL = `
  WITH m AS (
    SELECT m.id, m.status, m.deadline, now() AS now,
           EXISTS (SELECT 1 FROM "PracticeMockItem" i WHERE i."mockId" = m.id AND i."itemVersionId" = $3) AS on_paper
    FROM "PracticeMock" m
    JOIN "Candidate" c ON c.id = m."candidateId"
    JOIN "User" u ON u.id = c."userId"
    WHERE m.id = $1 AND m."candidateId" = $2
      AND ($7::text IS NULL OR (u.id = $7 AND NOT u.disabled AND NOT u."mustChangePassword"))
    FOR NO KEY UPDATE OF m
  ), ins AS (
    INSERT INTO "PracticeMockAnswer" ("mockId", "itemVersionId", response, seq, "savedAt")
    SELECT m.id, $3, $4::text[], $5, m.now FROM m
    WHERE m.status = 'in_progress' AND m.now <= m.deadline + make_interval(secs => $6) AND m.on_paper
    ON CONFLICT ("mockId", "itemVersionId") DO UPDATE
      SET response = EXCLUDED.response, seq = EXCLUDED.seq, "savedAt" = EXCLUDED."savedAt"
      WHERE "PracticeMockAnswer".seq < EXCLUDED.seq
    RETURNING seq
  ), seen AS (
    UPDATE "PracticeMock" SET "lastSeq" = GREATEST("lastSeq", $5) WHERE id = (SELECT id FROM m) AND status = 'in_progress'
  )
  SELECT m.status, m.deadline, m.now, m.on_paper, (SELECT seq FROM ins) AS written,
         cur.seq AS current_seq, cur.response AS current_response
  FROM m LEFT JOIN "PracticeMockAnswer" cur ON cur."mockId" = $1 AND cur."itemVersionId" = $3`;

type Row = { status: string; deadline: Date; now: Date; on_paper: boolean; written: number | null; current_seq: number | null; current_response: string[] | null };

export async function saveMockAnswer(options: { mockId: string; candidateId: string; userId?: string; input: unknown }) {
  const input = SaveMockAnswerInput.parse(options.input);
  const grace = getEnv().SAVE_GRACE_SECONDS;
  const response = [...new Set(input.response)].sort();
  const { rows } = await getPgPool().query<Row>(SQL, [options.mockId, options.candidateId, input.itemVersionId, response, input.seq, grace, options.userId ?? null]);
  const row = rows[0];
  if (!row) throw new AppError("NOT_FOUND");
  if (!row.on_paper) throw new AppError("VALIDATION", { message: "该题不在本次模拟试卷中" });
  const clock = { status: row.status as "in_progress" | "submitted", deadline: row.deadline, pausedAt: null };
  const remaining = remainingSeconds(clock, row.now);
  if (row.written === null) {
    if (row.status === "in_progress" && row.now.getTime() <= row.deadline.getTime() + grace * 1000) {
      const newer = (row.current_seq ?? 0) > input.seq ? { response: row.current_response ?? [] } : undefined;
      return { saved: true, seq: input.seq, currentSeq: Math.max(row.current_seq ?? 0, input.seq), stale: true, current: newer, remainingSeconds: remaining };
    }
    if (row.status === "in_progress") await closeExpiredMocks({ mockId: options.mockId });
    throw new AppError("DEADLINE_PASSED", { message: "模拟考试已结束，答案无法再保存" });
  }
  return { saved: true, seq: input.seq, currentSeq: input.seq, stale: false, remainingSeconds: remaining };
}
