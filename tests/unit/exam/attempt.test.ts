import { describe, expect, it } from "vitest";
import { canSave, canStart, deadlineAfterResume, deadlineWithExtra, initialDeadline, isExpired, progressState, remainingSeconds } from "@/exam/attempt";

const t = (s: string) => new Date(`2026-12-01T${s}Z`);
const running = { status: "in_progress" as const, deadline: t("10:30:00"), pausedAt: null };

describe("attempt clock", () => {
  it("the deadline is start + duration + extra", () => {
    expect(initialDeadline(t("09:00:00"), 90)).toEqual(t("10:30:00"));
    expect(initialDeadline(t("09:00:00"), 90, 300)).toEqual(t("10:35:00"));
  });

  it("remaining seconds round up, never go negative, and stand still while paused", () => {
    expect(remainingSeconds(running, t("10:29:59.500"))).toBe(1);
    expect(remainingSeconds(running, t("10:30:00"))).toBe(0);
    expect(remainingSeconds(running, t("11:00:00"))).toBe(0);
    const paused = { status: "paused" as const, deadline: t("10:30:00"), pausedAt: t("10:00:00") };
    expect(remainingSeconds(paused, t("10:20:00"))).toBe(1800);
    expect(remainingSeconds({ ...running, status: "submitted" }, t("10:00:00"))).toBe(0);
  });

  it("saves are allowed up to the deadline plus the grace, not after", () => {
    expect(canSave(running, t("10:30:00"), 5)).toEqual({ ok: true });
    expect(canSave(running, t("10:30:05"), 5)).toEqual({ ok: true });
    expect(canSave(running, t("10:30:05.001"), 5)).toEqual({ ok: false, reason: "deadline" });
    expect(canSave({ ...running, status: "paused", pausedAt: t("10:00:00") }, t("10:00:01"))).toEqual({ ok: false, reason: "paused" });
    expect(canSave({ ...running, status: "submitted" }, t("10:00:00"))).toEqual({ ok: false, reason: "submitted" });
    expect(isExpired(running, t("10:30:06"), 5)).toBe(true);
    expect(isExpired({ ...running, status: "paused", pausedAt: t("10:00:00") }, t("12:00:00"), 5)).toBe(false);
  });

  it("resuming moves the deadline by the paused time; extra time adds to it", () => {
    const paused = { status: "paused" as const, deadline: t("10:30:00"), pausedAt: t("10:00:00") };
    expect(deadlineAfterResume(paused, t("10:07:30"))).toEqual(t("10:37:30"));
    expect(deadlineWithExtra(running, 600)).toEqual(t("10:40:00"));
    expect(() => deadlineWithExtra({ ...running, status: "submitted" }, 600)).toThrow();
    expect(() => deadlineWithExtra(running, 0)).toThrow();
  });

  it("a candidate may start only when published, the room is open and the time has come", () => {
    const base = { published: true, roomOpenedAt: t("08:55:00"), startsAt: t("09:00:00"), now: t("09:00:00") };
    expect(canStart(base)).toEqual({ ok: true });
    expect(canStart({ ...base, now: t("08:59:59") })).toEqual({ ok: false, reason: "too-early" });
    expect(canStart({ ...base, roomOpenedAt: null })).toEqual({ ok: false, reason: "room-not-open" });
    expect(canStart({ ...base, published: false })).toEqual({ ok: false, reason: "not-published" });
  });

  it("progress states for the proctor", () => {
    const now = t("10:00:00");
    expect(progressState(null, now)).toBe("not-started");
    expect(progressState({ ...running, lastSeenAt: t("09:59:45") }, now)).toBe("in-progress");
    expect(progressState({ ...running, lastSeenAt: t("09:59:00") }, now)).toBe("offline");
    expect(progressState({ ...running, lastSeenAt: t("09:59:59"), deadline: t("09:59:00") }, now)).toBe("submitted");
    expect(progressState({ ...running, status: "paused", pausedAt: t("09:50:00"), lastSeenAt: t("09:50:00") }, now)).toBe("paused");
  });
});
