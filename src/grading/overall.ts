// The overall decision (认定结果) of one candidate's application (level · track) over all the
// sittings of its required parts, with resits (补考) and the retention of passed parts.
//
// Rules (docs/certificates.md):
// - Required parts come from the standard (1.8.2: theory and skill at levels 5 and 4); each passes
//   at 60 or more (1.8.2 "成绩皆达 60 分（含）以上者为合格"), decided on exact hundredths.
// - A part's result is its LATEST scored sitting (a resit replaces the earlier score). Sittings
//   whose results are not released count for nothing yet ("pending"); an absent candidate has no
//   score for that sitting ("absent").
// - A passed part is kept for `retentionMonths` from the date of its sitting (the school's
//   setting; the standard is silent, common practice is 12 months). The application passes when
//   every required part's latest result passes and the last of those passes was obtained while
//   every earlier one was still kept. Once passed, it stays passed: nothing expires afterwards.
// - Otherwise a passed part whose retention ended (at `now`) is "expired" and must be sat again.
// - Overall: "pass" as above; "fail" when a required part's latest result fails; else "incomplete"
//   (a part missing or expired).
// Pure: no I/O, the clock comes in as `now`.
import type { AssessmentMode } from "../standard";
import { assertInteger } from "./arith";
import { fullMarkHundredths, isPass, requiredModes, type OverallResult } from "./results";

export type PartMode = Extract<AssessmentMode, "theory" | "skill">;

/** One sitting of a part: a session the candidate was seated in. */
export interface PartSitting {
  sessionId: string;
  mode: PartMode;
  /** When the sitting took place (the session's start). */
  date: Date;
  /** "scored": released with a score; "absent": released without one; "pending": not released. */
  state: "scored" | "absent" | "pending";
  /** Hundredths when scored, else null. */
  score: number | null;
}

export type PartStatusCode = "passed" | "failed" | "expired" | "missing";

export interface PartStatus {
  mode: PartMode;
  status: PartStatusCode;
  /** The latest scored sitting's score (hundredths), null when the part was never scored. */
  score: number | null;
  sessionId: string | null;
  date: Date | null;
  /** For a passed (or expired) part: the end of its retention; null once the application passed. */
  keptUntil: Date | null;
}

export interface HistoryEntry extends PartSitting {
  /** A later sitting of a part already sat before (补考). */
  resit: boolean;
  /** This sitting's score is the part's current result. */
  current: boolean;
  passed: boolean | null;
}

export interface OverallDecision {
  overall: OverallResult;
  parts: PartStatus[];
  /** All sittings, oldest first. */
  history: HistoryEntry[];
  /** Parts that must still be sat: failed, expired or missing (empty once passed). */
  needs: PartMode[];
  /** Parts that must not be sat again: passed and kept (all parts once the application passed). */
  kept: PartMode[];
  /** When the application passed: the date of the sitting that completed it. */
  passedOn: Date | null;
}

/** Default retention of a passed part, in months (docs/certificates.md). */
export const DEFAULT_RETENTION_MONTHS = 12;

/**
 * `date` plus `months` calendar months in Asia/Shanghai (UTC+8, no DST), the day clamped to the
 * month's last day (2025-01-31 + 1 month → 2025-02-28), at the same time of day.
 */
export function addMonths(date: Date, months: number): Date {
  assertInteger(months, "月数");
  const offset = 8 * 3600_000;
  const local = new Date(date.getTime() + offset);
  const y = local.getUTCFullYear();
  const m = local.getUTCMonth() + months;
  const targetYear = y + Math.floor(m / 12);
  const targetMonth = ((m % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  const day = Math.min(local.getUTCDate(), lastDay);
  const shifted = Date.UTC(targetYear, targetMonth, day, local.getUTCHours(), local.getUTCMinutes(), local.getUTCSeconds(), local.getUTCMilliseconds());
  return new Date(shifted - offset);
}

const byDate = (a: PartSitting, b: PartSitting) => a.date.getTime() - b.date.getTime() || (a.sessionId < b.sessionId ? -1 : a.sessionId > b.sessionId ? 1 : 0);

/**
 * The decision for one application. `sittings` in any order (modes other than the required
 * parts are ignored); `retentionMonths` ≥ 1. Throws RangeError on a scored sitting without a
 * valid score (integer hundredths in 0..10000) or a bad retention.
 */
export function overallDecision(input: { sittings: readonly PartSitting[]; retentionMonths: number; now: Date }): OverallDecision {
  const { retentionMonths, now } = input;
  assertInteger(retentionMonths, "成绩保留月数");
  if (retentionMonths < 1) throw new RangeError("成绩保留月数至少为 1");
  const required = requiredModes().filter((m): m is PartMode => m === "theory" || m === "skill");
  const sittings = input.sittings.filter((s) => required.includes(s.mode)).slice().sort(byDate);
  for (const s of sittings) {
    if (s.state !== "scored") continue;
    if (s.score === null) throw new RangeError(`场次 ${s.sessionId} 已出分却没有成绩`);
    assertInteger(s.score, "成绩", { nonNegative: true });
    if (s.score > fullMarkHundredths()) throw new RangeError(`成绩 ${s.score} 超过满分`);
  }

  const latest = new Map<PartMode, PartSitting>();
  for (const s of sittings) if (s.state === "scored") latest.set(s.mode, s);

  const passes = required.map((m) => latest.get(m)).filter((s): s is PartSitting => !!s && isPass(s.score!));
  const completedOn = passes.length === required.length ? new Date(Math.max(...passes.map((s) => s.date.getTime()))) : null;
  const passed = completedOn !== null && passes.every((s) => addMonths(s.date, retentionMonths).getTime() > completedOn.getTime());

  const parts: PartStatus[] = required.map((mode) => {
    const s = latest.get(mode);
    if (!s) return { mode, status: "missing", score: null, sessionId: null, date: null, keptUntil: null };
    const base = { mode, score: s.score, sessionId: s.sessionId, date: s.date };
    if (!isPass(s.score!)) return { ...base, status: "failed", keptUntil: null };
    if (passed) return { ...base, status: "passed", keptUntil: null };
    const keptUntil = addMonths(s.date, retentionMonths);
    return { ...base, status: keptUntil.getTime() > now.getTime() ? "passed" : "expired", keptUntil };
  });

  const overall: OverallResult = passed ? "pass" : parts.some((p) => p.status === "failed") ? "fail" : "incomplete";
  const seen = new Set<PartMode>();
  const history: HistoryEntry[] = sittings.map((s) => {
    const resit = seen.has(s.mode);
    seen.add(s.mode);
    return { ...s, resit, current: latest.get(s.mode) === s, passed: s.state === "scored" ? isPass(s.score!) : null };
  });
  return {
    overall,
    parts,
    history,
    needs: passed ? [] : parts.filter((p) => p.status !== "passed").map((p) => p.mode),
    kept: parts.filter((p) => p.status === "passed").map((p) => p.mode),
    passedOn: passed ? completedOn : null,
  };
}
