// Descriptive statistics over scored attempts: item analysis, score distribution, pass rates and
// rater agreement. Inputs are plain results of the scoring functions; nothing here decides a pass.
import { addFractions, assertInteger, divRoundHalfUp, ratio, type Fraction } from "./arith";
import { fullMarkHundredths } from "./results";

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface AttemptForStatistics {
  candidateId: string;
  /** Total score, hundredths (ranks the candidates for discrimination). */
  total: number;
  /** Per item: fully correct or not (ItemScore.correct from scoreTheoryAttempt). */
  items: ReadonlyArray<{ versionId: string; correct: boolean }>;
}

export interface Discrimination {
  /** Candidates in each of the upper and lower groups: round(27 % × n), at least 1, at most n/2. */
  groupSize: number;
  upperCorrect: number;
  lowerCorrect: number;
  /** (upperCorrect − lowerCorrect) / groupSize, 4 decimals, in [−1, 1]. */
  d: number;
}

export interface ItemStatistics {
  versionId: string;
  /** Attempts that had the item. */
  n: number;
  /** Attempts that answered it fully correctly. */
  correct: number;
  /** Difficulty index p = correct / n, 4 decimals (half up). Higher = easier. */
  p: number;
  /** Upper−lower 27 % discrimination index; null when n < 2. */
  discrimination: Discrimination | null;
}

/** Size of each extreme group: round half up of 27 % of n, at least 1, at most ⌊n/2⌋. */
export function extremeGroupSize(n: number): number {
  return Math.min(Math.floor(n / 2), Math.max(1, divRoundHalfUp(27 * n, 100)));
}

/**
 * The rank order of the upper–lower index: indexes of `rows` by total descending, ties by id
 * ascending (code units; a fixed, arbitrary order, so results are reproducible).
 */
export function rankByTotal(rows: ReadonlyArray<{ id: string; total: number }>): number[] {
  return rows.map((_, i) => i).sort((a, b) => rows[b]!.total - rows[a]!.total || byString(rows[a]!.id, rows[b]!.id));
}

export interface UpperLowerIndex {
  /** Attempts in each of the upper and lower groups (extremeGroupSize). */
  groupSize: number;
  /** Mean mark fraction (0–1) of the upper group. */
  upperMean: number;
  /** Mean mark fraction (0–1) of the lower group. */
  lowerMean: number;
  /** upperMean − lowerMean, in [−1, 1] (unrounded). */
  d: number;
}

/**
 * Kelley's upper–lower 27 % discrimination index of mark fractions (0–1) given in rank order
 * (rankByTotal): mean of the first `groupSize` minus mean of the last `groupSize`. For right/wrong
 * items (0 or 1) it is (upper correct − lower correct) / groupSize. Null when fewer than 2 values.
 */
export function upperLowerIndex(ranked: readonly number[]): UpperLowerIndex | null {
  const n = ranked.length;
  if (n < 2) return null;
  const g = extremeGroupSize(n);
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < g; i++) {
    upper += ranked[i]!;
    lower += ranked[n - g + i]!;
  }
  return { groupSize: g, upperMean: upper / g, lowerMean: lower / g, d: (upper - lower) / g };
}

/**
 * Difficulty and discrimination per item, over the attempts that contain it, in order of first
 * appearance. Candidates are ranked by rankByTotal (total descending, ties by candidateId); the
 * upper group is the first `groupSize`, the lower group the last `groupSize`. The total includes
 * the item itself (uncorrected). For mark fractions (partial credit) see upperLowerIndex.
 */
export function itemStatistics(attempts: readonly AttemptForStatistics[]): ItemStatistics[] {
  const ids = new Set<string>();
  for (const a of attempts) {
    if (ids.has(a.candidateId)) throw new RangeError(`考生 ${a.candidateId} 重复`);
    ids.add(a.candidateId);
    assertInteger(a.total, `考生 ${a.candidateId} 的成绩`);
  }
  const ranked = rankByTotal(attempts.map((a) => ({ id: a.candidateId, total: a.total }))).map((i) => attempts[i]!);
  // versionId -> correctness in rank order.
  const perItem = new Map<string, boolean[]>();
  const firstSeen: string[] = [];
  for (const a of attempts)
    for (const i of a.items)
      if (!perItem.has(i.versionId)) {
        perItem.set(i.versionId, []);
        firstSeen.push(i.versionId);
      }
  for (const a of ranked) {
    const seen = new Set<string>();
    for (const i of a.items) {
      if (seen.has(i.versionId)) throw new RangeError(`考生 ${a.candidateId} 的题目 ${i.versionId} 重复`);
      seen.add(i.versionId);
      perItem.get(i.versionId)?.push(i.correct);
    }
  }
  return firstSeen.map((versionId) => {
    const rows = perItem.get(versionId) ?? [];
    const n = rows.length;
    const correct = rows.filter(Boolean).length;
    let discrimination: Discrimination | null = null;
    if (n >= 2) {
      const g = extremeGroupSize(n);
      const upperCorrect = rows.slice(0, g).filter(Boolean).length;
      const lowerCorrect = rows.slice(n - g).filter(Boolean).length;
      discrimination = { groupSize: g, upperCorrect, lowerCorrect, d: ratio(upperCorrect - lowerCorrect, g) };
    }
    return { versionId, n, correct, p: ratio(correct, n), discrimination };
  });
}

export interface HistogramBin {
  /** Hundredths, inclusive. */
  from: number;
  /** Hundredths, inclusive. */
  to: number;
  label: string;
  count: number;
}

/** Ten bins of 10 points: 0–9.99, 10–19.99, …, 80–89.99, 90–100 (100 is in the last bin). */
export function histogram(totals: readonly number[]): HistogramBin[] {
  const full = fullMarkHundredths();
  const bins: HistogramBin[] = Array.from({ length: 10 }, (_, i) => ({
    from: i * 1000,
    to: i === 9 ? full : i * 1000 + 999,
    label: i === 9 ? "90–100" : `${i * 10}–${i * 10 + 9}.99`,
    count: 0,
  }));
  for (const t of totals) {
    assertInteger(t, "成绩", { nonNegative: true });
    if (t > full) throw new RangeError(`成绩 ${t} 超过满分 ${full}`);
    (bins[Math.min(9, Math.floor(t / 1000))] as HistogramBin).count++;
  }
  return bins;
}

export interface GroupPassRate {
  group: string;
  n: number;
  passed: number;
  /** passed / n, 4 decimals (half up). */
  rate: number;
}

/** Pass rates per group (e.g. level, track, session, training body), groups in code-unit order. */
export function passRatesByGroup(rows: ReadonlyArray<{ group: string; passed: boolean }>): GroupPassRate[] {
  const m = new Map<string, { n: number; passed: number }>();
  for (const r of rows) {
    const g = m.get(r.group) ?? { n: 0, passed: 0 };
    g.n++;
    if (r.passed) g.passed++;
    m.set(r.group, g);
  }
  return [...m.entries()]
    .sort(([a], [b]) => byString(a, b))
    .map(([group, g]) => ({ group, n: g.n, passed: g.passed, rate: ratio(g.passed, g.n) }));
}

export interface PanelTaskForAgreement {
  taskId: string;
  /** Each examiner's task total, hundredths. */
  scores: ReadonlyArray<{ examinerId: string; total: number }>;
  /** Whether the task went to the chief examiner (needsAdjudication). */
  adjudicated: boolean;
}

export interface ExaminerAgreement {
  examinerId: string;
  /** Tasks the examiner scored. */
  tasks: number;
  /** Mean of |total − panel mean| over those tasks, hundredths, rounded half up (exact). */
  meanAbsDeviation: number;
  /** Mean of (total − panel mean): > 0 lenient, < 0 severe; hundredths, half away from zero. */
  meanDeviation: number;
}

export interface RaterAgreement {
  /** By examinerId. */
  examiners: ExaminerAgreement[];
  adjudication: { tasks: number; adjudicated: number; share: number | null };
}

/**
 * Rater agreement: per examiner, the mean (absolute and signed) deviation of their totals from
 * the exact (unrounded) panel mean of each task; and the share of tasks sent to adjudication.
 */
export function raterAgreement(tasks: readonly PanelTaskForAgreement[]): RaterAgreement {
  const acc = new Map<string, { tasks: number; abs: Fraction; signed: Fraction }>();
  let adjudicated = 0;
  for (const t of tasks) {
    if (t.adjudicated) adjudicated++;
    const n = t.scores.length;
    if (n === 0) continue;
    for (const s of t.scores) assertInteger(s.total, `${t.taskId} 的评分`);
    const sum = t.scores.reduce((s, x) => s + x.total, 0);
    const seen = new Set<string>();
    for (const s of t.scores) {
      if (seen.has(s.examinerId)) throw new RangeError(`${t.taskId} 中考评人员 ${s.examinerId} 重复`);
      seen.add(s.examinerId);
      const dev = n * s.total - sum; // (total − mean) × n
      const a = acc.get(s.examinerId) ?? { tasks: 0, abs: { num: 0, den: 1 }, signed: { num: 0, den: 1 } };
      a.tasks++;
      a.abs = addFractions(a.abs, { num: Math.abs(dev), den: n });
      a.signed = addFractions(a.signed, { num: dev, den: n });
      acc.set(s.examinerId, a);
    }
  }
  const examiners = [...acc.entries()]
    .sort(([a], [b]) => byString(a, b))
    .map(([examinerId, a]) => ({
      examinerId,
      tasks: a.tasks,
      meanAbsDeviation: divRoundHalfUp(a.abs.num, a.abs.den * a.tasks),
      meanDeviation: divRoundHalfUp(a.signed.num, a.signed.den * a.tasks),
    }));
  return {
    examiners,
    adjudication: { tasks: tasks.length, adjudicated, share: tasks.length ? ratio(adjudicated, tasks.length) : null },
  };
}
