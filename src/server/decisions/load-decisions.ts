// Loads the overall decision (src/grading overallDecision) of many candidates at once: every
// sitting of a theory or skill session they were seated in (published sessions), with its score
// when the session's results are released. A released theory sitting without a TheoryResult is
// an absence; a released skill sitting's score is the sum of the final task scores of the
// session's plan (complete, since release requires every task locked). Works on the client or
// inside a transaction. Scores include every recorded correction (they change the stored results).
import type { Prisma } from "@prisma/client";
import { overallDecision, type OverallDecision, type PartMode, type PartSitting } from "@/grading";
import { getPrisma } from "../db/client";
import { getCertificateSettings } from "../settings/certificate-settings";

type Db = Prisma.TransactionClient;

export type SittingSession = { id: string; name: string; mode: PartMode; startsAt: Date; resultsReleasedAt: Date | null };

export type DecisionsResult = {
  decisions: Map<string, OverallDecision>;
  /** The sessions named in the histories, by id. */
  sessions: Map<string, SittingSession>;
  retentionMonths: number;
};

/** Decisions for `candidateIds` at `now` (every id gets one; no sitting = incomplete). */
/** `excludeSessionIds`: sittings left out (a session being edited is not its own earlier sitting). */
export async function loadDecisions(options: { candidateIds: readonly string[]; now: Date; db?: Db; retentionMonths?: number; excludeSessionIds?: readonly string[] }): Promise<DecisionsResult> {
  const db = options.db ?? getPrisma();
  const retentionMonths = options.retentionMonths ?? (await getCertificateSettings(db)).retentionMonths;
  const ids = [...new Set(options.candidateIds)];
  const seats = ids.length
    ? await db.sessionCandidate.findMany({
        where: {
          candidateId: { in: ids },
          session: { mode: { in: ["theory", "skill"] }, status: { in: ["published", "closed"] }, ...(options.excludeSessionIds?.length ? { id: { notIn: [...options.excludeSessionIds] } } : {}) },
        },
        select: {
          candidateId: true,
          session: { select: { id: true, name: true, mode: true, startsAt: true, resultsReleasedAt: true, skillPlanId: true } },
        },
      })
    : [];
  const sessions = new Map<string, SittingSession & { skillPlanId: string | null }>();
  for (const s of seats) sessions.set(s.session.id, { ...s.session, mode: s.session.mode as PartMode });
  const released = [...sessions.values()].filter((s) => s.resultsReleasedAt !== null);
  const theoryIds = released.filter((s) => s.mode === "theory").map((s) => s.id);
  const skillIds = released.filter((s) => s.mode === "skill").map((s) => s.id);

  const theory = theoryIds.length
    ? await db.theoryResult.findMany({ where: { sessionId: { in: theoryIds }, candidateId: { in: ids } }, select: { sessionId: true, candidateId: true, total: true } })
    : [];
  const tasks = skillIds.length
    ? await db.skillTaskResult.findMany({ where: { sessionId: { in: skillIds }, candidateId: { in: ids } }, select: { sessionId: true, candidateId: true, taskVersionId: true, final: true } })
    : [];
  const planIds = [...new Set(released.flatMap((s) => (s.mode === "skill" && s.skillPlanId ? [s.skillPlanId] : [])))];
  const plans = planIds.length ? await db.skillPlan.findMany({ where: { id: { in: planIds } }, select: { id: true, duties: true } }) : [];
  const planTasks = new Map(plans.map((p) => [p.id, (p.duties as unknown as Array<{ tasks: Array<{ versionId: string }> }>).flatMap((d) => d.tasks.map((t) => t.versionId))]));

  const theoryOf = new Map(theory.map((t) => [`${t.sessionId}:${t.candidateId}`, t.total]));
  const finalsOf = new Map<string, Map<string, number | null>>();
  for (const t of tasks) {
    const key = `${t.sessionId}:${t.candidateId}`;
    const m = finalsOf.get(key) ?? new Map<string, number | null>();
    m.set(t.taskVersionId, t.final);
    finalsOf.set(key, m);
  }
  const skillScore = (session: { id: string; skillPlanId: string | null }, candidateId: string): number | null => {
    const versions = session.skillPlanId ? planTasks.get(session.skillPlanId) : undefined;
    const finals = finalsOf.get(`${session.id}:${candidateId}`);
    if (!versions || versions.length === 0 || !finals) return null;
    let total = 0;
    for (const v of versions) {
      const f = finals.get(v);
      if (f === null || f === undefined) return null;
      total += f;
    }
    return total;
  };

  const byCandidate = new Map<string, PartSitting[]>(ids.map((id) => [id, []]));
  for (const { candidateId, session } of seats) {
    const s = sessions.get(session.id)!;
    let state: PartSitting["state"] = "pending";
    let score: number | null = null;
    if (s.resultsReleasedAt) {
      score = s.mode === "theory" ? (theoryOf.get(`${s.id}:${candidateId}`) ?? null) : skillScore(s, candidateId);
      state = score === null ? "absent" : "scored";
    }
    byCandidate.get(candidateId)!.push({ sessionId: s.id, mode: s.mode, date: s.startsAt, state, score });
  }
  const decisions = new Map<string, OverallDecision>();
  for (const [id, sittings] of byCandidate) decisions.set(id, overallDecision({ sittings, retentionMonths, now: options.now }));
  const plain = new Map<string, SittingSession>([...sessions].map(([id, s]) => [id, { id, name: s.name, mode: s.mode, startsAt: s.startsAt, resultsReleasedAt: s.resultsReleasedAt }]));
  return { decisions, sessions: plain, retentionMonths };
}
