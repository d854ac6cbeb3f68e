// Item analysis of one paper (every attempt answered the same items): the figures of Moodle's
// quiz statistics report, and the upper–lower 27 % index of src/grading/statistics.
//
// Source: Moodle, question/classes/statistics/questions/calculator.php and the developer page
// "Quiz statistics calculations". With x an item's marks, R = total − x the rest of the test,
// T the total, and every (co)variance over n − 1:
//   facility                 = mean(x) / max
//   SD                       = √var(x) / max
//   discrimination index     = 100 · cov(x, R) / √(var(x) · var(R))   (item–rest correlation)
//   discriminative efficiency = 100 · cov(x, R) / cov_max(x, R), where cov_max pairs the sorted
//                              x with the sorted R (the largest covariance these marks allow)
//   effective weight         = 100 · √cov(x, T) / Σ_items √cov(x_j, T) over items with
//                              cov(x_j, T) ≥ 0; undefined for an item whose cov(x, T) < 0.
import { isConstant } from "./describe";
import { figure, undefinedFigure, type Figure } from "./figure";
import { rankByTotal, upperLowerIndex, type UpperLowerIndex } from "../statistics";

export interface PaperItemInput {
  id: string;
  /** The item's full marks (> 0), in the unit of the marks (points, hundredths, 1 for fractions). */
  maxMark: number;
}

export interface AttemptInput {
  id: string;
  /** One mark per item, in item order, each in [0, maxMark]. An unanswered item is a 0, not missing. */
  marks: readonly number[];
}

export interface ItemFigures {
  id: string;
  /** Attempts analysed. */
  n: number;
  maxMark: number;
  /** Mean mark as a fraction of maxMark (0–1); higher = easier. */
  facility: Figure;
  /** Standard deviation of the marks as a fraction of maxMark. */
  sd: Figure;
  /** Item–rest correlation × 100 (−100 … 100). */
  discriminationIndex: Figure;
  /** cov(x, R) / cov_max(x, R) × 100. */
  discriminativeEfficiency: Figure;
  /** Share of the total's spread this item accounts for, % (items sum to 100). */
  effectiveWeight: Figure;
  /** Kelley's upper–lower 27 % index on mark fractions; null when n < 2. */
  upperLower: UpperLowerIndex | null;
  /** Sample variance of the marks (mark unit²), for reliability; null when n < 2. */
  markVariance: number | null;
  /** Every mark is 0 or maxMark (a right/wrong item). */
  dichotomous: boolean;
}

export interface PaperMatrix {
  items: PaperItemInput[];
  attempts: AttemptInput[];
  /** Attempt totals (Σ marks), in attempt order. */
  totals: number[];
  /** Attempt indexes in the rank order of the upper–lower groups (total desc, id asc). */
  rank: number[];
}

/** Validates the matrix (Chinese messages naming the attempt and item) and computes totals and rank. */
export function paperMatrix(items: readonly PaperItemInput[], attempts: readonly AttemptInput[]): PaperMatrix {
  const ids = new Set<string>();
  for (const it of items) {
    if (ids.has(it.id)) throw new RangeError(`题目 ${it.id} 重复`);
    ids.add(it.id);
    if (!Number.isFinite(it.maxMark) || it.maxMark <= 0) throw new RangeError(`题目 ${it.id} 的满分须为正数，实际为 ${it.maxMark}`);
  }
  const seen = new Set<string>();
  const totals: number[] = [];
  for (const a of attempts) {
    if (seen.has(a.id)) throw new RangeError(`作答 ${a.id} 重复`);
    seen.add(a.id);
    if (a.marks.length !== items.length) throw new RangeError(`作答 ${a.id} 有 ${a.marks.length} 个得分，应为 ${items.length} 个`);
    let t = 0;
    a.marks.forEach((m, i) => {
      const it = items[i]!;
      if (!Number.isFinite(m) || m < 0 || m > it.maxMark) throw new RangeError(`作答 ${a.id} 在题目 ${it.id} 的得分 ${m} 不在 0–${it.maxMark} 之内`);
      t += m;
    });
    totals.push(t);
  }
  const rank = rankByTotal(attempts.map((a, i) => ({ id: a.id, total: totals[i]! })));
  return { items: [...items], attempts: [...attempts], totals, rank };
}

/** Item figures of every item of the paper, in item order. Pure; O(items × attempts × log attempts). */
export function itemFigures(matrix: PaperMatrix): ItemFigures[] {
  const { items, attempts, totals, rank } = matrix;
  const n = attempts.length;
  const meanT = n ? totals.reduce((s, t) => s + t, 0) / n : 0;
  const x = new Float64Array(n);
  const rest = new Float64Array(n);
  const raw = items.map((it, i) => {
    let sum = 0;
    let min = Infinity;
    let max = -Infinity;
    let rMin = Infinity;
    let rMax = -Infinity;
    let dichotomous = true;
    for (let a = 0; a < n; a++) {
      const m = attempts[a]!.marks[i]!;
      x[a] = m;
      rest[a] = totals[a]! - m;
      sum += m;
      if (m < min) min = m;
      if (m > max) max = m;
      if (rest[a]! < rMin) rMin = rest[a]!;
      if (rest[a]! > rMax) rMax = rest[a]!;
      if (m !== 0 && m !== it.maxMark) dichotomous = false;
    }
    const mean = n ? sum / n : 0;
    const meanR = meanT - mean;
    let sxx = 0;
    let srr = 0;
    let sxr = 0;
    let sxt = 0;
    for (let a = 0; a < n; a++) {
      const dx = x[a]! - mean;
      const dr = rest[a]! - meanR;
      sxx += dx * dx;
      srr += dr * dr;
      sxr += dx * dr;
      sxt += dx * (totals[a]! - meanT);
    }
    const itemConstant = n > 0 && isConstant(min, max);
    const restConstant = n > 0 && isConstant(rMin, rMax);
    let covMax = 0;
    if (n >= 2 && !itemConstant && !restConstant) {
      const xs = Float64Array.from(x).sort();
      const rs = Float64Array.from(rest).sort();
      for (let a = 0; a < n; a++) covMax += (xs[a]! - mean) * (rs[a]! - meanR);
    }
    const upperLower = upperLowerIndex(rank.map((a) => attempts[a]!.marks[i]! / it.maxMark));
    return { it, mean, sxx, srr, sxr, sxt, itemConstant, restConstant, covMax, upperLower, dichotomous };
  });
  const totalConstant = n > 0 && isConstant(Math.min(...totals), Math.max(...totals));
  const covT = raw.map((r) => (n >= 2 && !r.itemConstant && !totalConstant ? r.sxt / (n - 1) : 0));
  const sumRootCov = covT.reduce((s, c) => (c > 0 ? s + Math.sqrt(c) : s), 0);
  return raw.map((r, i): ItemFigures => {
    const { it } = r;
    const correlation = (value: () => number): Figure =>
      n < 2 ? undefinedFigure(n === 0 ? "no-data" : "too-few-attempts") : r.itemConstant ? undefinedFigure("constant-item") : r.restConstant ? undefinedFigure("constant-rest") : figure(value());
    let effectiveWeight: Figure;
    if (n < 2) effectiveWeight = undefinedFigure(n === 0 ? "no-data" : "too-few-attempts");
    else if (covT[i]! < 0) effectiveWeight = undefinedFigure("negative-covariance");
    else if (sumRootCov === 0) effectiveWeight = undefinedFigure("no-positive-covariance");
    else effectiveWeight = figure((100 * Math.sqrt(covT[i]!)) / sumRootCov);
    return {
      id: it.id,
      n,
      maxMark: it.maxMark,
      facility: n ? figure(r.mean / it.maxMark) : undefinedFigure("no-data"),
      sd: n < 2 ? undefinedFigure(n === 0 ? "no-data" : "too-few-attempts") : figure(r.itemConstant ? 0 : Math.sqrt(r.sxx / (n - 1)) / it.maxMark),
      discriminationIndex: correlation(() => (100 * r.sxr) / Math.sqrt(r.sxx * r.srr)),
      discriminativeEfficiency: correlation(() => (100 * r.sxr) / r.covMax),
      effectiveWeight,
      upperLower: r.upperLower,
      markVariance: n >= 2 ? (r.itemConstant ? 0 : r.sxx / (n - 1)) : null,
      dichotomous: r.dichotomous,
    };
  });
}
