// Skill scoring by an examiner panel (考评人员). Criterion scores, task totals and skill totals
// are integers in hundredths of a point; rubric criterion and task points are whole points.
import { z } from "zod";
import type { RubricCriterion } from "../exam";
import { standard } from "../standard";
import { assertInteger, divRoundHalfUp } from "./arith";
import { fullMarkHundredths, isPass } from "./results";

/** A criterion worth this many points or more is "heavy": 0 or full marks need a comment. */
export const DEFAULT_HEAVY_THRESHOLD = 10;
/** Spread (max − min of the examiners' totals) above this % of the task's points → adjudication. */
export const DEFAULT_ADJUDICATION_THRESHOLD_PERCENT = 10;

export const PanelMethodSchema = z.enum(["mean", "median", "trimmed-mean"]);
export type PanelMethod = z.infer<typeof PanelMethodSchema>;
export const DEFAULT_PANEL_METHOD: PanelMethod = "mean";

export interface ValidationResult {
  ok: boolean;
  /** Chinese messages; empty when ok. */
  errors: string[];
}

export function isHeavyCriterion(criterion: Pick<RubricCriterion, "points">, heavyThreshold = DEFAULT_HEAVY_THRESHOLD): boolean {
  return criterion.points >= heavyThreshold;
}

export interface ValidateCriterionScoreInput {
  criterion: Pick<RubricCriterion, "title" | "points">;
  /** Hundredths, 0 ≤ points ≤ criterion.points × 100. */
  points: number;
  comment?: string | null;
  /** Whole points; default 10. */
  heavyThreshold?: number;
}

/** One examiner's score of one criterion. */
export function validateCriterionScore({
  criterion,
  points,
  comment,
  heavyThreshold = DEFAULT_HEAVY_THRESHOLD,
}: ValidateCriterionScoreInput): ValidationResult {
  const name = `「${criterion.title}」`;
  if (!Number.isSafeInteger(points)) {
    const errors = Number.isFinite(points) ? [`${name}得分最多保留两位小数`] : [`${name}得分无效`];
    return { ok: false, errors };
  }
  if (points < 0 || points > criterion.points * 100)
    return { ok: false, errors: [`${name}得分须在 0 至 ${criterion.points} 分之间`] };
  const hasComment = typeof comment === "string" && comment.trim().length > 0;
  if (isHeavyCriterion(criterion, heavyThreshold) && !hasComment && (points === 0 || points === criterion.points * 100))
    return {
      ok: false,
      errors: [`${name}为重点评分项（${criterion.points} 分），给${points === 0 ? " 0 分" : "满分"}须填写评分说明`],
    };
  return { ok: true, errors: [] };
}

export interface CriterionScore {
  criterionId: string;
  /** Hundredths. */
  points: number;
  comment?: string | null;
}

export type SheetResult = { ok: true; total: number; errors: [] } | { ok: false; errors: string[] };

/** One examiner's sheet for one task: every criterion scored once, each valid; total = sum. */
export function scoreSheet({
  rubric,
  scores,
  heavyThreshold = DEFAULT_HEAVY_THRESHOLD,
}: {
  rubric: readonly RubricCriterion[];
  scores: readonly CriterionScore[];
  heavyThreshold?: number;
}): SheetResult {
  const byId = new Map(rubric.map((c) => [c.id, c]));
  const done = new Set<string>();
  const errors: string[] = [];
  let total = 0;
  for (const s of scores) {
    const criterion = byId.get(s.criterionId);
    if (!criterion) {
      errors.push(`未知评分项：${s.criterionId}`);
      continue;
    }
    if (done.has(s.criterionId)) {
      errors.push(`「${criterion.title}」重复评分`);
      continue;
    }
    done.add(s.criterionId);
    const v = validateCriterionScore({ criterion, points: s.points, comment: s.comment, heavyThreshold });
    errors.push(...v.errors);
    if (v.ok) total += s.points;
  }
  for (const c of rubric) if (!done.has(c.id)) errors.push(`「${c.title}」未评分`);
  return errors.length ? { ok: false, errors } : { ok: true, total, errors: [] };
}

/** Problems of a panel size for a method: 1.8.3 asks for 3 or more examiners, an odd number. */
export function panelProblems(examinerCount: number, method: PanelMethod = DEFAULT_PANEL_METHOD): string[] {
  const rule = standard.profile.ratios.skill;
  const problems: string[] = [];
  if (examinerCount < rule.minStaff || (rule.oddNumber && examinerCount % 2 === 0))
    problems.push(`考评人员为 ${examinerCount} 人，标准要求 ${rule.minStaff} 人（含）以上${rule.oddNumber ? "单数" : ""}`);
  if (method === "trimmed-mean" && examinerCount < 3) problems.push("去掉最高分和最低分的平均至少需要 3 名考评人员");
  return problems;
}

/**
 * The panel's score for a task from the examiners' totals (hundredths), rounded HALF UP to the
 * hundredth where a mean is taken:
 * - "mean": Σ / n;
 * - "median": the middle total (odd n) or the mean of the two middle ones (even n);
 * - "trimmed-mean": drop ONE highest and ONE lowest total (one copy each when tied), mean of the
 *   rest; needs n ≥ 3 (n = 3 gives the middle total).
 * Throws on an empty panel, non-integer or negative totals, or trimmed-mean with n < 3.
 */
export function aggregatePanel(totals: readonly number[], method: PanelMethod = DEFAULT_PANEL_METHOD): number {
  if (totals.length === 0) throw new RangeError("没有考评人员的评分");
  for (const t of totals) assertInteger(t, "考评人员评分", { nonNegative: true });
  const sorted = [...totals].sort((a, b) => a - b);
  const mean = (xs: readonly number[]) => divRoundHalfUp(xs.reduce((s, x) => s + x, 0), xs.length);
  switch (method) {
    case "mean":
      return mean(sorted);
    case "median": {
      const mid = Math.floor(sorted.length / 2);
      return sorted.length % 2 ? (sorted[mid] as number) : mean(sorted.slice(mid - 1, mid + 1));
    }
    case "trimmed-mean":
      if (sorted.length < 3) throw new RangeError("去掉最高分和最低分的平均至少需要 3 名考评人员");
      return mean(sorted.slice(1, -1));
  }
}

/** max − min of the totals (0 for fewer than 2). */
export function panelSpread(totals: readonly number[]): number {
  return totals.length < 2 ? 0 : Math.max(...totals) - Math.min(...totals);
}

/**
 * True when max − min of the examiners' totals (hundredths) is STRICTLY greater than
 * thresholdPercent % of the task's points (whole points). Exactly at the threshold: no.
 * thresholdPercent may have up to two decimals (12.5 %); the comparison is exact.
 */
export function needsAdjudication({
  totals,
  taskPoints,
  thresholdPercent = DEFAULT_ADJUDICATION_THRESHOLD_PERCENT,
}: {
  totals: readonly number[];
  taskPoints: number;
  thresholdPercent?: number;
}): boolean {
  assertInteger(taskPoints, "试题分值", { nonNegative: true });
  const pct100 = Math.round(thresholdPercent * 100);
  if (!Number.isFinite(thresholdPercent) || thresholdPercent < 0 || Math.abs(thresholdPercent * 100 - pct100) > 1e-6)
    throw new RangeError(`复核阈值须为非负数且最多两位小数，实际为 ${thresholdPercent}`);
  // spread [hundredths] > taskPoints × 100 × pct100 / 10000  ⇔  spread × 100 > taskPoints × pct100
  return panelSpread(totals) * 100 > taskPoints * pct100;
}

export interface Adjudication {
  /** The chief examiner's final score, hundredths. */
  points: number;
  reason: string;
}

export interface FinalTaskScore {
  /** Hundredths. */
  points: number;
  source: "panel" | "adjudicated";
  /** The adjudication's reason (trimmed), null for the panel's score. */
  reason: string | null;
}

/** The task's final score: the chief examiner's adjudicated score (with a reason) or the aggregate. */
export function finalTaskScore({
  aggregate,
  taskPoints,
  adjudicated,
}: {
  aggregate: number;
  /** Whole points of the task. */
  taskPoints: number;
  adjudicated?: Adjudication | null;
}): FinalTaskScore {
  const max = taskPoints * 100;
  const inRange = (p: number, what: string) => {
    assertInteger(p, what, { nonNegative: true });
    if (p > max) throw new RangeError(`${what}须在 0 至 ${taskPoints} 分之间`);
  };
  if (!adjudicated) {
    inRange(aggregate, "考评组评分");
    return { points: aggregate, source: "panel", reason: null };
  }
  const reason = adjudicated.reason.trim();
  if (!reason) throw new RangeError("裁定成绩须填写理由");
  inRange(adjudicated.points, "裁定成绩");
  return { points: adjudicated.points, source: "adjudicated", reason };
}

export interface ExaminerSheet {
  examinerId: string;
  scores: readonly CriterionScore[];
}

export interface GradeTaskInput {
  task: { points: number; rubric: readonly RubricCriterion[] };
  sheets: readonly ExaminerSheet[];
  method?: PanelMethod;
  thresholdPercent?: number;
  heavyThreshold?: number;
  adjudicated?: Adjudication | null;
}

export type GradeTaskResult =
  | { ok: false; errors: string[] }
  | {
      ok: true;
      examinerTotals: Array<{ examinerId: string; total: number }>;
      aggregate: number;
      spread: number;
      needsAdjudication: boolean;
      /** "awaiting-adjudication" while the spread is too wide and no adjudication is given. */
      status: "final" | "awaiting-adjudication";
      final: FinalTaskScore | null;
    };

/**
 * A task scored by a panel: validates every sheet, aggregates, checks the spread. An adjudication,
 * when given, is final whether or not the spread required it.
 */
export function gradeTask({
  task,
  sheets,
  method = DEFAULT_PANEL_METHOD,
  thresholdPercent = DEFAULT_ADJUDICATION_THRESHOLD_PERCENT,
  heavyThreshold = DEFAULT_HEAVY_THRESHOLD,
  adjudicated,
}: GradeTaskInput): GradeTaskResult {
  if (sheets.length === 0) return { ok: false, errors: ["没有考评人员的评分"] };
  const seen = new Set<string>();
  const errors: string[] = [];
  const examinerTotals: Array<{ examinerId: string; total: number }> = [];
  for (const sheet of sheets) {
    if (seen.has(sheet.examinerId)) {
      errors.push(`考评人员 ${sheet.examinerId} 重复提交评分`);
      continue;
    }
    seen.add(sheet.examinerId);
    const r = scoreSheet({ rubric: task.rubric, scores: sheet.scores, heavyThreshold });
    if (r.ok) examinerTotals.push({ examinerId: sheet.examinerId, total: r.total });
    else errors.push(...r.errors.map((e) => `考评人员 ${sheet.examinerId}：${e}`));
  }
  if (method === "trimmed-mean" && sheets.length < 3) errors.push("去掉最高分和最低分的平均至少需要 3 名考评人员");
  if (errors.length) return { ok: false, errors };
  const totals = examinerTotals.map((t) => t.total);
  const aggregate = aggregatePanel(totals, method);
  const needs = needsAdjudication({ totals, taskPoints: task.points, thresholdPercent });
  const final = adjudicated || !needs ? finalTaskScore({ aggregate, taskPoints: task.points, adjudicated }) : null;
  return {
    ok: true,
    examinerTotals,
    aggregate,
    spread: panelSpread(totals),
    needsAdjudication: needs,
    status: final ? "final" : "awaiting-adjudication",
    final,
  };
}

export interface SkillTaskScore {
  taskId: string;
  /** Whole points of the task (its share of the duty's weight). */
  points: number;
  /** Final task score, hundredths (0 ≤ final ≤ points × 100). */
  final: number;
}

export interface SkillScore {
  /** Hundredths, out of 10000. */
  total: number;
  max: number;
  passed: boolean;
}

/**
 * The skill score: Σ final task scores. Task points are the duty weights' shares, so they must add
 * up to full marks (100); throws otherwise, on a repeated task, or a final outside its task.
 */
export function scoreSkill({ tasks }: { tasks: readonly SkillTaskScore[] }): SkillScore {
  const seen = new Set<string>();
  let total = 0;
  let max = 0;
  for (const t of tasks) {
    if (seen.has(t.taskId)) throw new RangeError(`实操试题 ${t.taskId} 重复`);
    seen.add(t.taskId);
    assertInteger(t.points, `实操试题 ${t.taskId} 的分值`, { nonNegative: true });
    assertInteger(t.final, `实操试题 ${t.taskId} 的成绩`, { nonNegative: true });
    if (t.final > t.points * 100) throw new RangeError(`实操试题 ${t.taskId} 的成绩超过其分值 ${t.points} 分`);
    total += t.final;
    max += t.points * 100;
  }
  if (max !== fullMarkHundredths())
    throw new RangeError(`技能考核各试题分值合计 ${max / 100} 分，应为 ${fullMarkHundredths() / 100} 分`);
  return { total, max, passed: isPass(total) };
}
