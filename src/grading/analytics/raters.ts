// Rater agreement: intraclass correlations (Shrout & Fleiss 1979), Krippendorff's α for interval
// and nominal data with missing ratings (Krippendorff 2011), and each rater's severity.
// Input: one row per rated target (a candidate's task), one column per rater; null = not rated.
import { isConstant } from "./describe";
import { figure, undefinedFigure, type Figure } from "./figure";

export interface RatingsInput {
  raters: readonly string[];
  targets: ReadonlyArray<{
    id: string;
    /** One rating per rater (same order as `raters`), null when that rater did not rate it. */
    ratings: ReadonlyArray<number | null>;
    /** The target went to adjudication (the panel's spread was too wide). */
    adjudicated?: boolean;
  }>;
}

export interface MeanSquares {
  /** Between targets, within targets (one-way), between raters (judges), residual (error). */
  bms: number;
  wms: number;
  jms: number;
  ems: number;
}

export interface IccFigures {
  /** Targets rated by every rater (ICC uses only these), and the others left out. */
  completeTargets: number;
  droppedTargets: number;
  raters: number;
  meanSquares: MeanSquares | null;
  /** One-way random, single rating: (BMS − WMS) / (BMS + (k − 1)·WMS). */
  icc11: Figure;
  /** Two-way random, absolute agreement, single: (BMS − EMS) / (BMS + (k−1)·EMS + k·(JMS − EMS)/n). */
  icc21: Figure;
  /** Two-way mixed, consistency, single: (BMS − EMS) / (BMS + (k − 1)·EMS). */
  icc31: Figure;
  /** Mean of k ratings: (BMS − WMS) / BMS. */
  icc1k: Figure;
  /** (BMS − EMS) / (BMS + (JMS − EMS)/n). */
  icc2k: Figure;
  /** (BMS − EMS) / BMS. */
  icc3k: Figure;
}

function validate(input: RatingsInput) {
  const k = input.raters.length;
  if (new Set(input.raters).size !== k) throw new RangeError("评分人重复");
  const ids = new Set<string>();
  for (const t of input.targets) {
    if (ids.has(t.id)) throw new RangeError(`评分对象 ${t.id} 重复`);
    ids.add(t.id);
    if (t.ratings.length !== k) throw new RangeError(`评分对象 ${t.id} 有 ${t.ratings.length} 个评分位，应为 ${k} 个`);
    for (const r of t.ratings) if (r !== null && !Number.isFinite(r)) throw new RangeError(`评分对象 ${t.id} 的评分 ${r} 不是有限数值`);
  }
}

/**
 * The six ICCs of Shrout & Fleiss (1979), Table 1, from the two-way ANOVA of the targets rated by
 * every rater (targets with a missing rating are left out and counted). Undefined with fewer than
 * 2 raters or 2 complete targets, or when a denominator is 0 (no variance at all).
 */
export function intraclassCorrelations(input: RatingsInput): IccFigures {
  validate(input);
  const k = input.raters.length;
  const complete = input.targets.filter((t) => t.ratings.every((r) => r !== null)).map((t) => t.ratings as readonly number[]);
  const n = complete.length;
  const base = { completeTargets: n, droppedTargets: input.targets.length - n, raters: k };
  const none = (reason: Parameters<typeof undefinedFigure>[0]) => {
    const f = undefinedFigure(reason);
    return { ...base, meanSquares: null, icc11: f, icc21: f, icc31: f, icc1k: f, icc2k: f, icc3k: f };
  };
  if (k < 2) return none("too-few-raters");
  if (n < 2) return none(input.targets.length === 0 ? "no-data" : "too-few-complete-targets");
  let grand = 0;
  const rowMean = complete.map((r) => r.reduce((s, v) => s + v, 0) / k);
  const colMean = new Array<number>(k).fill(0);
  for (const r of complete) r.forEach((v, j) => (colMean[j]! += v / n));
  for (const m of rowMean) grand += m / n;
  let sst = 0;
  for (const r of complete) for (const v of r) sst += (v - grand) ** 2;
  const bss = k * rowMean.reduce((s, m) => s + (m - grand) ** 2, 0);
  const jss = n * colMean.reduce((s, m) => s + (m - grand) ** 2, 0);
  const ess = Math.max(0, sst - bss - jss);
  const wss = Math.max(0, sst - bss);
  const ms: MeanSquares = { bms: bss / (n - 1), wms: wss / (n * (k - 1)), jms: jss / (k - 1), ems: ess / ((n - 1) * (k - 1)) };
  const { bms, wms, jms, ems } = ms;
  const ratio = (num: number, den: number): Figure => (isConstant(0, den) ? undefinedFigure("no-variance") : figure(num / den));
  return {
    ...base,
    meanSquares: ms,
    icc11: ratio(bms - wms, bms + (k - 1) * wms),
    icc21: ratio(bms - ems, bms + (k - 1) * ems + (k * (jms - ems)) / n),
    icc31: ratio(bms - ems, bms + (k - 1) * ems),
    icc1k: ratio(bms - wms, bms),
    icc2k: ratio(bms - ems, bms + (jms - ems) / n),
    icc3k: ratio(bms - ems, bms),
  };
}

export interface KrippendorffFigures {
  /** Targets with at least 2 ratings, and the ratings in them (n.., the pairable values). */
  pairableTargets: number;
  pairableValues: number;
  /** δ² = (c − k)². */
  interval: Figure;
  /** δ² = 0 if c = k, else 1 (each distinct rating is a category). */
  nominal: Figure;
}

/**
 * Krippendorff's α = 1 − D_o / D_e with missing ratings, from the coincidence matrix
 * (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability"): a target with m ≥ 2 ratings
 * contributes each ordered pair of its ratings with weight 1/(m − 1); α = 1 − (n − 1) ·
 * Σ o_ck δ²_ck / Σ n_c n_k δ²_ck. Computed in O(ratings) with Σ_{i≠j}(v_i − v_j)² = 2(mΣv² − (Σv)²)
 * and, for nominal, Σ_{i≠j}[v_i ≠ v_j] = m² − Σ_c m_c². Undefined without a pairable target, or
 * when every pairable rating is the same (D_e = 0).
 */
export function krippendorffAlpha(input: RatingsInput): KrippendorffFigures {
  validate(input);
  let n = 0;
  let targets = 0;
  let observedInterval = 0;
  let observedNominal = 0;
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  const counts = new Map<number, number>();
  for (const t of input.targets) {
    const values = t.ratings.filter((r): r is number => r !== null);
    const m = values.length;
    if (m < 2) continue;
    targets++;
    n += m;
    let s = 0;
    const local = new Map<number, number>();
    for (const v of values) {
      s += v;
      local.set(v, (local.get(v) ?? 0) + 1);
      counts.set(v, (counts.get(v) ?? 0) + 1);
      if (v < min) min = v;
      if (v > max) max = v;
    }
    sum += s;
    // Spread within the target, about its own mean (stable): Σ_{i≠j}(v_i − v_j)² = 2m·Σ(v − v̄)².
    const mean = s / m;
    let dev = 0;
    for (const v of values) dev += (v - mean) ** 2;
    observedInterval += (2 * m * dev) / (m - 1);
    let same = 0;
    for (const c of local.values()) same += c * c;
    observedNominal += (m * m - same) / (m - 1);
  }
  const base = { pairableTargets: targets, pairableValues: n };
  if (n === 0) {
    const f = undefinedFigure(input.targets.length === 0 ? "no-data" : "no-pairable-values");
    return { ...base, interval: f, nominal: f };
  }
  if (isConstant(min, max)) return { ...base, interval: undefinedFigure("no-variance"), nominal: undefinedFigure("no-variance") };
  const mean = sum / n;
  let expectedInterval = 0;
  for (const [v, c] of counts) expectedInterval += c * (v - mean) ** 2;
  expectedInterval *= 2 * n; // Σ_c Σ_k n_c n_k (c − k)² = 2n · Σ_c n_c (c − v̄)²
  let same = 0;
  for (const c of counts.values()) same += c * c;
  const expectedNominal = n * n - same;
  return {
    ...base,
    interval: figure(1 - ((n - 1) * observedInterval) / expectedInterval),
    nominal: figure(1 - ((n - 1) * observedNominal) / expectedNominal),
  };
}

/** Default severity threshold: 5 % of the full marks of what is rated (docs/analytics.md). */
export const DEFAULT_SEVERITY_PERCENT = 5;

export interface RaterSeverity {
  rater: string;
  /** Targets this rater rated, and those also rated by someone else (compared). */
  rated: number;
  compared: number;
  /** Mean of (rating − mean of all ratings of that target): < 0 severe, > 0 lenient (rating unit). */
  severity: Figure;
  /** Standard deviation of those deviations (n − 1). */
  sdDeviation: Figure;
  /** Targets this rater rated that went to adjudication, and their share of `rated`. */
  adjudicated: number;
  adjudicatedShare: Figure;
  /** Outlying severity: |severity| ≥ threshold and |severity| ≥ 2 standard errors. */
  flag: "severe" | "lenient" | null;
}

/**
 * Each rater's severity: the mean deviation of their ratings from the panel mean of the same
 * target (all ratings of the target, theirs included), over targets rated by at least 2 raters;
 * and the share of their targets that went to adjudication. A rater is flagged when
 * |severity| ≥ `threshold` (rating unit; e.g. 5 % of the task's points) and the mean deviation is
 * at least 2 standard errors from 0 (|severity| · √compared ≥ 2 · SD, with compared ≥ 2), so one
 * odd rating does not mark a rater.
 */
export function raterSeverity(input: RatingsInput, threshold: number): RaterSeverity[] {
  validate(input);
  if (!(threshold >= 0)) throw new RangeError(`严宽度阈值须为非负数，实际为 ${threshold}`);
  const k = input.raters.length;
  const dev: number[][] = input.raters.map(() => []);
  const rated = new Array<number>(k).fill(0);
  const adjudicated = new Array<number>(k).fill(0);
  for (const t of input.targets) {
    const present = t.ratings.flatMap((r, j) => (r === null ? [] : [j]));
    for (const j of present) {
      rated[j]!++;
      if (t.adjudicated) adjudicated[j]!++;
    }
    if (present.length < 2) continue;
    const mean = present.reduce((s, j) => s + t.ratings[j]!, 0) / present.length;
    for (const j of present) dev[j]!.push(t.ratings[j]! - mean);
  }
  return input.raters.map((rater, j): RaterSeverity => {
    const d = dev[j]!;
    const m = d.length;
    const mean = m ? d.reduce((s, x) => s + x, 0) / m : 0;
    const sd = m >= 2 ? Math.sqrt(d.reduce((s, x) => s + (x - mean) ** 2, 0) / (m - 1)) : null;
    const significant = m >= 2 && sd !== null && Math.abs(mean) * Math.sqrt(m) >= 2 * sd && !isConstant(Math.min(0, mean), Math.max(0, mean));
    const flag = significant && Math.abs(mean) >= threshold ? (mean < 0 ? "severe" : "lenient") : null;
    return {
      rater,
      rated: rated[j]!,
      compared: m,
      severity: m ? figure(mean) : undefinedFigure(rated[j] ? "no-shared-targets" : "no-data"),
      sdDeviation: sd === null ? undefinedFigure(m ? "too-few-attempts" : rated[j] ? "no-shared-targets" : "no-data") : figure(sd),
      adjudicated: adjudicated[j]!,
      adjudicatedShare: rated[j] ? figure(adjudicated[j]! / rated[j]!) : undefinedFigure("no-data"),
      flag,
    };
  });
}
