// Candidate results: pass mark, display rule, and the overall decision over the assessment modes.
// Scores are integers in hundredths (60 points = 6000). Pass/fail is decided on those exact
// integers; the one-decimal display is derived from them and never decides anything.
import { standard, type AssessmentMode } from "../standard";
import { assertInteger } from "./arith";

/** 60 × 100: the standard's pass mark (成绩皆达 60 分（含）以上者为合格) in hundredths. */
export function passMarkHundredths(): number {
  return standard.profile.assessment.passMark * 100;
}

/** 100 × 100: full marks in hundredths. */
export function fullMarkHundredths(): number {
  return standard.profile.assessment.fullMark * 100;
}

/** score ≥ 6000, on the exact hundredths. */
export function isPass(hundredths: number): boolean {
  assertInteger(hundredths, "成绩");
  return hundredths >= passMarkHundredths();
}

/** Modes required at the levels this standard covers (5 and 4): theory and skill, not review. */
export function requiredModes(): AssessmentMode[] {
  return standard.profile.assessment.modes.filter((m) => m.requiredAtCoveredLevels).map((m) => m.mode);
}

/**
 * Display with one decimal, TRUNCATED (towards zero) from the hundredths: 5999 -> "59.9",
 * 6000 -> "60.0", 7255 -> "72.5", 10000 -> "100.0". Truncation never shows more than the
 * candidate has, so a failing score can never display as "60.0". Throws on a negative or
 * non-integer value.
 */
export function formatScore(hundredths: number): string {
  assertInteger(hundredths, "成绩", { nonNegative: true });
  return `${Math.floor(hundredths / 100)}.${Math.floor((hundredths % 100) / 10)}`;
}

/** The exact score with two decimals: 5999 -> "59.99", 5 -> "0.05". */
export function formatScoreExact(hundredths: number): string {
  assertInteger(hundredths, "成绩", { nonNegative: true });
  return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, "0")}`;
}

export interface ComponentResult {
  /** Hundredths. */
  score: number;
  passed: boolean;
  /** formatScore(score). */
  display: string;
  /** Whether this mode counts for the overall result (requiredAtCoveredLevels). */
  required: boolean;
}

export type OverallResult = "pass" | "fail" | "incomplete";

export interface CandidateResultInput {
  candidateId: string;
  /** Final scores in hundredths; null/undefined = no score (yet). */
  theory?: number | null;
  skill?: number | null;
  review?: number | null;
}

export interface CandidateResult {
  candidateId: string;
  theory: ComponentResult | null;
  skill: ComponentResult | null;
  review: ComponentResult | null;
  /**
   * "pass": every required mode has a score and passes; "fail": some required mode has a failing
   * score; "incomplete": otherwise (a required score is missing, none failed).
   */
  overall: OverallResult;
  /** overall === "pass". */
  passed: boolean;
  /** Required modes without a score. */
  missing: AssessmentMode[];
}

/** One candidate's results over the assessment modes (理论知识考试, 技能考核, 综合评审). */
export function candidateResult(input: CandidateResultInput): CandidateResult {
  const required = new Set(requiredModes());
  const component = (mode: AssessmentMode): ComponentResult | null => {
    const score = input[mode];
    if (score === null || score === undefined) return null;
    assertInteger(score, "成绩", { nonNegative: true });
    if (score > fullMarkHundredths()) throw new RangeError(`成绩 ${score} 超过满分 ${fullMarkHundredths()}`);
    return { score, passed: isPass(score), display: formatScore(score), required: required.has(mode) };
  };
  const results = { theory: component("theory"), skill: component("skill"), review: component("review") };
  const missing = [...required].filter((m) => results[m] === null);
  const failed = [...required].some((m) => results[m]?.passed === false);
  const overall: OverallResult = failed ? "fail" : missing.length ? "incomplete" : "pass";
  return { candidateId: input.candidateId, ...results, overall, passed: overall === "pass", missing };
}
