// Skill assessment scoring by the examiner panel (docs/scoring.md). Each examiner scores every
// criterion independently: nobody sees the others' scores before submitting their own sheet.
// When all examiners have submitted, the panel's aggregate is computed; a spread beyond the
// session's threshold sends the task to the chief examiner (仲裁). Finalizing locks the scores;
// afterwards only a recorded correction changes them.
import type { Prisma } from "@prisma/client";
import { z } from "zod";
import { textWithoutNul } from "../text-input";
import { gradeTask, PanelMethodSchema, validateCriterionScore } from "@/grading";
import type { RubricCriterion } from "@/exam/types";
import type { CurrentUser } from "../auth/session";
import { getPrisma } from "../db/client";
import { flagCertificatesAfterCorrection } from "../certificates/flag-certificates";
import { AppError } from "../errors";

type Caller = Pick<CurrentUser, "id" | "roles">;
type PlanDuty = { duty: string; tasks: Array<{ taskId: string; versionId: string; title: string; points: number }> };

async function panelOf(sessionId: string) {
  const session = await getPrisma().examSession.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      name: true,
      mode: true,
      status: true,
      skillPlanId: true,
      panelMethod: true,
      adjudicationPercent: true,
      heavyThreshold: true,
      staff: { where: { role: { in: ["EXAMINER", "CHIEF_EXAMINER"] } }, select: { userId: true, role: true } },
    },
  });
  if (!session || session.mode !== "skill" || session.status === "draft" || !session.skillPlanId) throw new AppError("NOT_FOUND");
  const examiners = [...new Set(session.staff.filter((s) => s.role === "EXAMINER" || s.role === "CHIEF_EXAMINER").map((s) => s.userId))];
  const chiefId = session.staff.find((s) => s.role === "CHIEF_EXAMINER")?.userId ?? null;
  return { session, examiners, chiefId };
}

async function assertExaminer(caller: Caller, sessionId: string) {
  const panel = await panelOf(sessionId);
  if (!panel.examiners.includes(caller.id)) throw new AppError("NOT_FOUND");
  return panel;
}

async function planTasks(skillPlanId: string) {
  const plan = await getPrisma().skillPlan.findUniqueOrThrow({ where: { id: skillPlanId }, select: { duties: true } });
  const refs = (plan.duties as unknown as PlanDuty[]).flatMap((d) => d.tasks.map((t) => ({ ...t, duty: d.duty })));
  const versions = await getPrisma().taskVersion.findMany({ where: { id: { in: refs.map((r) => r.versionId) } }, select: { id: true, title: true, points: true, rubric: true, instructions: true } });
  const byId = new Map(versions.map((v) => [v.id, v]));
  return refs.map((r) => {
    const v = byId.get(r.versionId)!;
    return { versionId: r.versionId, duty: r.duty, title: v.title, points: v.points, rubric: v.rubric as unknown as RubricCriterion[], instructions: v.instructions };
  });
}

export async function listExaminerSessions(caller: Caller) {
  return getPrisma().examSession.findMany({
    where: { mode: "skill", status: { in: ["published", "closed"] }, staff: { some: { userId: caller.id, role: { in: ["EXAMINER", "CHIEF_EXAMINER"] } } } },
    orderBy: { startsAt: "asc" },
    select: { id: true, name: true, startsAt: true },
  });
}

/** The examiner's grid: every candidate × task, with their own sheet state and the panel state. */
export async function getExaminerGrid(options: { caller: Caller; sessionId: string }) {
  const panel = await assertExaminer(options.caller, options.sessionId);
  const prisma = getPrisma();
  const [tasks, seats, sheets, results] = await Promise.all([
    planTasks(panel.session.skillPlanId!),
    prisma.sessionCandidate.findMany({ where: { sessionId: options.sessionId }, orderBy: { seat: "asc" }, select: { candidateId: true, seat: true } }),
    prisma.skillSheet.findMany({ where: { sessionId: options.sessionId }, select: { candidateId: true, taskVersionId: true, examinerId: true } }),
    prisma.skillTaskResult.findMany({ where: { sessionId: options.sessionId }, select: { candidateId: true, taskVersionId: true, status: true, lockedAt: true } }),
  ]);
  const people = await prisma.candidate.findMany({ where: { id: { in: seats.map((s) => s.candidateId) } }, select: { id: true, name: true, ticketNumber: true } });
  return {
    session: { id: panel.session.id, name: panel.session.name },
    isChief: panel.chiefId === options.caller.id,
    tasks: tasks.map((t) => ({ versionId: t.versionId, title: t.title, points: t.points, duty: t.duty })),
    candidates: seats.map((s) => {
      const p = people.find((x) => x.id === s.candidateId);
      return {
        candidateId: s.candidateId,
        seat: s.seat,
        name: p?.name ?? "",
        ticketNumber: p?.ticketNumber ?? "",
        tasks: tasks.map((t) => ({
          versionId: t.versionId,
          mine: sheets.some((x) => x.candidateId === s.candidateId && x.taskVersionId === t.versionId && x.examinerId === options.caller.id),
          submitted: sheets.filter((x) => x.candidateId === s.candidateId && x.taskVersionId === t.versionId).length,
          status: results.find((r) => r.candidateId === s.candidateId && r.taskVersionId === t.versionId)?.status ?? null,
          locked: !!results.find((r) => r.candidateId === s.candidateId && r.taskVersionId === t.versionId)?.lockedAt,
        })),
      };
    }),
    examinerCount: panel.examiners.length,
  };
}

/** One sheet: the rubric, my scores; the others' only after I submitted mine. */
export async function getScoringSheet(options: { caller: Caller; sessionId: string; candidateId: string; taskVersionId: string }) {
  const panel = await assertExaminer(options.caller, options.sessionId);
  const prisma = getPrisma();
  const task = (await planTasks(panel.session.skillPlanId!)).find((t) => t.versionId === options.taskVersionId);
  const seat = await prisma.sessionCandidate.findUnique({ where: { sessionId_candidateId: { sessionId: options.sessionId, candidateId: options.candidateId } }, select: { seat: true } });
  if (!task || !seat) throw new AppError("NOT_FOUND");
  const where = { sessionId: options.sessionId, candidateId: options.candidateId, taskVersionId: options.taskVersionId };
  const [mine, mySheet, result, candidate] = await Promise.all([
    prisma.skillScore.findMany({ where: { ...where, examinerId: options.caller.id }, select: { criterionId: true, points: true, comment: true, seq: true } }),
    prisma.skillSheet.findUnique({ where: { sessionId_candidateId_taskVersionId_examinerId: { ...where, examinerId: options.caller.id } } }),
    prisma.skillTaskResult.findUnique({ where: { sessionId_candidateId_taskVersionId: where } }),
    prisma.candidate.findUniqueOrThrow({ where: { id: options.candidateId }, select: { name: true, ticketNumber: true } }),
  ]);
  let others: Array<{ examinerId: string; name: string; total: number; scores: Array<{ criterionId: string; points: number; comment: string }> }> | null = null;
  if (mySheet) {
    const [sheets, scores, users] = await Promise.all([
      prisma.skillSheet.findMany({ where }),
      prisma.skillScore.findMany({ where, select: { examinerId: true, criterionId: true, points: true, comment: true } }),
      prisma.user.findMany({ where: { id: { in: panel.examiners } }, select: { id: true, displayName: true } }),
    ]);
    others = sheets.map((s) => ({
      examinerId: s.examinerId,
      name: users.find((u) => u.id === s.examinerId)?.displayName ?? "",
      total: s.total,
      scores: scores.filter((x) => x.examinerId === s.examinerId).map((x) => ({ criterionId: x.criterionId, points: x.points, comment: x.comment })),
    }));
  }
  return {
    session: { id: panel.session.id, name: panel.session.name, heavyThreshold: panel.session.heavyThreshold },
    candidate: { id: options.candidateId, name: candidate.name, ticketNumber: candidate.ticketNumber },
    task: { versionId: task.versionId, title: task.title, points: task.points, rubric: task.rubric, instructions: task.instructions },
    mine: Object.fromEntries(mine.map((m) => [m.criterionId, { points: m.points, comment: m.comment, seq: m.seq }])),
    submitted: !!mySheet,
    others,
    examinerCount: panel.examiners.length,
    isChief: panel.chiefId === options.caller.id,
    result: result ? { status: result.status, aggregate: result.aggregate, final: result.final, source: result.source, reason: result.reason, locked: !!result.lockedAt } : null,
  };
}

/** NOT_FOUND unless the candidate is seated in the session (an examiner scores only its candidates). */
async function assertSeated(sessionId: string, candidateId: string): Promise<void> {
  const seat = await getPrisma().sessionCandidate.findUnique({ where: { sessionId_candidateId: { sessionId, candidateId } }, select: { seat: true } });
  if (!seat) throw new AppError("NOT_FOUND");
}

export const SaveCriterionInput = z.object({
  criterionId: z.string().min(1).max(64),
  points: z.number().int().min(0).max(10_000),
  comment: z.string().max(1000).pipe(textWithoutNul("评语")).default(""),
  seq: z.number().int().positive(),
});

/** Saves one criterion score (hundredths), idempotent by sequence number like exam answers. */
export async function saveCriterionScore(options: { caller: Caller; sessionId: string; candidateId: string; taskVersionId: string; input: unknown }) {
  const input = SaveCriterionInput.parse(options.input);
  const panel = await assertExaminer(options.caller, options.sessionId);
  const task = (await planTasks(panel.session.skillPlanId!)).find((t) => t.versionId === options.taskVersionId);
  const criterion = task?.rubric.find((c) => c.id === input.criterionId);
  if (!task || !criterion) throw new AppError("NOT_FOUND");
  if (input.points > criterion.points * 100) throw new AppError("VALIDATION", { message: `「${criterion.title}」的得分须在 0 至 ${criterion.points} 分之间` });
  const prisma = getPrisma();
  await assertSeated(options.sessionId, options.candidateId);
  const key = { sessionId: options.sessionId, candidateId: options.candidateId, taskVersionId: options.taskVersionId, examinerId: options.caller.id };
  if (await prisma.skillSheet.findUnique({ where: { sessionId_candidateId_taskVersionId_examinerId: key } })) {
    throw new AppError("CONFLICT", { message: "评分已提交，不能再修改" });
  }
  // One statement: never written once the examiner's sheet exists (a submit racing this save).
  const written = await prisma.$executeRaw`
    INSERT INTO "SkillScore" (id, "sessionId", "candidateId", "taskVersionId", "examinerId", "criterionId", points, comment, seq, "savedAt")
    SELECT gen_random_uuid()::text, ${key.sessionId}, ${key.candidateId}, ${key.taskVersionId}, ${key.examinerId}, ${input.criterionId}, ${input.points}, ${input.comment}, ${input.seq}, now()
    WHERE NOT EXISTS (
      SELECT 1 FROM "SkillSheet" s WHERE s."sessionId" = ${key.sessionId} AND s."candidateId" = ${key.candidateId}
        AND s."taskVersionId" = ${key.taskVersionId} AND s."examinerId" = ${key.examinerId})
    ON CONFLICT ("sessionId", "candidateId", "taskVersionId", "examinerId", "criterionId") DO UPDATE
      SET points = EXCLUDED.points, comment = EXCLUDED.comment, seq = EXCLUDED.seq, "savedAt" = EXCLUDED."savedAt"
      WHERE "SkillScore".seq < EXCLUDED.seq`;
  if (written === 0 && (await prisma.skillSheet.findUnique({ where: { sessionId_candidateId_taskVersionId_examinerId: key } }))) {
    throw new AppError("CONFLICT", { message: "评分已提交，不能再修改" });
  }
  return { saved: true, seq: input.seq };
}

/** The examiner submits the sheet; when the whole panel has, the task's result is computed. */
export async function submitSheet(options: { caller: Caller; sessionId: string; candidateId: string; taskVersionId: string }) {
  const panel = await assertExaminer(options.caller, options.sessionId);
  const task = (await planTasks(panel.session.skillPlanId!)).find((t) => t.versionId === options.taskVersionId);
  if (!task) throw new AppError("NOT_FOUND");
  const prisma = getPrisma();
  await assertSeated(options.sessionId, options.candidateId);
  const where = { sessionId: options.sessionId, candidateId: options.candidateId, taskVersionId: options.taskVersionId };
  const mine = { ...where, examinerId: options.caller.id };
  await prisma.$transaction(async (tx) => {
    // The sheet first, so a criterion save racing this submit can no longer write (see above).
    const created = await tx.skillSheet.createMany({ data: [{ ...mine, total: 0, submittedAt: new Date() }], skipDuplicates: true });
    if (created.count === 0) return; // submitted before: nothing changes (a second tab, a retry)
    const scores = await tx.skillScore.findMany({ where: mine });
    const problems: string[] = [];
    let total = 0;
    for (const c of task.rubric) {
      const s = scores.find((x) => x.criterionId === c.id);
      if (!s) {
        problems.push(`「${c.title}」尚未评分`);
        continue;
      }
      const v = validateCriterionScore({ criterion: c, points: s.points, comment: s.comment, heavyThreshold: panel.session.heavyThreshold });
      if (!v.ok) problems.push(...v.errors);
      total += s.points;
    }
    if (problems.length) throw new AppError("VALIDATION", { message: problems.join("；"), issues: problems.map((m) => ({ path: "scores", message: m })) });
    await tx.skillSheet.update({ where: { sessionId_candidateId_taskVersionId_examinerId: mine }, data: { total } });
    const sheets = await tx.skillSheet.findMany({ where });
    if (sheets.length < panel.examiners.length) return;
    // A result, once computed, is changed only by adjudication or a recorded correction.
    if (await tx.skillTaskResult.findUnique({ where: { sessionId_candidateId_taskVersionId: where } })) return;
    const all = await tx.skillScore.findMany({ where, select: { examinerId: true, criterionId: true, points: true, comment: true } });
    const graded = gradeTask({
      task: { points: task.points, rubric: task.rubric },
      sheets: panel.examiners.map((id) => ({ examinerId: id, scores: all.filter((s) => s.examinerId === id) })),
      method: PanelMethodSchema.parse(panel.session.panelMethod),
      thresholdPercent: panel.session.adjudicationPercent,
      heavyThreshold: panel.session.heavyThreshold,
    });
    if (!graded.ok) throw new AppError("VALIDATION", { message: graded.errors.join("；") });
    await tx.skillTaskResult.create({
      data: { ...where, status: graded.status, aggregate: graded.aggregate, final: graded.final?.points ?? null, source: graded.final?.source ?? null },
    });
  });
  return { submitted: true };
}

export const AdjudicateInput = z.object({ points: z.number().int().min(0).max(10_000), reason: z.string().trim().min(2, "请填写裁定理由").max(1000) });

/** The chief examiner records the final score of a task sent to adjudication, with the reason. */
export async function adjudicate(options: { caller: Caller; sessionId: string; candidateId: string; taskVersionId: string; input: unknown }) {
  const input = AdjudicateInput.parse(options.input);
  const panel = await assertExaminer(options.caller, options.sessionId);
  if (panel.chiefId !== options.caller.id) throw new AppError("FORBIDDEN", { message: "只有主考（首席考评人员）可以裁定" });
  const task = (await planTasks(panel.session.skillPlanId!)).find((t) => t.versionId === options.taskVersionId);
  if (!task) throw new AppError("NOT_FOUND");
  if (input.points > task.points * 100) throw new AppError("VALIDATION", { message: `裁定成绩须在 0 至 ${task.points} 分之间` });
  const prisma = getPrisma();
  const where = { sessionId: options.sessionId, candidateId: options.candidateId, taskVersionId: options.taskVersionId };
  const result = await prisma.skillTaskResult.findUnique({ where: { sessionId_candidateId_taskVersionId: where } });
  if (!result || result.status !== "awaiting-adjudication") throw new AppError("CONFLICT", { message: "该试题不需要裁定" });
  await prisma.$transaction([
    prisma.skillTaskResult.update({
      where: { sessionId_candidateId_taskVersionId: where },
      data: { status: "final", final: input.points, source: "adjudicated", adjudicatedById: options.caller.id, reason: input.reason },
    }),
    prisma.auditLog.create({ data: { actorId: options.caller.id, action: "skill.adjudicate", subject: `${options.sessionId}:${options.candidateId}:${options.taskVersionId}`, details: input } }),
  ]);
  return { final: input.points };
}

/** The chief examiner (or an admin) finalizes the panel: every task result must be final; all are locked. */
export async function finalizePanel(options: { caller: Caller; sessionId: string }) {
  const panel = await panelOf(options.sessionId);
  if (panel.chiefId !== options.caller.id && !options.caller.roles.includes("ADMIN")) throw new AppError("FORBIDDEN", { message: "只有主考或管理员可以确认成绩" });
  const prisma = getPrisma();
  const tasks = await planTasks(panel.session.skillPlanId!);
  const seats = await prisma.sessionCandidate.count({ where: { sessionId: options.sessionId } });
  const results = await prisma.skillTaskResult.findMany({ where: { sessionId: options.sessionId } });
  const open = seats * tasks.length - results.filter((r) => r.status === "final").length;
  if (open > 0) throw new AppError("CONFLICT", { message: `还有 ${open} 项评分未完成或待裁定，不能确认` });
  await prisma.$transaction([
    prisma.skillTaskResult.updateMany({ where: { sessionId: options.sessionId, lockedAt: null }, data: { lockedAt: new Date() } }),
    prisma.auditLog.create({ data: { actorId: options.caller.id, action: "skill.finalize", subject: options.sessionId } }),
  ]);
  return { locked: results.length };
}

export const CorrectionInput = z.object({
  candidateId: z.string().min(1),
  taskVersionId: z.string().min(1),
  points: z.number().int().min(0).max(10_000),
  reason: z.string().trim().min(2, "请填写更正理由").max(1000),
});

/** After locking, an admin corrects a task score: recorded with who, when, why, old, new. */
export async function correctSkillScore(options: { caller: Caller; sessionId: string; input: unknown }) {
  if (!options.caller.roles.includes("ADMIN")) throw new AppError("FORBIDDEN");
  const input = CorrectionInput.parse(options.input);
  const panel = await panelOf(options.sessionId);
  const task = (await planTasks(panel.session.skillPlanId!)).find((t) => t.versionId === input.taskVersionId);
  if (!task) throw new AppError("NOT_FOUND");
  if (input.points > task.points * 100) throw new AppError("VALIDATION", { message: `更正后的分数须在 0 至 ${task.points} 分之间` });
  return getPrisma().$transaction((tx) =>
    applySkillCorrection(tx, { sessionId: options.sessionId, candidateId: input.candidateId, taskVersionId: input.taskVersionId, points: input.points, reason: input.reason, actorId: options.caller.id, now: new Date() }),
  );
}

/**
 * Records a correction of a locked task score inside `tx`: the new final, and a ScoreCorrection
 * (who, when, why, old, new); a valid certificate showing this session's score is flagged.
 * Used by the admin's correction and by score reviews. CONFLICT while the score is not locked.
 */
export async function applySkillCorrection(
  tx: Prisma.TransactionClient,
  o: { sessionId: string; candidateId: string; taskVersionId: string; points: number; reason: string; actorId: string; now: Date },
): Promise<{ old: number; new: number }> {
  const where = { sessionId: o.sessionId, candidateId: o.candidateId, taskVersionId: o.taskVersionId };
  const result = await tx.skillTaskResult.findUnique({ where: { sessionId_candidateId_taskVersionId: where } });
  if (!result?.lockedAt || result.final === null) throw new AppError("CONFLICT", { message: "成绩尚未确认，请由考评组修改" });
  await tx.skillTaskResult.update({ where: { sessionId_candidateId_taskVersionId: where }, data: { final: o.points, source: "corrected", reason: o.reason } });
  await tx.scoreCorrection.create({
    data: { sessionId: o.sessionId, candidateId: o.candidateId, component: "skill-task", target: o.taskVersionId, oldPoints: result.final, newPoints: o.points, reason: o.reason, actorId: o.actorId, at: o.now },
  });
  if (result.final !== o.points) await flagCertificatesAfterCorrection(tx, { candidateId: o.candidateId, sessionId: o.sessionId, reason: o.reason, now: o.now });
  return { old: result.final, new: o.points };
}
