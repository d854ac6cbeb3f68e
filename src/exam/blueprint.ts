// Theory-paper blueprint (组卷蓝图): the weight table of the standard turned into item counts
// per area and item type. All points are integers in hundredths of a point (100 points = 10000).
import { weightsFor } from "../standard";
import { type AreaCode, type LevelCode, type TrackCode } from "../standard/schema";
import { areaLabel, areaName, formatPoints, ITEM_TYPE_NAMES, toHundredths } from "./labels";
import { ITEM_TYPES, type ItemType } from "./types";

/** Paper structure as authored: points per item in points (at most 2 decimals). */
export interface PaperStructure {
  sections: Array<{ type: ItemType; count: number; points: number }>;
}

/** 判断 20 × 1, 单选 60 × 1, 多选 10 × 2 = 100 points. */
export const DEFAULT_STRUCTURE: PaperStructure = Object.freeze({
  sections: Object.freeze([
    Object.freeze({ type: "true-false" as const, count: 20, points: 1 }),
    Object.freeze({ type: "single" as const, count: 60, points: 1 }),
    Object.freeze({ type: "multiple" as const, count: 10, points: 2 }),
  ]) as PaperStructure["sections"],
});

/**
 * Areas in the order of the weight table: 职业道德, 基础知识, then duties 1..6.
 * (AREA_CODES from the schema is not in this order: zod puts the numeric keys first.)
 */
export const AREA_ORDER: readonly AreaCode[] = Object.freeze(["ethics", "basics", "1", "2", "3", "4", "5", "6"] as const);

/** Full marks in hundredths. */
export const FULL_MARKS = 10000;

/** A section with points converted to hundredths. */
export interface BlueprintSection {
  type: ItemType;
  count: number;
  /** Points per item, hundredths. */
  points: number;
}

export interface BlueprintArea {
  area: AreaCode;
  name: string;
  /** Weight × 100: the points the standard asks for (hundredths). */
  targetPoints: number;
  /** Points the allocated counts give (hundredths). */
  points: number;
  /** points − targetPoints (hundredths); 0 when exact. */
  deviation: number;
  counts: Record<ItemType, number>;
}

export interface Blueprint {
  ok: true;
  level: LevelCode;
  track: TrackCode;
  structure: PaperStructure;
  /** The structure's sections in canonical type order (判断, 单选, 多选), points in hundredths. */
  sections: BlueprintSection[];
  /** Areas with a positive theory weight, in AREA_ORDER (职业道德, 基础知识, 1..6). */
  areas: BlueprintArea[];
  /** Largest |deviation| accepted (hundredths). */
  tolerance: number;
  /** Sum of the areas' points: always FULL_MARKS. */
  totalPoints: number;
  /** True when every area's points equal its target. */
  exact: boolean;
}

export interface BlueprintRejection {
  ok: false;
  reasons: string[];
}

export type BlueprintResult = Blueprint | BlueprintRejection;

export interface BuildBlueprintInput {
  level: LevelCode;
  track: TrackCode;
  structure?: PaperStructure;
  /**
   * Largest |deviation| per area accepted, in hundredths, or "one-item" (the largest section's
   * points per item). Default 0: the blueprint must match the weight table exactly.
   */
  tolerance?: number | "one-item";
}

/** Checks a structure; returns its sections (hundredths, canonical order) or Chinese reasons. */
export function normalizeStructure(structure: PaperStructure): { sections: BlueprintSection[] } | { reasons: string[] } {
  const reasons: string[] = [];
  const seen = new Set<ItemType>();
  const sections: BlueprintSection[] = [];
  if (structure.sections.length === 0) reasons.push("试卷结构没有任何题型");
  for (const s of structure.sections) {
    const name = ITEM_TYPE_NAMES[s.type] ?? String(s.type);
    if (!ITEM_TYPES.includes(s.type)) {
      reasons.push(`未知题型 ${String(s.type)}`);
      continue;
    }
    if (seen.has(s.type)) reasons.push(`${name}在试卷结构中重复出现`);
    seen.add(s.type);
    if (!Number.isInteger(s.count) || s.count <= 0) reasons.push(`${name}题量必须为正整数（当前 ${s.count}）`);
    const points = toHundredths(s.points);
    if (points === undefined || points <= 0) reasons.push(`${name}每题分值必须为正数且至多两位小数（当前 ${s.points}）`);
    sections.push({ type: s.type, count: s.count, points: points ?? 0 });
  }
  if (reasons.length === 0) {
    const total = sections.reduce((sum, s) => sum + s.count * s.points, 0);
    if (total !== FULL_MARKS) reasons.push(`试卷结构总分为 ${formatPoints(total)} 分，应为 100 分`);
  }
  if (reasons.length > 0) return { reasons };
  sections.sort((a, b) => ITEM_TYPES.indexOf(a.type) - ITEM_TYPES.indexOf(b.type));
  return { sections };
}

interface Cost {
  over: number;
  devSum: number;
  mix: number;
}

function less(a: Cost, b: Cost): boolean {
  if (a.over !== b.over) return a.over < b.over;
  if (a.devSum !== b.devSum) return a.devSum < b.devSum;
  return a.mix < b.mix;
}

/**
 * Allocates section counts to areas. n[a][s] = items of section s in area a.
 * Column sums are the section counts; row points should equal the targets within `tol`.
 * Returns the best allocation found and whether every row is within tolerance.
 */
function allocate(targets: number[], sections: BlueprintSection[], tol: number): number[][] {
  const A = targets.length;
  const S = sections.length;
  const ideal = (a: number, s: number) => (sections[s]?.count ?? 0) * (targets[a] ?? 0); // × 1/FULL_MARKS
  const rowPoints = (n: number[][], a: number) => sections.reduce((sum, sec, s) => sum + (n[a]?.[s] ?? 0) * sec.points, 0);
  const cost = (n: number[][]): Cost => {
    let over = 0;
    let devSum = 0;
    let mix = 0;
    for (let a = 0; a < A; a++) {
      const dev = Math.abs(rowPoints(n, a) - (targets[a] ?? 0));
      if (dev > tol) over++;
      devSum += dev;
      for (let s = 0; s < S; s++) {
        const d = (n[a]?.[s] ?? 0) * FULL_MARKS - ideal(a, s);
        mix += d * d;
      }
    }
    return { over, devSum, mix };
  };

  // 1. Proportional start: each section split over areas by weight, largest remainder.
  const n: number[][] = targets.map(() => sections.map(() => 0));
  sections.forEach((sec, s) => {
    let given = 0;
    const rems: Array<{ a: number; rem: number }> = [];
    for (let a = 0; a < A; a++) {
      const num = ideal(a, s);
      const fl = Math.floor(num / FULL_MARKS);
      (n[a] as number[])[s] = fl;
      given += fl;
      rems.push({ a, rem: num % FULL_MARKS });
    }
    rems.sort((x, y) => y.rem - x.rem || x.a - y.a);
    for (let k = 0; k < sec.count - given; k++) {
      const r = rems[k % rems.length];
      if (r) (n[r.a] as number[])[s] = ((n[r.a] as number[])[s] ?? 0) + 1;
    }
  });

  // 2. Steepest descent with exchange moves (area a takes one s-item from b, gives b one t-item).
  const climb = (m: number[][]) => {
    let current = cost(m);
    for (;;) {
      let best: { cost: Cost; a: number; b: number; s: number; t: number } | undefined;
      for (let a = 0; a < A; a++)
        for (let b = 0; b < A; b++) {
          if (a === b) continue;
          for (let s = 0; s < S; s++)
            for (let t = 0; t < S; t++) {
              if (s === t) continue;
              const ra = m[a] as number[];
              const rb = m[b] as number[];
              if ((ra[t] ?? 0) < 1 || (rb[s] ?? 0) < 1) continue;
              ra[s] = (ra[s] ?? 0) + 1;
              ra[t] = (ra[t] ?? 0) - 1;
              rb[s] = (rb[s] ?? 0) - 1;
              rb[t] = (rb[t] ?? 0) + 1;
              const c = cost(m);
              ra[s] = (ra[s] ?? 0) - 1;
              ra[t] = (ra[t] ?? 0) + 1;
              rb[s] = (rb[s] ?? 0) + 1;
              rb[t] = (rb[t] ?? 0) - 1;
              if (less(c, best?.cost ?? current)) best = { cost: c, a, b, s, t };
            }
        }
      if (!best) return current;
      const ra = m[best.a] as number[];
      const rb = m[best.b] as number[];
      ra[best.s] = (ra[best.s] ?? 0) + 1;
      ra[best.t] = (ra[best.t] ?? 0) - 1;
      rb[best.s] = (rb[best.s] ?? 0) - 1;
      rb[best.t] = (rb[best.t] ?? 0) + 1;
      current = best.cost;
    }
  };
  if (climb(n).over === 0) return n;

  // 3. Exact search (depth-first over areas, failing states memoised) for an allocation within tolerance.
  const failed = new Set<string>();
  let budget = 2_000_000;
  const chosen: number[][] = [];
  const search = (a: number, remaining: number[]): boolean => {
    if (budget-- <= 0) return false;
    if (a === A - 1) {
      const pts = remaining.reduce((sum, c, s) => sum + c * (sections[s]?.points ?? 0), 0);
      if (Math.abs(pts - (targets[a] ?? 0)) > tol) return false;
      chosen[a] = remaining.slice();
      return true;
    }
    const key = `${a}|${remaining.join(",")}`;
    if (failed.has(key)) return false;
    const target = targets[a] ?? 0;
    const v = sections.map(() => 0);
    const rec = (s: number, pts: number): boolean => {
      if (pts > target + tol) return false;
      if (s === S) {
        if (Math.abs(pts - target) > tol) return false;
        chosen[a] = v.slice();
        return search(
          a + 1,
          remaining.map((r, i) => r - (v[i] ?? 0)),
        );
      }
      const p = sections[s]?.points ?? 0;
      for (let c = 0; c <= (remaining[s] ?? 0); c++) {
        if (pts + c * p > target + tol) break;
        v[s] = c;
        if (rec(s + 1, pts + c * p)) return true;
      }
      v[s] = 0;
      return false;
    };
    if (rec(0, 0)) return true;
    failed.add(key);
    return false;
  };
  if (
    search(
      0,
      sections.map((s) => s.count),
    )
  ) {
    const m = chosen.map((r) => r.slice());
    climb(m);
    return m;
  }
  return n;
}

/**
 * Builds the blueprint for a theory paper: target points per area from the theory weight table,
 * and item counts per area and type whose points match the targets (exactly, by default).
 * Deterministic. Rejects (with Chinese reasons) an invalid structure or one that cannot match.
 */
export function buildBlueprint(input: BuildBlueprintInput): BlueprintResult {
  const structure = input.structure ?? DEFAULT_STRUCTURE;
  const norm = normalizeStructure(structure);
  if ("reasons" in norm) return { ok: false, reasons: norm.reasons };
  const { sections } = norm;
  const maxPoints = Math.max(...sections.map((s) => s.points));
  const tol = input.tolerance === "one-item" ? maxPoints : (input.tolerance ?? 0);
  if (!Number.isInteger(tol) || tol < 0) return { ok: false, reasons: [`容差必须为非负整数（百分之一分），当前 ${String(input.tolerance)}`] };

  const weights = weightsFor("theory", input.level, input.track);
  const areaCodes = AREA_ORDER.filter((a) => weights[a] > 0);
  const targets = areaCodes.map((a) => weights[a] * 100);
  const n = allocate(targets, sections, tol);

  const areas: BlueprintArea[] = areaCodes.map((area, a) => {
    const counts: Record<ItemType, number> = { "true-false": 0, single: 0, multiple: 0 };
    let points = 0;
    sections.forEach((sec, s) => {
      const c = n[a]?.[s] ?? 0;
      counts[sec.type] += c;
      points += c * sec.points;
    });
    const targetPoints = targets[a] ?? 0;
    return { area, name: areaName(area), targetPoints, points, deviation: points - targetPoints, counts };
  });

  const off = areas.filter((a) => Math.abs(a.deviation) > tol);
  if (off.length > 0) {
    const shape = sections.map((s) => `${ITEM_TYPE_NAMES[s.type]} ${s.count} 道 × ${formatPoints(s.points)} 分`).join("，");
    const limit = tol === 0 ? "须与权重完全一致" : `允许偏差 ${formatPoints(tol)} 分`;
    return {
      ok: false,
      reasons: off.map(
        (a) =>
          `试卷结构（${shape}）无法满足${areaLabel(a.area)}的权重：目标 ${formatPoints(a.targetPoints)} 分，最接近的分配为 ${formatPoints(a.points)} 分（偏差 ${a.deviation > 0 ? "+" : ""}${formatPoints(a.deviation)} 分，${limit}）`,
      ),
    };
  }

  return {
    ok: true,
    level: input.level,
    track: input.track,
    structure: { sections: structure.sections.map((s) => ({ ...s })) },
    sections,
    areas,
    tolerance: tol,
    totalPoints: areas.reduce((sum, a) => sum + a.points, 0),
    exact: areas.every((a) => a.deviation === 0),
  };
}
