// Use case: rater agreement of a skill session, for the whole session and per task: ICCs,
// Krippendorff's α (interval and nominal), and each examiner's severity and share of scores that
// went to adjudication. Ratings are the examiners' submitted task totals (SkillSheet.total). For
// the whole session each rating is a % of its task's points, so tasks of different sizes combine.
// Admin only (names are shown). See docs/analytics.md.
import {
  DEFAULT_SEVERITY_PERCENT,
  intraclassCorrelations,
  krippendorffAlpha,
  raterSeverity,
  type IccFigures,
  type KrippendorffFigures,
  type RaterSeverity,
  type RatingsInput,
} from "@/grading/analytics";
import { getPrisma } from "../db/client";
import { AppError } from "../errors";

type PlanDuty = { duty: string; tasks: Array<{ versionId: string }> };

export type RaterGroup = {
  /** Null for the whole session; points are whole points. */
  task: { versionId: string; title: string; duty: string; points: number } | null;
  /** "points" per task; "percent" (of each task's points) for the whole session. */
  unit: "points" | "percent";
  targets: number;
  ratings: number;
  icc: IccFigures;
  krippendorff: KrippendorffFigures;
  /** Severity threshold in `unit` (5 % of the task's points, or 5 percentage points). */
  severityThreshold: number;
  examiners: Array<RaterSeverity & { name: string }>;
};

export type RaterAnalysis = {
  session: { id: string; name: string; level: string; track: string; startsAt: Date };
  overall: RaterGroup;
  tasks: RaterGroup[];
};

function group(input: RatingsInput, names: Map<string, string>, task: RaterGroup["task"], unit: RaterGroup["unit"], threshold: number): RaterGroup {
  return {
    task,
    unit,
    targets: input.targets.length,
    ratings: input.targets.reduce((s, t) => s + t.ratings.filter((r) => r !== null).length, 0),
    icc: intraclassCorrelations(input),
    krippendorff: krippendorffAlpha(input),
    severityThreshold: threshold,
    examiners: raterSeverity(input, threshold).map((r) => ({ ...r, name: names.get(r.rater) ?? r.rater })),
  };
}

/** Throws NOT_FOUND unless the session exists, is a skill session past its draft and has a plan. */
export async function getRaterAnalysis(options: { sessionId: string }): Promise<RaterAnalysis> {
  const prisma = getPrisma();
  const session = await prisma.examSession.findUnique({
    where: { id: options.sessionId },
    select: { id: true, name: true, level: true, track: true, startsAt: true, mode: true, status: true, skillPlanId: true, staff: { where: { role: { in: ["EXAMINER", "CHIEF_EXAMINER"] } }, select: { userId: true } } },
  });
  if (!session || session.mode !== "skill" || session.status === "draft" || !session.skillPlanId) throw new AppError("NOT_FOUND");
  const [plan, sheets, results] = await Promise.all([
    prisma.skillPlan.findUnique({ where: { id: session.skillPlanId }, select: { duties: true } }),
    prisma.skillSheet.findMany({ where: { sessionId: session.id }, select: { candidateId: true, taskVersionId: true, examinerId: true, total: true } }),
    prisma.skillTaskResult.findMany({ where: { sessionId: session.id }, select: { candidateId: true, taskVersionId: true, status: true, adjudicatedById: true } }),
  ]);
  const refs = ((plan?.duties ?? []) as unknown as PlanDuty[]).flatMap((d) => d.tasks.map((t) => ({ versionId: t.versionId, duty: d.duty })));
  const versions = await prisma.taskVersion.findMany({ where: { id: { in: refs.map((r) => r.versionId) } }, select: { id: true, title: true, points: true } });
  const raterIds = [...new Set([...session.staff.map((s) => s.userId), ...sheets.map((s) => s.examinerId)])];
  const users = await prisma.user.findMany({ where: { id: { in: raterIds } }, select: { id: true, displayName: true } });
  const names = new Map(users.map((u) => [u.id, u.displayName]));
  const raters = [...raterIds].sort((a, b) => (names.get(a) ?? a).localeCompare(names.get(b) ?? b, "zh-CN") || (a < b ? -1 : 1));
  const went = new Set(results.filter((r) => r.status === "awaiting-adjudication" || r.adjudicatedById !== null).map((r) => `${r.candidateId}\u0000${r.taskVersionId}`));

  const tasks = refs.flatMap((ref) => {
    const v = versions.find((x) => x.id === ref.versionId);
    return v ? [{ versionId: v.id, title: v.title, duty: ref.duty, points: v.points }] : [];
  });
  const targetsOf = (versionId: string, scale: (total: number) => number) => {
    const byCandidate = new Map<string, Array<number | null>>();
    for (const s of sheets) {
      if (s.taskVersionId !== versionId) continue;
      const row = byCandidate.get(s.candidateId) ?? raters.map(() => null);
      row[raters.indexOf(s.examinerId)] = scale(s.total);
      byCandidate.set(s.candidateId, row);
    }
    return [...byCandidate.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([candidateId, ratings]) => ({ id: `${candidateId}:${versionId}`, ratings, adjudicated: went.has(`${candidateId}\u0000${versionId}`) }));
  };
  // Sheet totals are hundredths; a task's points are whole points.
  const perTask = tasks.map((t) =>
    group({ raters, targets: targetsOf(t.versionId, (h) => h / 100) }, names, t, "points", (DEFAULT_SEVERITY_PERCENT * t.points) / 100),
  );
  const overall = group(
    { raters, targets: tasks.flatMap((t) => targetsOf(t.versionId, (h) => h / t.points)) },
    names,
    null,
    "percent",
    DEFAULT_SEVERITY_PERCENT,
  );
  return {
    session: { id: session.id, name: session.name, level: session.level, track: session.track, startsAt: session.startsAt },
    overall,
    tasks: perTask,
  };
}
