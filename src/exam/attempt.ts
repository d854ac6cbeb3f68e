// The attempt's clock and state, as pure functions of stored facts and `now` (the database's
// clock, passed in). See docs/exam-delivery.md.

export type AttemptStatus = "in_progress" | "paused" | "submitted";

export type AttemptClock = {
  status: AttemptStatus;
  deadline: Date;
  pausedAt: Date | null;
};

/** Seconds of grace after the deadline for saves already in flight (documented). */
export const DEFAULT_SAVE_GRACE_SECONDS = 5;

/** Whole seconds left (never negative). While paused the clock stands still at the pause. */
export function remainingSeconds(clock: AttemptClock, now: Date): number {
  if (clock.status === "submitted") return 0;
  const at = clock.status === "paused" && clock.pausedAt ? clock.pausedAt : now;
  return Math.max(0, Math.ceil((clock.deadline.getTime() - at.getTime()) / 1000));
}

/** An in-progress attempt whose deadline (plus grace) has passed is over, whoever touches it. */
export function isExpired(clock: AttemptClock, now: Date, graceSeconds = DEFAULT_SAVE_GRACE_SECONDS): boolean {
  return clock.status === "in_progress" && now.getTime() > clock.deadline.getTime() + graceSeconds * 1000;
}

export type SaveDecision = { ok: true } | { ok: false; reason: "submitted" | "paused" | "deadline" };

/** May an answer be saved now? */
export function canSave(clock: AttemptClock, now: Date, graceSeconds = DEFAULT_SAVE_GRACE_SECONDS): SaveDecision {
  if (clock.status === "submitted") return { ok: false, reason: "submitted" };
  if (clock.status === "paused") return { ok: false, reason: "paused" };
  if (isExpired(clock, now, graceSeconds)) return { ok: false, reason: "deadline" };
  return { ok: true };
}

/** The deadline of a new attempt: start + duration (+ extra time granted before the start). */
export function initialDeadline(startedAt: Date, minutes: number, extraSeconds = 0): Date {
  return new Date(startedAt.getTime() + minutes * 60_000 + extraSeconds * 1000);
}

/** Resuming moves the deadline by the time spent paused. */
export function deadlineAfterResume(clock: AttemptClock, now: Date): Date {
  if (clock.status !== "paused" || !clock.pausedAt) return clock.deadline;
  return new Date(clock.deadline.getTime() + Math.max(0, now.getTime() - clock.pausedAt.getTime()));
}

/** Extra time moves the deadline; it cannot revive a submitted attempt. */
export function deadlineWithExtra(clock: AttemptClock, extraSeconds: number): Date {
  if (extraSeconds <= 0) throw new Error("extra time must be positive");
  if (clock.status === "submitted") throw new Error("the attempt is submitted");
  return new Date(clock.deadline.getTime() + extraSeconds * 1000);
}

/** May a candidate start: the session is published, the room opened and the start time reached. */
export function canStart(options: { published: boolean; roomOpenedAt: Date | null; startsAt: Date; now: Date }):
  | { ok: true }
  | { ok: false; reason: "not-published" | "room-not-open" | "too-early" } {
  if (!options.published) return { ok: false, reason: "not-published" };
  if (!options.roomOpenedAt) return { ok: false, reason: "room-not-open" };
  if (options.now.getTime() < options.startsAt.getTime()) return { ok: false, reason: "too-early" };
  return { ok: true };
}

/** A candidate counts as offline when not seen for this long. */
export const OFFLINE_AFTER_SECONDS = 30;

export type ProgressState = "not-started" | "in-progress" | "paused" | "offline" | "submitted";

export function progressState(attempt: { status: AttemptStatus; lastSeenAt: Date | null; deadline: Date; pausedAt: Date | null } | null, now: Date): ProgressState {
  if (!attempt) return "not-started";
  if (attempt.status === "submitted" || isExpired(attempt, now)) return "submitted";
  if (attempt.status === "paused") return "paused";
  if (!attempt.lastSeenAt || now.getTime() - attempt.lastSeenAt.getTime() > OFFLINE_AFTER_SECONDS * 1000) return "offline";
  return "in-progress";
}
