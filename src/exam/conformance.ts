// Conformance report of a theory paper against its blueprint. Plain JSON data: it is stored with
// the paper and printed. Points in hundredths.
import type { AreaCode, LevelCode, TrackCode } from "../standard/schema";
import type { Paper } from "./assemble-paper";
import { AREA_ORDER, FULL_MARKS, type Blueprint } from "./blueprint";
import { areaLabel, areaName, formatPoints, ITEM_TYPE_NAMES } from "./labels";
import { areaOfTag, ITEM_TYPES, knowledgePointOfTag, type ItemType, type ItemVersion } from "./types";

export interface AreaConformance {
  area: AreaCode;
  name: string;
  /** Weight × 100 (hundredths); 0 for an area the blueprint does not have. */
  targetPoints: number;
  /** Points the blueprint allocates (equals targetPoints for an exact blueprint). */
  blueprintPoints: number;
  actualPoints: number;
  /** actualPoints − targetPoints. */
  deviation: number;
  counts: Record<ItemType, number>;
  blueprintCounts: Record<ItemType, number>;
  knowledgePoints: { count: number; list: string[] };
}

export interface PaperConformance {
  level: LevelCode;
  track: TrackCode;
  areas: AreaConformance[];
  typeMix: Array<{ type: ItemType; name: string; count: number; points: number }>;
  /** Mean item difficulty (1..5), rounded to 2 decimals; null for an empty paper. */
  difficultyMean: number | null;
  /** Items per difficulty 1..5. */
  difficultyCounts: Record<"1" | "2" | "3" | "4" | "5", number>;
  itemCount: number;
  totalPoints: number;
  /** Every area's points and per-type counts equal the blueprint, total 10000, no item twice, items known and consistent. */
  conforms: boolean;
  /** Why not (Chinese), empty when it conforms. */
  problems: string[];
}

const zeroCounts = (): Record<ItemType, number> => ({ "true-false": 0, single: 0, multiple: 0 });

export interface PaperConformanceInput {
  paper: Pick<Paper, "items" | "level" | "track">;
  blueprint: Blueprint;
  /** Item versions by versionId (difficulty; area and knowledge point are re-derived from the tag). */
  items: ReadonlyMap<string, Pick<ItemVersion, "itemId" | "type" | "tag" | "difficulty">>;
}

/** Rounds a/b half-up to 2 decimals using integers only. */
function mean2(sum: number, n: number): number {
  return Math.floor((sum * 200 + n) / (2 * n)) / 100;
}

export function paperConformance(input: PaperConformanceInput): PaperConformance {
  const { paper, blueprint } = input;
  const problems: string[] = [];
  const perArea = new Map<AreaCode, { points: number; counts: Record<ItemType, number>; kps: Set<string> }>();
  const typeMix = new Map<ItemType, { count: number; points: number }>(ITEM_TYPES.map((t) => [t, { count: 0, points: 0 }]));
  const difficultyCounts = { "1": 0, "2": 0, "3": 0, "4": 0, "5": 0 };
  let diffSum = 0;
  let diffN = 0;
  const seen = new Set<string>();

  for (const pi of paper.items) {
    if (seen.has(pi.itemId)) problems.push(`试题 ${pi.itemId} 重复出现`);
    seen.add(pi.itemId);
    const item = input.items.get(pi.versionId);
    if (!item) problems.push(`缺少试题版本 ${pi.versionId} 的数据`);
    else {
      if (item.itemId !== pi.itemId || item.type !== pi.type || areaOfTag(item.tag) !== pi.area)
        problems.push(`试题版本 ${pi.versionId} 与试卷记录不一致`);
      difficultyCounts[String(item.difficulty) as keyof typeof difficultyCounts] += 1;
      diffSum += item.difficulty;
      diffN += 1;
    }
    const a = perArea.get(pi.area) ?? { points: 0, counts: zeroCounts(), kps: new Set<string>() };
    a.points += pi.points;
    a.counts[pi.type] += 1;
    a.kps.add(item ? knowledgePointOfTag(item.tag) : pi.knowledgePoint);
    perArea.set(pi.area, a);
    const m = typeMix.get(pi.type);
    if (m) {
      m.count += 1;
      m.points += pi.points;
    }
  }

  const areas: AreaConformance[] = [];
  for (const area of AREA_ORDER) {
    const bp = blueprint.areas.find((x) => x.area === area);
    const actual = perArea.get(area);
    if (!bp && !actual) continue;
    const list = [...(actual?.kps ?? [])].sort();
    const row: AreaConformance = {
      area,
      name: areaName(area),
      targetPoints: bp?.targetPoints ?? 0,
      blueprintPoints: bp?.points ?? 0,
      actualPoints: actual?.points ?? 0,
      deviation: (actual?.points ?? 0) - (bp?.targetPoints ?? 0),
      counts: actual?.counts ?? zeroCounts(),
      blueprintCounts: bp ? { ...bp.counts } : zeroCounts(),
      knowledgePoints: { count: list.length, list },
    };
    if (row.actualPoints !== row.blueprintPoints)
      problems.push(
        `${areaLabel(area)} 实得 ${formatPoints(row.actualPoints)} 分，蓝图为 ${formatPoints(row.blueprintPoints)} 分`,
      );
    for (const t of ITEM_TYPES)
      if (row.counts[t] !== row.blueprintCounts[t])
        problems.push(`${areaLabel(area)} ${ITEM_TYPE_NAMES[t]} ${row.counts[t]} 道，蓝图为 ${row.blueprintCounts[t]} 道`);
    areas.push(row);
  }

  const totalPoints = paper.items.reduce((s, i) => s + i.points, 0);
  if (totalPoints !== FULL_MARKS) problems.push(`总分 ${formatPoints(totalPoints)} 分，应为 100 分`);
  if (paper.level !== blueprint.level || paper.track !== blueprint.track) problems.push("试卷的级别或工种与蓝图不一致");

  return {
    level: paper.level,
    track: paper.track,
    areas,
    typeMix: ITEM_TYPES.map((type) => ({ type, name: ITEM_TYPE_NAMES[type], ...(typeMix.get(type) ?? { count: 0, points: 0 }) })),
    difficultyMean: diffN === 0 ? null : mean2(diffSum, diffN),
    difficultyCounts,
    itemCount: paper.items.length,
    totalPoints,
    conforms: problems.length === 0,
    problems,
  };
}
