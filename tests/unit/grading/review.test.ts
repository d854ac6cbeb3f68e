import { describe, expect, it } from "vitest";
import { isReviewClosed, nextReviewStatus, reviewWindow, type ReviewAction, type ReviewStatus } from "@/grading";

describe("review states", () => {
  it("submitted → in review → upheld | corrected, nothing else", () => {
    const statuses: ReviewStatus[] = ["submitted", "in_review", "upheld", "corrected"];
    const actions: ReviewAction[] = ["start", "uphold", "correct"];
    const table = Object.fromEntries(statuses.map((s) => [s, Object.fromEntries(actions.map((a) => [a, nextReviewStatus(s, a)]))]));
    expect(table).toEqual({
      submitted: { start: "in_review", uphold: null, correct: null },
      in_review: { start: null, uphold: "upheld", correct: "corrected" },
      upheld: { start: null, uphold: null, correct: null },
      corrected: { start: null, uphold: null, correct: null },
    });
    expect(statuses.filter(isReviewClosed)).toEqual(["upheld", "corrected"]);
  });
});

describe("review window", () => {
  const released = new Date("2026-06-20T02:00:00Z");
  it("is closed before release", () => {
    expect(reviewWindow({ releasedAt: null, windowDays: 15, now: released })).toEqual({ open: false, reason: "not-released", closesAt: null });
  });
  it("is open from the release for windowDays days, to the millisecond", () => {
    const closesAt = new Date("2026-07-05T02:00:00Z");
    expect(reviewWindow({ releasedAt: released, windowDays: 15, now: released })).toEqual({ open: true, closesAt });
    expect(reviewWindow({ releasedAt: released, windowDays: 15, now: new Date(closesAt.getTime() - 1) }).open).toBe(true);
    expect(reviewWindow({ releasedAt: released, windowDays: 15, now: closesAt })).toEqual({ open: false, reason: "closed", closesAt });
  });
  it("refuses a window under one day", () => {
    expect(() => reviewWindow({ releasedAt: released, windowDays: 0, now: released })).toThrow(RangeError);
  });
});
