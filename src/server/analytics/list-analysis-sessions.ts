// Use case: the sessions that have something to analyse: theory sessions with scored attempts
// (item and test analysis) and skill sessions with submitted examiner sheets (rater agreement).
import { getReadPrisma } from "../db/client";

export type AnalysisSessionRow = { id: string; name: string; mode: "theory" | "skill"; level: string; track: string; startsAt: Date; scored: number };

export async function listAnalysisSessions(): Promise<AnalysisSessionRow[]> {
  // A list that may lag by the replication delay: the standby when READ_DATABASE_URL is set.
  const prisma = getReadPrisma();
  const [theory, skill] = await Promise.all([
    prisma.theoryResult.groupBy({ by: ["sessionId"], _count: { _all: true } }),
    prisma.skillSheet.groupBy({ by: ["sessionId"], _count: { _all: true } }),
  ]);
  const counts = new Map([...theory, ...skill].map((g) => [g.sessionId, g._count._all]));
  if (counts.size === 0) return [];
  const sessions = await prisma.examSession.findMany({
    where: { id: { in: [...counts.keys()] }, status: { not: "draft" }, mode: { in: ["theory", "skill"] } },
    select: { id: true, name: true, mode: true, level: true, track: true, startsAt: true },
    orderBy: { startsAt: "desc" },
  });
  return sessions.map((s) => ({ ...s, mode: s.mode as "theory" | "skill", scored: counts.get(s.id) ?? 0 }));
}
