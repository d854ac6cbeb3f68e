// Score review (成绩复核): when a candidate may request one, and how its state moves.
// The standard says nothing about reviews; the platform follows common practice (docs/certificates.md):
// a request per released part, within a window the school sets from the release; states
// submitted → in_review → upheld | corrected. Pure: the clock comes in as `now`.
import { assertInteger } from "./arith";

export type ReviewStatus = "submitted" | "in_review" | "upheld" | "corrected";
export type ReviewAction = "start" | "uphold" | "correct";

/** Default window for requests, in days from the release of the results. */
export const DEFAULT_REVIEW_WINDOW_DAYS = 15;

const NEXT: Record<ReviewStatus, Partial<Record<ReviewAction, ReviewStatus>>> = {
  submitted: { start: "in_review" },
  in_review: { uphold: "upheld", correct: "corrected" },
  upheld: {},
  corrected: {},
};

/** The state after `action`, or null when the action is not allowed from `status`. */
export function nextReviewStatus(status: ReviewStatus, action: ReviewAction): ReviewStatus | null {
  return NEXT[status][action] ?? null;
}

/** Upheld and corrected are final. */
export const isReviewClosed = (status: ReviewStatus): boolean => status === "upheld" || status === "corrected";

/** The end of the request window: release + `windowDays` days (exclusive). */
export function reviewWindowEnd(releasedAt: Date, windowDays: number): Date {
  assertInteger(windowDays, "复核申请期限（天）");
  if (windowDays < 1) throw new RangeError("复核申请期限至少为 1 天");
  return new Date(releasedAt.getTime() + windowDays * 86_400_000);
}

export type ReviewWindowState = { open: true; closesAt: Date } | { open: false; reason: "not-released" | "closed"; closesAt: Date | null };

/** Whether a request may be made at `now` for results released at `releasedAt` (null: not released). */
export function reviewWindow(options: { releasedAt: Date | null; windowDays: number; now: Date }): ReviewWindowState {
  if (!options.releasedAt) return { open: false, reason: "not-released", closesAt: null };
  const closesAt = reviewWindowEnd(options.releasedAt, options.windowDays);
  return options.now.getTime() < closesAt.getTime() ? { open: true, closesAt } : { open: false, reason: "closed", closesAt };
}
