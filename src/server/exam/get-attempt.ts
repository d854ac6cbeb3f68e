// Use case: the candidate's exam page data: their items in their own order, options in their
// own order (original keys, never the correct ones), their saved answers and flags, and the
// time left by the server's clock. Scoped: an attempt of another candidate is "not found".
//
// One SQL statement reads the attempt, its answers, the clock and the items prepared at publish
// (SessionCandidate.examItems, JSON text). The items are passed on as that text, so a paper
// costs the server a read and a string concatenation (attemptViewBody). Seats prepared before
// examItems existed get their items built from the stored order (exam-items.ts).
import { isExpired, remainingSeconds, type AttemptStatus } from "@/exam/attempt";
import type { OptionKey } from "@/exam/types";
import { getPrisma } from "../db/client";
import { getPgPool } from "../db/pg";
import { getEnv } from "../env";
import { AppError } from "../errors";
import { closeExpiredAttempts } from "./close-expired";
import { buildExamItems, type ExamItemView } from "./exam-items";

export type { ExamItemView } from "./exam-items";

// $1 attempt, $2 candidate, $3 the signed-in user (when given: the candidate's account must be
// this user, active, a candidate, not awaiting a password change and, when $4 is given, still at
// the token's session version; else account_ok is false).
const VIEW_SQL = `
  SELECT a.id, a."sessionId" AS session_id, a.status, a."startedAt" AS started_at, a.deadline, a."pausedAt" AS paused_at,
         a."submittedBy" AS submitted_by, a."lastSeq" AS last_seq, s.name AS session_name, now() AS now,
         sc."examItems" AS exam_items, sc."itemOrder" AS item_order, sc."optionOrder" AS option_order,
         ($3::text IS NULL OR (u.id = $3 AND NOT u.disabled AND NOT u."mustChangePassword" AND 'CANDIDATE' = ANY (u.roles)
                               AND ($4::int IS NULL OR u."sessionVersion" = $4))) AS account_ok,
         (SELECT coalesce(json_agg(json_build_array(an."itemVersionId", an.response, an.flagged, an.seq)), '[]'::json)
            FROM "Answer" an WHERE an."attemptId" = a.id) AS answers
  FROM "Attempt" a
  JOIN "ExamSession" s ON s.id = a."sessionId"
  JOIN "SessionCandidate" sc ON sc."sessionId" = a."sessionId" AND sc."candidateId" = a."candidateId"
  JOIN "Candidate" c ON c.id = a."candidateId"
  JOIN "User" u ON u.id = c."userId"
  WHERE a.id = $1 AND a."candidateId" = $2`;

type Row = {
  id: string;
  session_id: string;
  status: string;
  started_at: Date;
  deadline: Date;
  paused_at: Date | null;
  submitted_by: string | null;
  last_seq: number;
  session_name: string;
  now: Date;
  exam_items: string | null;
  item_order: string[] | null;
  option_order: Record<string, OptionKey[]> | null;
  account_ok: boolean;
  answers: Array<[string, string[], boolean, number]>;
};

/** The exam page data without the items: the shape of GET /api/exam/attempts/:id minus `items`. */
export type AttemptViewHead = {
  attemptId: string;
  sessionId: string;
  sessionName: string;
  status: AttemptStatus;
  submittedBy: string | null;
  remainingSeconds: number;
  serverNow: string;
  lastSeq: number;
  startedAt: string;
  answers: Record<string, { response: string[]; flagged: boolean; seq: number }>;
};

/** The exam page data with the items as JSON text (an array of ExamItemView). */
export type AttemptView = { head: AttemptViewHead; itemsJson: string };

async function readView(options: { attemptId: string; candidateId: string; userId?: string; sessionVersion?: number }): Promise<Row | undefined> {
  const { rows } = await getPgPool().query<Row>(VIEW_SQL, [options.attemptId, options.candidateId, options.userId ?? null, options.sessionVersion ?? null]);
  return rows[0];
}

/**
 * The candidate's exam page data, or `{ account: false }` when `userId` is given and that account
 * may not sit the exam (inactive, not the candidate's, or awaiting a password change: the caller
 * answers through the full check). An attempt whose deadline plus grace has passed is submitted
 * first (closeExpiredAttempts). Errors: NOT_FOUND when the attempt is not this candidate's.
 */
export async function loadAttemptView(options: { attemptId: string; candidateId: string; userId?: string; sessionVersion?: number }): Promise<AttemptView | { account: false }> {
  let row = await readView(options);
  if (!row) throw new AppError("NOT_FOUND");
  if (!row.account_ok) return { account: false };
  const clock = () => ({ status: row!.status as AttemptStatus, deadline: row!.deadline, pausedAt: row!.paused_at });
  if (isExpired(clock(), row.now, getEnv().SAVE_GRACE_SECONDS)) {
    await closeExpiredAttempts({ attemptId: options.attemptId });
    row = await readView(options);
    if (!row) throw new AppError("NOT_FOUND");
  }
  const status = row.status as AttemptStatus;
  const head: AttemptViewHead = {
    attemptId: row.id,
    sessionId: row.session_id,
    sessionName: row.session_name,
    status,
    submittedBy: row.submitted_by,
    remainingSeconds: remainingSeconds(clock(), row.now),
    serverNow: row.now.toISOString(),
    lastSeq: row.last_seq,
    startedAt: row.started_at.toISOString(),
    answers: Object.fromEntries(row.answers.map(([itemVersionId, response, flagged, seq]) => [itemVersionId, { response, flagged, seq }])),
  };
  return { head, itemsJson: row.exam_items ?? JSON.stringify(await itemsFromOrder(row.item_order ?? [], row.option_order ?? {})) };
}

async function itemsFromOrder(itemOrder: string[], optionOrder: Record<string, OptionKey[]>): Promise<ExamItemView[]> {
  const versions = await getPrisma().itemVersion.findMany({ where: { id: { in: itemOrder } }, select: { id: true, type: true, stem: true, options: true } });
  return buildExamItems({ itemOrder, optionOrder, versions: new Map(versions.map((v) => [v.id, v])) });
}

/** The JSON body of GET /api/exam/attempts/:id: the head's fields and `items`, without re-encoding the items. */
export function attemptViewBody(view: AttemptView): string {
  return `${JSON.stringify(view.head).slice(0, -1)},"items":${view.itemsJson}}`;
}

/** The candidate's exam page data as an object (the route handler and tests). Errors: NOT_FOUND. */
export async function getAttemptForCandidate(options: { attemptId: string; candidateId: string }): Promise<AttemptViewHead & { items: ExamItemView[] }> {
  const view = await loadAttemptView(options);
  if (!("head" in view)) throw new AppError("FORBIDDEN");
  return { ...view.head, items: JSON.parse(view.itemsJson) as ExamItemView[] };
}

/** Does this attempt belong to the candidate? (pages answer 404 otherwise) */
export async function ownsAttempt(options: { attemptId: string; candidateId: string }): Promise<boolean> {
  const a = await getPrisma().attempt.findFirst({ where: { id: options.attemptId, candidateId: options.candidateId }, select: { id: true } });
  return !!a;
}
