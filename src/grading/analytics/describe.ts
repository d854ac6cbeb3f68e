// Descriptive statistics of a list of scores, with the estimators Moodle's quiz statistics use
// (docs/analytics.md): sample SD (n − 1), and skewness and kurtosis from the k-statistics
// (the adjusted Fisher–Pearson G1 and the excess kurtosis G2, as Excel's SKEW and KURT).
import { figure, undefinedFigure, type Figure } from "./figure";

/** Whether the values are all equal, allowing for floating-point noise (1e-9 relative). */
export function isConstant(min: number, max: number): boolean {
  return max - min <= 1e-9 * Math.max(1, Math.abs(min), Math.abs(max));
}

export interface Summary {
  n: number;
  mean: Figure;
  median: Figure;
  /** Sample standard deviation √(Σ(x − x̄)² / (n − 1)). */
  sd: Figure;
  /** G1 = k3 / k2^{3/2}, k2 = n·m2/(n−1), k3 = n²·m3/((n−1)(n−2)); needs n ≥ 3 and SD > 0. */
  skewness: Figure;
  /** G2 = k4 / k2², k4 = n²((n+1)m4 − 3(n−1)m2²)/((n−1)(n−2)(n−3)) (excess); needs n ≥ 4, SD > 0. */
  kurtosis: Figure;
  /** Sample variance (n − 1), used for reliability; null when n < 2. */
  variance: number | null;
}

/**
 * Mean, median, SD, skewness and kurtosis of `values` (any unit; results in the same unit).
 * Source: Moodle quiz statistics (mod/quiz/report/statistics/classes/calculator.php): median is
 * the middle value, or the mean of the two middle values for an even count; the moments are
 * m_r = Σ(x − x̄)^r / n.
 */
export function summarize(values: readonly number[]): Summary {
  const n = values.length;
  if (n === 0) {
    const none = undefinedFigure("no-data");
    return { n, mean: none, median: none, sd: none, skewness: none, kurtosis: none, variance: null };
  }
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) throw new RangeError(`成绩须为有限数值，实际为 ${v}`);
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const mean = sum / n;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(n / 2);
  const median = n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  if (n < 2) {
    const few = undefinedFigure("too-few-attempts");
    return { n, mean: figure(mean), median: figure(median), sd: few, skewness: undefinedFigure("too-few-for-moment"), kurtosis: undefinedFigure("too-few-for-moment"), variance: null };
  }
  const constant = isConstant(min, max);
  let p2 = 0;
  let p3 = 0;
  let p4 = 0;
  if (!constant)
    for (const v of values) {
      const d = v - mean;
      const d2 = d * d;
      p2 += d2;
      p3 += d2 * d;
      p4 += d2 * d2;
    }
  const variance = p2 / (n - 1);
  const m2 = p2 / n;
  const m3 = p3 / n;
  const m4 = p4 / n;
  const k2 = (n * m2) / (n - 1);
  const moment = (needed: number, value: () => number): Figure =>
    n < needed ? undefinedFigure("too-few-for-moment") : constant ? undefinedFigure("constant-total") : figure(value());
  return {
    n,
    mean: figure(mean),
    median: figure(median),
    sd: figure(Math.sqrt(variance)),
    skewness: moment(3, () => (n * n * m3) / ((n - 1) * (n - 2)) / k2 ** 1.5),
    kurtosis: moment(4, () => (n * n * ((n + 1) * m4 - 3 * (n - 1) * m2 * m2)) / ((n - 1) * (n - 2) * (n - 3)) / (k2 * k2)),
    variance,
  };
}
