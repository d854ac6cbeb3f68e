// The examiners' pages under blind marking (issue 14): the same panel services
// (src/server/results/skill-panel.ts: independence, adjudication, locking stay there), addressed
// by the candidate's anonymous code and stripped of name, ticket and candidate id until the
// session's results are released. Adds what the scoring page needs around the sheet: the
// candidate's work, automatic criteria pre-scored from their checks, next/previous candidate,
// next task, and the panel's progress.
import { autoCriterionPoints, type AutoScoreRule } from "@/grading/checks";
import type { CurrentUser } from "../../auth/session";
import { getPrisma } from "../../db/client";
import { AppError } from "../../errors";
import { getExaminerGrid, getScoringSheet } from "../../results/skill-panel";
import { candidateIdForCode, ensureBlindCodes, namesRevealed } from "./blind-codes";
import { loadSubmittedWork } from "./submitted-work";

type Caller = Pick<CurrentUser, "id" | "roles">;
type AutoSpec = { deliverableId: string; checkIndex: number; rule: AutoScoreRule };

/** The grid of the panel by code (sorted by code, not by seat: seats are on the seating chart). */
export async function getBlindGrid(o: { caller: Caller; sessionId: string }) {
  const grid = await getExaminerGrid(o); // NOT_FOUND unless the caller is on the panel
  await ensureBlindCodes(o.sessionId);
  const [seats, revealed] = await Promise.all([
    getPrisma().sessionCandidate.findMany({ where: { sessionId: o.sessionId }, select: { candidateId: true, blindCode: true } }),
    namesRevealed(o.sessionId),
  ]);
  const codeOf = new Map(seats.map((s) => [s.candidateId, s.blindCode!]));
  const candidates = grid.candidates
    .map((c) => ({ code: codeOf.get(c.candidateId)!, name: revealed ? c.name : null, ticketNumber: revealed ? c.ticketNumber : null, tasks: c.tasks }))
    .sort((a, b) => a.code.localeCompare(b.code));
  return { session: grid.session, isChief: grid.isChief, tasks: grid.tasks, examinerCount: grid.examinerCount, revealed, candidates };
}

export type BlindGrid = Awaited<ReturnType<typeof getBlindGrid>>;

/** Panel progress of one task: my sheets and all sheets submitted, results final. */
export function taskProgress(grid: BlindGrid, taskVersionId: string) {
  const cells = grid.candidates.map((c) => c.tasks.find((t) => t.versionId === taskVersionId)!);
  return {
    candidates: cells.length,
    mine: cells.filter((c) => c.mine).length,
    sheets: cells.reduce((s, c) => s + c.submitted, 0),
    sheetsTotal: cells.length * grid.examinerCount,
    final: cells.filter((c) => c.status === "final").length,
    adjudication: cells.filter((c) => c.status === "awaiting-adjudication").length,
  };
}

/**
 * One scoring sheet by code. Returns the panel's sheet (my scores; the others' after I submitted),
 * the work, `auto` (points and a comment for each automatic criterion that has its check result),
 * `nav` (previous / next code for this task, the next task for this code, the next sheet I have
 * not submitted) and `progress`. NOT_FOUND for an unknown code or a caller not on the panel.
 */
export async function getBlindSheet(o: { caller: Caller; sessionId: string; code: string; taskVersionId: string }) {
  const grid = await getBlindGrid({ caller: o.caller, sessionId: o.sessionId });
  const candidateId = await candidateIdForCode(o.sessionId, o.code);
  if (!candidateId) throw new AppError("NOT_FOUND");
  const sheet = await getScoringSheet({ caller: o.caller, sessionId: o.sessionId, candidateId, taskVersionId: o.taskVersionId });
  const work = await loadSubmittedWork({ sessionId: o.sessionId, candidateId, taskVersionId: o.taskVersionId, blindCode: grid.revealed ? null : o.code });
  const auto: Record<string, { points: number; met: number; total: number }> = {};
  for (const c of sheet.task.rubric as Array<{ id: string; points: number; auto?: AutoSpec }>) {
    if (!c.auto) continue;
    const result = work.checkResults.get(`${c.auto.deliverableId}:${c.auto.checkIndex}`);
    if (result) auto[c.id] = { points: autoCriterionPoints(c.points * 100, result, c.auto.rule), met: result.met, total: result.total };
  }
  const codes = grid.candidates.map((c) => c.code);
  const i = codes.indexOf(o.code);
  const taskIds = grid.tasks.map((t) => t.versionId);
  const j = taskIds.indexOf(o.taskVersionId);
  const order = taskIds.flatMap((t) => grid.candidates.map((c) => ({ code: c.code, taskVersionId: t, mine: c.tasks.find((x) => x.versionId === t)!.mine })));
  const here = order.findIndex((x) => x.code === o.code && x.taskVersionId === o.taskVersionId);
  const todo = [...order.slice(here + 1), ...order.slice(0, here)].find((x) => !x.mine) ?? null;
  const me = grid.candidates[i]!;
  return {
    session: sheet.session,
    revealed: grid.revealed,
    candidate: { code: o.code, name: me.name, ticketNumber: me.ticketNumber },
    task: sheet.task,
    tasks: grid.tasks,
    mine: sheet.mine,
    submitted: sheet.submitted,
    others: sheet.others,
    examinerCount: sheet.examinerCount,
    isChief: sheet.isChief,
    result: sheet.result,
    work: { status: work.status, submittedAt: work.submittedAt, deliverables: work.deliverables },
    auto,
    nav: {
      prev: i > 0 ? codes[i - 1]! : null,
      next: i < codes.length - 1 ? codes[i + 1]! : null,
      nextTask: j < taskIds.length - 1 ? taskIds[j + 1]! : null,
      nextTodo: todo ? { code: todo.code, taskVersionId: todo.taskVersionId } : null,
      position: i + 1,
      count: codes.length,
    },
    progress: taskProgress(grid, o.taskVersionId),
  };
}

export type BlindSheet = Awaited<ReturnType<typeof getBlindSheet>>;

/** The candidate id behind a code, for the scoring API (panel membership is checked there too). */
export async function resolveSheetCandidate(sessionId: string, ref: { code?: string; candidateId?: string }): Promise<string> {
  if (ref.candidateId) return ref.candidateId;
  const id = ref.code ? await candidateIdForCode(sessionId, ref.code) : null;
  if (!id) throw new AppError("NOT_FOUND");
  return id;
}
