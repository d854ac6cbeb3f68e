// Test analysis of one paper: the score distribution, internal consistency and measurement error
// (Moodle's quiz statistics, docs/analytics.md), the histogram with the pass mark, and pass rates.
//   Cronbach's α   = k/(k − 1) · (1 − Σ var(x_i) / var(T))   (KR-20 when every item is right/wrong)
//   error ratio    = 100 · √(1 − α)          (Moodle's "error ratio", %)
//   SEM            = SD(T) · √(1 − α)        (standard error of measurement, unit of the totals)
// Every variance over n − 1 (the ratio in α does not depend on that choice).
import { passMarkHundredths } from "../results";
import { histogram, passRatesByGroup, type HistogramBin } from "../statistics";
import { summarize, type Summary } from "./describe";
import { figure, undefinedFigure, type Figure } from "./figure";
import type { ItemFigures, PaperMatrix } from "./items";

export interface TestFigures extends Omit<Summary, "variance"> {
  /** Items on the paper and the maximum total (Σ maxMark). */
  items: number;
  maxTotal: number;
  /** Cronbach's α; `kr20` tells whether it is the KR-20 case (every item right/wrong). */
  alpha: Figure;
  kr20: boolean;
  /** 100 · √(1 − α), %. */
  errorRatio: Figure;
  /** SD · √(1 − α), unit of the totals. */
  sem: Figure;
  /** The pass mark as a % of maxTotal (60 unless given). */
  passPercent: number;
  /** Attempts whose total ≥ passPercent % of maxTotal. */
  passed: number;
  /** passed / n; undefined when n = 0. */
  passRate: Figure;
  /** Ten bins of 10 % of maxTotal (src/grading histogram on the percent scale). */
  histogram: HistogramBin[];
}

/**
 * Test figures of a paper from its matrix and item figures. `passPercent` (default: the
 * platform's 60) is the pass mark as a % of the maximum total.
 */
export function testFigures(matrix: PaperMatrix, items: readonly ItemFigures[], passPercent = passMarkHundredths() / 100): TestFigures {
  const { totals } = matrix;
  const n = totals.length;
  const { variance, ...summary } = summarize(totals);
  const k = matrix.items.length;
  const maxTotal = matrix.items.reduce((s, i) => s + i.maxMark, 0);
  let alpha: Figure;
  if (n === 0) alpha = undefinedFigure("no-data");
  else if (n < 2 || variance === null) alpha = undefinedFigure("too-few-attempts");
  else if (k < 2) alpha = undefinedFigure("single-item");
  else if (summary.sd.value === 0) alpha = undefinedFigure("constant-total");
  else {
    const sumItemVariance = items.reduce((s, i) => s + (i.markVariance ?? 0), 0);
    alpha = figure((k / (k - 1)) * (1 - sumItemVariance / variance));
  }
  // α ≤ 1 always (Cauchy–Schwarz); max(0, …) only absorbs floating-point noise.
  const root = alpha.value === null ? null : Math.sqrt(Math.max(0, 1 - alpha.value));
  const errorRatio = root === null ? alpha : figure(100 * root);
  const sem = root === null ? alpha : figure((summary.sd.value ?? 0) * root);
  // Pass: total / maxTotal ≥ passPercent / 100, compared on the percent scale in hundredths.
  const percentHundredths = totals.map((t) => (maxTotal > 0 ? Math.round((t / maxTotal) * 10000) : 0));
  const passed = percentHundredths.filter((p) => p >= Math.round(passPercent * 100)).length;
  return {
    ...summary,
    items: k,
    maxTotal,
    alpha,
    kr20: k > 0 && items.every((i) => i.dichotomous),
    errorRatio,
    sem,
    passPercent,
    passed,
    passRate: n ? figure(passed / n) : undefinedFigure("no-data"),
    histogram: histogram(percentHundredths),
  };
}

export interface AreaScoreInput {
  /** Area code → points and maximum (same unit), e.g. TheoryResult.byArea. */
  byArea: Readonly<Record<string, { points: number; max: number }>>;
}

export interface AreaPassRate {
  area: string;
  n: number;
  passed: number;
  /** passed / n (4 decimals, as passRatesByGroup). */
  rate: number;
}

/**
 * Pass rate per blueprint area (ethics, basics, duties 1–6): the share of attempts whose points in
 * the area reach `passPercent` % of the area's maximum (exact: points · 100 ≥ passPercent · max).
 * Areas in `order` first, then any others in code-unit order.
 */
export function areaPassRates(rows: readonly AreaScoreInput[], order: readonly string[] = [], passPercent = passMarkHundredths() / 100): AreaPassRate[] {
  const flat = rows.flatMap((r) =>
    Object.entries(r.byArea)
      .filter(([, s]) => s.max > 0)
      .map(([area, s]) => ({ group: area, passed: s.points * 100 >= passPercent * s.max })),
  );
  const rates = passRatesByGroup(flat).map((g) => ({ area: g.group, n: g.n, passed: g.passed, rate: g.rate }));
  const pos = (a: string) => (order.includes(a) ? order.indexOf(a) : order.length);
  return rates.sort((a, b) => pos(a.area) - pos(b.area));
}
