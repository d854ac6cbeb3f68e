// A statistic that may be undefined for the data at hand (one attempt, constant scores, …).
// Undefined is never reported as 0 or NaN: it is `value: null` with the reason, so a table can
// show "—" with an explanation and JSON readers can tell "zero" from "cannot be computed".

/** Why a figure cannot be computed. Plain-language explanations: i18n `analytics.reason.*`. */
export const UNDEFINED_REASONS = [
  /** No attempts (or no ratings) at all. */
  "no-data",
  /** A variance or correlation needs at least 2 attempts / targets. */
  "too-few-attempts",
  /** Skewness needs at least 3 attempts, kurtosis at least 4. */
  "too-few-for-moment",
  /** Every attempt has the same mark on this item (all right, all wrong, …): no variance. */
  "constant-item",
  /** The rest of the test (total minus this item) is the same for every attempt. */
  "constant-rest",
  /** Every attempt has the same total. */
  "constant-total",
  /** Internal consistency needs at least 2 items. */
  "single-item",
  /** The item's covariance with the total is negative: Moodle leaves its effective weight blank. */
  "negative-covariance",
  /** No item has a positive covariance with the total. */
  "no-positive-covariance",
  /** Rater agreement needs at least 2 raters. */
  "too-few-raters",
  /** ICC needs at least 2 targets rated by every rater. */
  "too-few-complete-targets",
  /** Every rating is the same (no variance to compare agreement with). */
  "no-variance",
  /** Krippendorff's α needs a target with at least 2 ratings. */
  "no-pairable-values",
  /** The rater never rated a target that another rater also rated. */
  "no-shared-targets",
] as const;
export type UndefinedReason = (typeof UNDEFINED_REASONS)[number];

/** A number, or null with the reason it is undefined. */
export type Figure = { value: number; reason: null } | { value: null; reason: UndefinedReason };

/** A defined figure. Throws on NaN or ±Infinity: those are programming errors, never results. */
export function figure(value: number): Figure {
  if (!Number.isFinite(value)) throw new RangeError(`statistic is not a finite number: ${value}`);
  return { value: value === 0 ? 0 : value, reason: null };
}

/** An undefined figure with its reason. */
export function undefinedFigure(reason: UndefinedReason): Figure {
  return { value: null, reason };
}

/** `value` rounded half away from zero to `decimals` places (display and CLI output). */
export function round(value: number, decimals = 4): number {
  const scale = 10 ** decimals;
  const r = (Math.sign(value) * Math.round(Math.abs(value) * scale)) / scale;
  return r === 0 ? 0 : r;
}
