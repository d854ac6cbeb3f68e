// Use case: the admin home's exam workflow. Loads, for every level · track (level 5 first), the
// counts that src/server/workflow/steps.ts turns into steps, and today's and tomorrow's sessions
// with their state. Admin only (the page checks the role). Read-only.
import { areaLabel, ITEM_TYPE_NAMES } from "@/exam/labels";
import { ITEM_TYPES } from "@/exam/types";
import { LEVEL_CODES, TRACK_CODES, type LevelCode, type TrackCode } from "@/standard";
import { computeCoverage } from "../bank/coverage";
import { loadBank } from "../bank/item-store";
import { getPrisma } from "../db/client";
import { dbNow } from "../exam/db-clock";
import { loadDecisions } from "../decisions/load-decisions";
import { workflowSteps, type LevelTrackFacts, type WorkflowStep } from "./steps";

/** Sessions older than this whose results are released belong to an earlier cycle. */
const CYCLE_DAYS = 60;
const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

export type DaySessionState = "draft" | "published" | "running" | "ended" | "released";
export interface DaySession {
  id: string;
  name: string;
  mode: string;
  level: string;
  track: string;
  startsAt: Date;
  minutes: number;
  state: DaySessionState;
  candidates: number;
  day: "today" | "tomorrow";
}

export interface Workflow {
  lanes: Array<{ level: LevelCode; track: TrackCode; steps: WorkflowStep[] }>;
  days: DaySession[];
  now: Date;
}

/** Start of the Shanghai calendar day containing `now`, as a UTC instant. */
export function shanghaiDayStart(now: Date): Date {
  const local = now.getTime() + SHANGHAI_OFFSET_MS;
  return new Date(local - (local % DAY_MS) - SHANGHAI_OFFSET_MS);
}

/** A session's state at `now`: draft, published (not begun), running, ended (not released), released. */
export function sessionState(s: { status: string; startsAt: Date; minutes: number; resultsReleasedAt: Date | null; opened: boolean }, now: Date): DaySessionState {
  if (s.status === "draft") return "draft";
  if (s.resultsReleasedAt) return "released";
  const end = s.startsAt.getTime() + s.minutes * 60_000;
  if (s.status === "closed" || now.getTime() >= end) return "ended";
  if (s.opened || now.getTime() >= s.startsAt.getTime()) return "running";
  return "published";
}

export async function getWorkflow(): Promise<Workflow> {
  const prisma = getPrisma();
  const now = await dbNow(prisma);
  const cycleFrom = new Date(now.getTime() - CYCLE_DAYS * DAY_MS);
  const [candidates, papers, plans, sessions, certificates, bank] = await Promise.all([
    prisma.candidate.groupBy({ by: ["level", "track", "eligibilityStatus"], _count: { _all: true } }),
    prisma.paper.groupBy({ by: ["level", "track"], _count: { _all: true } }),
    prisma.skillPlan.groupBy({ by: ["level", "track"], _count: { _all: true } }),
    prisma.examSession.findMany({
      where: { mode: { in: ["theory", "skill"] }, OR: [{ resultsReleasedAt: null }, { startsAt: { gte: cycleFrom } }] },
      select: {
        id: true,
        name: true,
        mode: true,
        level: true,
        track: true,
        status: true,
        startsAt: true,
        minutes: true,
        resultsReleasedAt: true,
        skillPlanId: true,
        rooms: { select: { openedAt: true } },
        _count: { select: { candidates: true } },
      },
    }),
    prisma.certificate.groupBy({ by: ["level", "track"], where: { status: "valid" }, _count: { _all: true } }),
    loadBank({ purpose: "exam" }),
  ]);
  const coverage = computeCoverage(bank);

  // Scores per session: theory results vs submitted attempts; final skill task results vs seats × tasks.
  const ids = sessions.map((s) => s.id);
  const [submitted, theoryResults, finals, planRows] = await Promise.all([
    prisma.attempt.groupBy({ by: ["sessionId"], where: { sessionId: { in: ids }, status: "submitted" }, _count: { _all: true } }),
    prisma.theoryResult.groupBy({ by: ["sessionId"], where: { sessionId: { in: ids } }, _count: { _all: true } }),
    prisma.skillTaskResult.groupBy({ by: ["sessionId"], where: { sessionId: { in: ids }, status: "final" }, _count: { _all: true } }),
    prisma.skillPlan.findMany({ where: { id: { in: sessions.flatMap((s) => (s.skillPlanId ? [s.skillPlanId] : [])) } }, select: { id: true, duties: true } }),
  ]);
  const count = (rows: Array<{ sessionId: string; _count: { _all: number } }>) => new Map(rows.map((r) => [r.sessionId, r._count._all]));
  const submittedOf = count(submitted);
  const theoryOf = count(theoryResults);
  const finalsOf = count(finals);
  const tasksOf = new Map(planRows.map((p) => [p.id, (p.duties as unknown as Array<{ tasks: unknown[] }>).reduce((n, d) => n + d.tasks.length, 0)]));
  const isScored = (s: (typeof sessions)[number]) =>
    s.mode === "theory" ? (theoryOf.get(s.id) ?? 0) >= (submittedOf.get(s.id) ?? 0) : (finalsOf.get(s.id) ?? 0) >= s._count.candidates * (tasksOf.get(s.skillPlanId ?? "") ?? 0);

  // Overall passes of candidates seated in released sessions (a certificate is due for each).
  const releasedSeats = await prisma.sessionCandidate.findMany({
    where: { session: { id: { in: sessions.filter((s) => s.resultsReleasedAt).map((s) => s.id) } } },
    select: { candidateId: true, session: { select: { level: true, track: true } } },
  });
  const decisions = releasedSeats.length ? await loadDecisions({ candidateIds: releasedSeats.map((r) => r.candidateId), now }) : null;
  const passedBy = new Map<string, Set<string>>();
  for (const r of releasedSeats) {
    if (decisions?.decisions.get(r.candidateId)?.overall !== "pass") continue;
    const key = `${r.session.level}:${r.session.track}`;
    passedBy.set(key, (passedBy.get(key) ?? new Set()).add(r.candidateId));
  }

  const lanes = LEVEL_CODES.flatMap((level) =>
    TRACK_CODES.map((track) => {
      const mine = <T extends { level: string; track: string }>(rows: T[]) => rows.filter((r) => r.level === level && r.track === track);
      const cands = mine(candidates);
      const sum = (rows: Array<{ _count: { _all: number } }>) => rows.reduce((n, r) => n + r._count._all, 0);
      const table = coverage.find((c) => c.level === level && c.track === track)!;
      const ss = mine(sessions);
      const published = ss.filter((s) => s.status !== "draft");
      const states = published.map((s) => ({ s, state: sessionState({ ...s, opened: s.rooms.some((r) => r.openedAt) }, now) }));
      const held = states.filter((x) => x.state === "ended" || x.state === "released");
      const facts: LevelTrackFacts = {
        level,
        track,
        candidates: sum(cands),
        eligible: sum(cands.filter((c) => c.eligibilityStatus !== "NOT_ELIGIBLE")),
        notEligible: sum(cands.filter((c) => c.eligibilityStatus === "NOT_ELIGIBLE")),
        bankPapers: table.papers,
        gaps: table.rows
          .filter((r) => r.papers === 0)
          .map((r) => ({
            areaLabel: areaLabel(r.area),
            missing: Object.fromEntries(ITEM_TYPES.filter((t) => r.have[t] < r.need[t]).map((t) => [ITEM_TYPE_NAMES[t], r.need[t] - r.have[t]])),
          })),
        papers: sum(mine(papers)),
        skillPlans: sum(mine(plans)),
        sessions: {
          theory: ss.filter((s) => s.mode === "theory").length,
          skill: ss.filter((s) => s.mode === "skill").length,
          draft: ss.length - published.length,
          published: published.length,
        },
        held: held.length,
        running: states.filter((x) => x.state === "running").length,
        scored: held.filter((x) => isScored(x.s)).length,
        released: held.filter((x) => x.state === "released").length,
        certificates: sum(mine(certificates)),
        passedOverall: passedBy.get(`${level}:${track}`)?.size ?? 0,
      };
      return { level, track, steps: workflowSteps(facts) };
    }),
  );

  const today = shanghaiDayStart(now);
  const tomorrow = new Date(today.getTime() + DAY_MS);
  const days = (
    await prisma.examSession.findMany({
      where: { startsAt: { gte: today, lt: new Date(today.getTime() + 2 * DAY_MS) } },
      orderBy: { startsAt: "asc" },
      select: { id: true, name: true, mode: true, level: true, track: true, status: true, startsAt: true, minutes: true, resultsReleasedAt: true, rooms: { select: { openedAt: true } }, _count: { select: { candidates: true } } },
    })
  ).map((s) => ({
    id: s.id,
    name: s.name,
    mode: s.mode,
    level: s.level,
    track: s.track,
    startsAt: s.startsAt,
    minutes: s.minutes,
    state: sessionState({ ...s, opened: s.rooms.some((r) => r.openedAt) }, now),
    candidates: s._count.candidates,
    day: (s.startsAt < tomorrow ? "today" : "tomorrow") as "today" | "tomorrow",
  }));
  return { lanes, days, now };
}
