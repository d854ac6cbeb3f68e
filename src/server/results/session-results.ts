// Results of a session: per candidate the theory score (by area) and pass, the skill score and
// pass, and the overall result (src/grading candidateResult). Release makes them visible to the
// candidates; a candidate reads only their own, and only once released.
import { candidateResult, formatScore, type CandidateResult } from "@/grading";
import type { AreaCode } from "@/standard";
import { getPrisma } from "../db/client";
import { AppError } from "../errors";
import { maskIdNumber } from "../roster/id-number";
import { closeExpiredAttempts } from "../exam/close-expired";
import { scoreSubmittedAttempts } from "./score-theory";

export type ResultRow = {
  candidateId: string;
  name: string;
  idNumberMasked: string;
  idNumber?: string;
  ticketNumber: string;
  level: string;
  track: string;
  theoryByArea: Partial<Record<AreaCode, { points: number; max: number }>> | null;
  skillByTask: Array<{ taskVersionId: string; title: string; points: number | null; max: number; status: string | null }>;
  result: CandidateResult;
};

export async function loadSessionResults(options: { sessionId: string; fullIdNumbers?: boolean }) {
  const prisma = getPrisma();
  await closeExpiredAttempts();
  await scoreSubmittedAttempts({ sessionId: options.sessionId });
  const session = await prisma.examSession.findUnique({
    where: { id: options.sessionId },
    select: { id: true, name: true, mode: true, level: true, track: true, startsAt: true, resultsReleasedAt: true, skillPlanId: true },
  });
  if (!session) throw new AppError("NOT_FOUND");
  const seats = await prisma.sessionCandidate.findMany({ where: { sessionId: session.id }, orderBy: { seat: "asc" }, select: { candidateId: true } });
  const ids = seats.map((s) => s.candidateId);
  const [people, theory, skill, plan] = await Promise.all([
    prisma.candidate.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, idNumber: true, ticketNumber: true, level: true, track: true } }),
    prisma.theoryResult.findMany({ where: { sessionId: session.id } }),
    prisma.skillTaskResult.findMany({ where: { sessionId: session.id } }),
    session.skillPlanId ? prisma.skillPlan.findUnique({ where: { id: session.skillPlanId }, select: { duties: true } }) : null,
  ]);
  const planTasks = plan ? (plan.duties as unknown as Array<{ tasks: Array<{ versionId: string; title: string; points: number }> }>).flatMap((d) => d.tasks) : [];
  const rows: ResultRow[] = seats.map(({ candidateId }) => {
    const p = people.find((x) => x.id === candidateId)!;
    const th = theory.find((t) => t.candidateId === candidateId);
    const tasks = planTasks.map((t) => {
      const r = skill.find((s) => s.candidateId === candidateId && s.taskVersionId === t.versionId);
      return { taskVersionId: t.versionId, title: t.title, points: r?.final ?? null, max: t.points * 100, status: r?.status ?? null };
    });
    const skillComplete = session.mode === "skill" && tasks.length > 0 && tasks.every((t) => t.points !== null);
    const result = candidateResult({
      candidateId,
      theory: session.mode === "theory" ? (th?.total ?? null) : null,
      skill: skillComplete ? tasks.reduce((s, t) => s + (t.points ?? 0), 0) : null,
    });
    return {
      candidateId,
      name: p.name,
      idNumberMasked: maskIdNumber(p.idNumber),
      ...(options.fullIdNumbers ? { idNumber: p.idNumber } : {}),
      ticketNumber: p.ticketNumber,
      level: p.level,
      track: p.track,
      theoryByArea: th ? (th.byArea as ResultRow["theoryByArea"]) : null,
      skillByTask: tasks,
      result,
    };
  });
  return { session, rows };
}

export async function releaseResults(options: { actorId: string; sessionId: string; now: Date }) {
  const prisma = getPrisma();
  const { session, rows } = await loadSessionResults({ sessionId: options.sessionId });
  const running = await prisma.attempt.count({ where: { sessionId: session.id, status: { not: "submitted" } } });
  if (running > 0) throw new AppError("CONFLICT", { message: `还有 ${running} 名考生未交卷，不能发布` });
  if (session.mode === "skill") {
    const unlocked = await prisma.skillTaskResult.count({ where: { sessionId: session.id, lockedAt: null } });
    const missing = rows.filter((r) => r.result.skill === null).length;
    if (unlocked > 0 || missing > 0) throw new AppError("CONFLICT", { message: "技能考核成绩尚未全部确认，不能发布" });
  }
  await prisma.$transaction([
    prisma.examSession.update({ where: { id: session.id }, data: { resultsReleasedAt: options.now } }),
    prisma.auditLog.create({ data: { actorId: options.actorId, action: "results.release", subject: session.id, at: options.now } }),
  ]);
  return { released: rows.length };
}

/** A candidate's own results, released sessions only. */
export async function getMyResults(options: { candidateId: string }) {
  const prisma = getPrisma();
  const seats = await prisma.sessionCandidate.findMany({
    where: { candidateId: options.candidateId, session: { resultsReleasedAt: { not: null } } },
    select: { sessionId: true },
  });
  const out = [];
  for (const s of seats) {
    const { session, rows } = await loadSessionResults({ sessionId: s.sessionId });
    const row = rows.find((r) => r.candidateId === options.candidateId);
    if (row) out.push({ session: { id: session.id, name: session.name, mode: session.mode, startsAt: session.startsAt }, row: { ...row, idNumberMasked: "" } });
  }
  return out;
}

export { formatScore };

/** Sessions with results to manage (published or closed). */
export async function listResultSessions() {
  return getPrisma().examSession.findMany({
    where: { status: { in: ["published", "closed"] }, mode: { in: ["theory", "skill"] } },
    orderBy: { startsAt: "desc" },
    take: 200,
    select: { id: true, name: true, mode: true, level: true, track: true, startsAt: true, resultsReleasedAt: true },
  });
}
