// Results of a cohort (all published theory and skill sessions of a level and/or track), one row
// per candidate: the theory score from their latest theory session with a score, the skill score
// from their latest skill session with a complete score, and the overall result over both
// (src/grading candidateResult) — the result a certificate depends on. Per-session results come
// from loadSessionResults, so a cohort never disagrees with its sessions.
import { candidateResult } from "@/grading";
import type { LevelCode, TrackCode } from "@/standard";
import { getPrisma } from "../db/client";
import { loadSessionResults, type ResultRow } from "../results/session-results";

export type CohortFilter = { level?: LevelCode; track?: TrackCode };

export type CohortRow = ResultRow & {
  /** Session whose theory score is used (null: no theory score). */
  theorySessionId: string | null;
  skillSessionId: string | null;
};

/** `candidateIds` limits the cohort to those candidates (e.g. the candidates of one session). */
export async function loadCohortResults(options: CohortFilter & { fullIdNumbers?: boolean; candidateIds?: readonly string[] }) {
  const sessions = await getPrisma().examSession.findMany({
    where: {
      mode: { in: ["theory", "skill"] },
      status: { in: ["published", "closed"] },
      ...(options.level ? { level: options.level } : {}),
      ...(options.track ? { track: options.track } : {}),
      ...(options.candidateIds ? { candidates: { some: { candidateId: { in: [...options.candidateIds] } } } } : {}),
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  const byCandidate = new Map<string, CohortRow>();
  const loaded = [];
  for (const { id } of sessions) {
    const { session, rows } = await loadSessionResults({ sessionId: id, fullIdNumbers: options.fullIdNumbers });
    loaded.push(session);
    for (const row of rows) {
      if (options.candidateIds && !options.candidateIds.includes(row.candidateId)) continue;
      const prev = byCandidate.get(row.candidateId);
      const merged: CohortRow = prev ?? { ...row, theoryByArea: null, skillByTask: [], theorySessionId: null, skillSessionId: null };
      // Later sessions (a retake) replace earlier scores of the same component.
      if (session.mode === "theory" && row.result.theory) {
        merged.theoryByArea = row.theoryByArea;
        merged.theorySessionId = session.id;
      }
      if (session.mode === "skill" && row.result.skill) {
        merged.skillByTask = row.skillByTask;
        merged.skillSessionId = session.id;
      }
      const theory = session.mode === "theory" && row.result.theory ? row.result.theory.score : (prev?.result.theory?.score ?? null);
      const skill = session.mode === "skill" && row.result.skill ? row.result.skill.score : (prev?.result.skill?.score ?? null);
      merged.result = candidateResult({ candidateId: row.candidateId, theory, skill });
      byCandidate.set(row.candidateId, merged);
    }
  }
  const rows = [...byCandidate.values()].sort((a, b) => (a.ticketNumber < b.ticketNumber ? -1 : a.ticketNumber > b.ticketNumber ? 1 : 0));
  return { sessions: loaded, rows };
}
