// Runs one configured check over a deliverable's evidence, and turns its result into points.
import { assertInteger } from "../arith";
import { checkFields } from "./fields";
import { checkImage, checkVideo } from "./media";
import type { CheckSpec } from "./spec";
import { checkTable } from "./table";
import type { Tally } from "./tally";
import { checkForbiddenWords, checkRequiredWords, checkTextLength } from "./text";
import type { CheckEvidence, CheckResult } from "./types";

/**
 * Evaluates `spec` (already validated by CheckSpecSchema) over `evidence`. Never throws for
 * anything a candidate submits: missing or unreadable evidence is a failed condition with a
 * finding. `passed` = every condition met (and there is at least one); `fraction` = met / total.
 * What counts as a condition, per kind: docs/skill-checks.md.
 */
export function runCheck(spec: CheckSpec, evidence: CheckEvidence): CheckResult {
  const tally = evaluate(spec, evidence);
  const { met, total } = tally;
  return { kind: spec.kind, passed: total > 0 && met === total, fraction: total > 0 ? met / total : 0, met, total, findings: tally.findings };
}

function evaluate(spec: CheckSpec, evidence: CheckEvidence): Tally {
  switch (spec.kind) {
    case "text-length":
      return checkTextLength(spec, evidence);
    case "required-words":
      return checkRequiredWords(spec, evidence);
    case "forbidden-words":
      return checkForbiddenWords(spec, evidence);
    case "image":
      return checkImage(spec, evidence);
    case "video":
      return checkVideo(spec, evidence);
    case "table":
      return checkTable(spec, evidence);
    case "fields":
      return checkFields(spec, evidence);
  }
}

export type AutoScoreRule = "all-or-nothing" | "proportional";

/**
 * Points (integer hundredths) an automatic criterion awards from its check's result.
 * - "all-or-nothing": the criterion's maximum when the check passed, else 0.
 * - "proportional": maximum × met / total, rounded DOWN to the hundredth (a candidate never gains
 *   from rounding, as with partial credit of multiple-choice items, docs/scoring.md); a passed
 *   check always gets the maximum. Uses the exact counts `met`/`total`; a result without them
 *   (stored before they existed) falls back to `fraction`.
 * Throws RangeError for a maximum that is not a non-negative integer or a fraction outside 0..1.
 */
export function autoCriterionPoints(criterionMaxHundredths: number, result: CheckResult, rule: AutoScoreRule): number {
  assertInteger(criterionMaxHundredths, "评分项满分", { nonNegative: true });
  if (result.passed) return criterionMaxHundredths;
  if (rule === "all-or-nothing") return 0;
  const { met, total } = result as Partial<CheckResult>;
  if (Number.isSafeInteger(met) && Number.isSafeInteger(total) && total! > 0 && met! >= 0 && met! <= total!)
    return Math.floor((criterionMaxHundredths * met!) / total!);
  if (!(result.fraction >= 0 && result.fraction <= 1)) throw new RangeError(`检查结果的比例应在 0 与 1 之间，实际为 ${result.fraction}`);
  return Math.floor(criterionMaxHundredths * result.fraction + 1e-9);
}
