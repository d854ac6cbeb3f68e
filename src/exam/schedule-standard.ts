// The numbers of session scheduling read from the standard (1.8.2–1.8.5: minutes, ratios, panel
// sizes, venues) and the interval arithmetic the rules use. Split from schedule-rules.ts, which
// re-exports everything here.
import { standard } from "../standard";
import type { AssessmentMode, LevelCode, VenueCode } from "../standard/schema";

// ---------------------------------------------------------------------------
// Reading the standard
// ---------------------------------------------------------------------------

/** Sections of the standard the rules come from (citations, not rule parameters). */
export const SCHEDULE_SECTIONS = {
  eligibility: "1.8.1",
  modes: "1.8.2",
  ratios: "1.8.3",
  minutes: "1.8.4",
  venues: "1.8.5",
} as const;

export const profile = standard.profile;

export const VENUE_NAMES: Readonly<Record<VenueCode, string>> = {
  "standard-classroom": "标准教室",
  "computer-room": "计算机教室",
  "lan-internet-computer-room": "可接入计算机局域网及互联网的教室",
  "meeting-room": "会议室",
};

export function modeName(mode: AssessmentMode): string {
  return profile.assessment.modes.find((m) => m.mode === mode)?.name ?? mode;
}

/** Minimum minutes for a mode (1.8.4). */
export function minMinutes(mode: AssessmentMode): number {
  return profile.minMinutes[mode];
}

/** Venue kinds allowed for a mode (1.8.5). */
export function allowedVenues(mode: AssessmentMode): readonly VenueCode[] {
  return profile.venues[mode].venues;
}

/** Whether the mode may be scheduled at the levels this standard covers (1.8.2). */
export function modeAllowedAtLevel(mode: AssessmentMode, _level: LevelCode): boolean {
  // The flag covers both levels of this standard (5 and 4); 综合评审 is for 技师/高级技师 only.
  return profile.assessment.modes.find((m) => m.mode === mode)?.requiredAtCoveredLevels ?? false;
}

function smallestOddAtLeast(n: number): number {
  return n % 2 === 1 ? n : n + 1;
}

/** Theory proctors a room needs (1.8.3): max(per-room minimum, ceil(n / ratio)). */
export function requiredProctors(candidatesInRoom: number): number {
  const r = profile.ratios.theory;
  return Math.max(r.minStaffPerRoom, Math.ceil(Math.max(0, candidatesInRoom) / r.maxCandidatesPerStaff));
}

/** Skill examiners a session needs (1.8.3): max(minimum, ceil(n / ratio)), then odd if required. */
export function requiredExaminers(candidatesInSession: number): number {
  const r = profile.ratios.skill;
  const n = Math.max(r.minStaff, Math.ceil(Math.max(0, candidatesInSession) / r.maxCandidatesPerStaff));
  return r.oddNumber ? smallestOddAtLeast(n) : n;
}

/** 综合评审 committee size (1.8.3): at least the minimum, odd if required. */
export function requiredReviewMembers(): number {
  const r = profile.ratios.review;
  return r.oddNumber ? smallestOddAtLeast(r.minStaff) : r.minStaff;
}

const MS_PER_MINUTE = 60_000;

/** Half-open interval [start, start + minutes) in epoch milliseconds. */
export function sessionInterval(startsAt: Date, minutes: number): { start: number; end: number } {
  const start = startsAt.getTime();
  return { start, end: start + minutes * MS_PER_MINUTE };
}

/** Minutes two half-open intervals share; > 0 iff a.start < b.end && b.start < a.end. */
export function overlapMinutes(
  a: { startsAt: Date; minutes: number },
  b: { startsAt: Date; minutes: number },
): number {
  const x = sessionInterval(a.startsAt, a.minutes);
  const y = sessionInterval(b.startsAt, b.minutes);
  if (!(x.start < y.end && y.start < x.end)) return 0;
  return (Math.min(x.end, y.end) - Math.max(x.start, y.start)) / MS_PER_MINUTE;
}

export function sessionsOverlap(
  a: { startsAt: Date; minutes: number },
  b: { startsAt: Date; minutes: number },
): boolean {
  return overlapMinutes(a, b) > 0;
}

