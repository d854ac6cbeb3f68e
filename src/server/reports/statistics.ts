// Cohort statistics (descriptive; nothing here decides a pass): per level × track and component,
// the score distribution (src/grading histogram, bins of 10 points) and pass rate; pass rates by
// level and by track per component and overall; and for theory, item difficulty and
// discrimination (src/grading itemStatistics) over the cohort's scored attempts.
import { z } from "zod";
import { divRoundHalfUp, histogram, itemStatistics, passRatesByGroup, type GroupPassRate, type HistogramBin, type ItemStatistics } from "@/grading";
import { LEVEL_CODES, LevelCodeSchema, TRACK_CODES, TrackCodeSchema, type LevelCode, type TrackCode } from "@/standard";
import { getReadPrisma } from "../db/client";
import { loadCohortResults, type CohortFilter, type CohortRow } from "./cohort-results";

/** Page filters from the query string; anything unknown means "all". */
export const StatisticsFilterSchema = z.object({
  level: LevelCodeSchema.optional().catch(undefined),
  track: TrackCodeSchema.optional().catch(undefined),
});

export type ComponentStatistics = {
  n: number;
  passed: number;
  /** passed / n, 4 decimals; null when n = 0. */
  rate: number | null;
  /** Mean score, hundredths (half up); null when n = 0. */
  mean: number | null;
  bins: HistogramBin[];
};

export type ItemRow = ItemStatistics & { type: string; area: string; stem: string; itemId: string; version: number };

export type GroupStatistics = { level: LevelCode; track: TrackCode; candidates: number; theory: ComponentStatistics; skill: ComponentStatistics; items: ItemRow[] };

type Rates = { byLevel: GroupPassRate[]; byTrack: GroupPassRate[] };

function component(scores: Array<{ score: number; passed: boolean }>): ComponentStatistics {
  const n = scores.length;
  const passed = scores.filter((s) => s.passed).length;
  return {
    n,
    passed,
    rate: n ? passRatesByGroup(scores.map((s) => ({ group: "", passed: s.passed })))[0]!.rate : null,
    mean: n ? divRoundHalfUp(scores.reduce((s, x) => s + x.score, 0), n) : null,
    bins: histogram(scores.map((s) => s.score)),
  };
}

function rates(rows: CohortRow[], pick: (r: CohortRow) => boolean | null): Rates {
  const scored = rows.flatMap((r) => {
    const p = pick(r);
    return p === null ? [] : [{ level: r.level, track: r.track, passed: p }];
  });
  return {
    byLevel: passRatesByGroup(scored.map((s) => ({ group: s.level, passed: s.passed }))),
    byTrack: passRatesByGroup(scored.map((s) => ({ group: s.track, passed: s.passed }))),
  };
}

type PerItem = { versionId: string; correct: boolean };

async function itemRows(rows: CohortRow[]): Promise<ItemRow[]> {
  // Scored results and item versions only: a standby's answer (READ_DATABASE_URL) will do.
  const prisma = getReadPrisma();
  const pairs = rows.filter((r) => r.theorySessionId);
  if (pairs.length === 0) return [];
  const wanted = new Set(pairs.map((r) => `${r.theorySessionId}\u0000${r.candidateId}`));
  const results = (
    await prisma.theoryResult.findMany({
      where: { sessionId: { in: [...new Set(pairs.map((r) => r.theorySessionId!))] }, candidateId: { in: pairs.map((r) => r.candidateId) } },
      select: { sessionId: true, candidateId: true, total: true, perItem: true },
    })
  ).filter((r) => wanted.has(`${r.sessionId}\u0000${r.candidateId}`));
  const stats = itemStatistics(results.map((r) => ({ candidateId: r.candidateId, total: r.total, items: (r.perItem as unknown as PerItem[]).map((i) => ({ versionId: i.versionId, correct: i.correct })) })));
  const versions = await prisma.itemVersion.findMany({
    where: { id: { in: stats.map((s) => s.versionId) } },
    select: { id: true, itemId: true, version: true, type: true, area: true, stem: true },
  });
  const byId = new Map(versions.map((v) => [v.id, v]));
  return stats.map((s) => {
    const v = byId.get(s.versionId);
    return { ...s, type: v?.type ?? "", area: v?.area ?? "", stem: v?.stem ?? "", itemId: v?.itemId ?? "", version: v?.version ?? 0 };
  });
}

export async function loadCohortStatistics(filter: CohortFilter) {
  const { rows, sessions } = await loadCohortResults(filter);
  const groups: GroupStatistics[] = [];
  for (const level of LEVEL_CODES)
    for (const track of TRACK_CODES) {
      const g = rows.filter((r) => r.level === level && r.track === track);
      if (g.length === 0) continue;
      groups.push({
        level,
        track,
        candidates: g.length,
        theory: component(g.flatMap((r) => (r.result.theory ? [r.result.theory] : []))),
        skill: component(g.flatMap((r) => (r.result.skill ? [r.result.skill] : []))),
        items: await itemRows(g),
      });
    }
  return {
    sessions: sessions.length,
    candidates: rows.length,
    groups,
    passRates: {
      theory: rates(rows, (r) => r.result.theory?.passed ?? null),
      skill: rates(rows, (r) => r.result.skill?.passed ?? null),
      // Overall: candidates with a decision (pass or fail); "incomplete" ones are not counted.
      overall: rates(rows, (r) => (r.result.overall === "incomplete" ? null : r.result.overall === "pass")),
    },
  };
}
export type CohortStatistics = Awaited<ReturnType<typeof loadCohortStatistics>>;
