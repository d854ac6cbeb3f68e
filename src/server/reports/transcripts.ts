// Data of the printable documents of a session: transcripts (成绩单, one candidate per page, ID
// number masked) and the results list for the notice board (成绩公示, no ID number at all).
// Both show each candidate's current result over the assessment modes: the theory and skill
// scores come from their latest session of each mode at this level and track (a theory session's
// transcript shows the skill result too, when there is one), and the overall result decides.
import { AppError } from "../errors";
import { loadSessionResults } from "../results/session-results";
import { loadCohortResults, type CohortRow } from "./cohort-results";

type SessionInfo = { id: string; name: string; mode: string; level: string; track: string; startsAt: Date; resultsReleasedAt: Date | null };

async function load(sessionId: string, candidateId?: string) {
  const { session, rows } = await loadSessionResults({ sessionId });
  const ids = candidateId ? rows.filter((r) => r.candidateId === candidateId).map((r) => r.candidateId) : rows.map((r) => r.candidateId);
  if (candidateId && ids.length === 0) throw new AppError("NOT_FOUND");
  const cohort = ids.length ? await loadCohortResults({ level: session.level as "5", track: session.track as "online-merchant", candidateIds: ids }) : { rows: [], sessions: [] };
  const byId = new Map(cohort.rows.map((r) => [r.candidateId, r]));
  // A candidate always appears, even without a score (absent): then their row of this session.
  const merged: CohortRow[] = rows
    .filter((r) => ids.includes(r.candidateId))
    .map((r) => byId.get(r.candidateId) ?? { ...r, theorySessionId: null, skillSessionId: null });
  const names = new Map<string, SessionInfo>(cohort.sessions.map((s) => [s.id, s]));
  names.set(session.id, session);
  return { session: session as SessionInfo, rows: merged, sessions: names };
}

export type TranscriptRow = {
  candidateId: string;
  name: string;
  idNumberMasked: string;
  ticketNumber: string;
  level: string;
  track: string;
  theory: { session: SessionInfo | null; byArea: Array<{ area: string; points: number; max: number }>; score: number | null; passed: boolean | null };
  skill: { session: SessionInfo | null; tasks: Array<{ taskVersionId: string; title: string; points: number | null; max: number }>; score: number | null; passed: boolean | null };
  overall: CohortRow["result"]["overall"];
};

const AREA_ORDER = ["ethics", "basics", "1", "2", "3", "4", "5", "6"];

/** Transcripts of a session's candidates, or of one (`candidateId`, NOT_FOUND if not seated). */
export async function loadTranscripts(options: { sessionId: string; candidateId?: string }): Promise<{ session: SessionInfo; rows: TranscriptRow[] }> {
  const { session, rows, sessions } = await load(options.sessionId, options.candidateId);
  return {
    session,
    rows: rows.map((r) => ({
      candidateId: r.candidateId,
      name: r.name,
      idNumberMasked: r.idNumberMasked,
      ticketNumber: r.ticketNumber,
      level: r.level,
      track: r.track,
      theory: {
        session: r.theorySessionId ? (sessions.get(r.theorySessionId) ?? null) : null,
        byArea: Object.entries(r.theoryByArea ?? {})
          .map(([area, v]) => ({ area, points: v.points, max: v.max }))
          .sort((a, b) => AREA_ORDER.indexOf(a.area) - AREA_ORDER.indexOf(b.area)),
        score: r.result.theory?.score ?? null,
        passed: r.result.theory?.passed ?? null,
      },
      skill: {
        session: r.skillSessionId ? (sessions.get(r.skillSessionId) ?? null) : null,
        tasks: r.skillByTask.map((t) => ({ taskVersionId: t.taskVersionId, title: t.title, points: t.points, max: t.max })),
        score: r.result.skill?.score ?? null,
        passed: r.result.skill?.passed ?? null,
      },
      overall: r.result.overall,
    })),
  };
}

export type NoticeRow = {
  candidateId: string;
  ticketNumber: string;
  name: string;
  theory: { score: number; passed: boolean } | null;
  skill: { score: number; passed: boolean } | null;
  overall: CohortRow["result"]["overall"];
};

/** The results list for the notice board: ticket number, name, results. No ID numbers. */
export async function loadNoticeList(options: { sessionId: string }): Promise<{ session: SessionInfo; rows: NoticeRow[] }> {
  const { session, rows } = await load(options.sessionId);
  return {
    session,
    rows: rows.map((r) => ({
      candidateId: r.candidateId,
      ticketNumber: r.ticketNumber,
      name: r.name,
      theory: r.result.theory ? { score: r.result.theory.score, passed: r.result.theory.passed } : null,
      skill: r.result.skill ? { score: r.result.skill.score, passed: r.result.skill.passed } : null,
      overall: r.result.overall,
    })),
  };
}
