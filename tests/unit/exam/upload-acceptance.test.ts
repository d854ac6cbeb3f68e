// When an uploaded file counts: by the instant its last byte arrived (issue 14 review, defects 1–2).
import { describe, expect, it } from "vitest";
import { uploadAccepted, type AttemptForUpload } from "@/exam/upload-acceptance";

const t0 = Date.parse("2026-06-01T02:00:00.000Z");
const at = (s: number) => new Date(t0 + s * 1000);
const deadline = at(3600);
const grace = 5;
const inProgress: AttemptForUpload = { status: "in_progress", deadline, pausedAt: null, submittedAt: null, submittedBy: null };
const decide = (attempt: AttemptForUpload, receivedS: number) => uploadAccepted({ attempt, receivedAt: at(receivedS), graceSeconds: grace });

describe("uploadAccepted", () => {
  it("in progress: up to and including the deadline + grace, not a millisecond later", () => {
    expect(decide(inProgress, 3600 + grace)).toEqual({ ok: true });
    expect(uploadAccepted({ attempt: inProgress, receivedAt: new Date(deadline.getTime() + grace * 1000 + 1), graceSeconds: grace })).toEqual({ ok: false, reason: "deadline" });
  });

  it("submitted by the server at the deadline: a last byte within the grace counts, one after it does not", () => {
    const swept = { ...inProgress, status: "submitted", submittedAt: deadline, submittedBy: "deadline" };
    expect(decide(swept, 3602)).toEqual({ ok: true });
    expect(decide(swept, 3600 + grace + 1)).toEqual({ ok: false, reason: "deadline" });
  });

  it("submitted by the candidate or the proctor: counts when the last byte arrived no later than the submit", () => {
    for (const by of ["candidate", "proctor"]) {
      const submitted = { ...inProgress, status: "submitted", submittedAt: at(1800), submittedBy: by };
      expect(decide(submitted, 1799)).toEqual({ ok: true });
      expect(decide(submitted, 1800)).toEqual({ ok: true });
      expect(decide(submitted, 1801)).toEqual({ ok: false, reason: "submitted" });
    }
    expect(decide({ ...inProgress, status: "submitted", submittedAt: null, submittedBy: "candidate" }, 10)).toEqual({ ok: false, reason: "submitted" });
  });

  it("paused: counts when the last byte arrived before the pause", () => {
    const paused = { ...inProgress, status: "paused", pausedAt: at(1200) };
    expect(decide(paused, 1200)).toEqual({ ok: true });
    expect(decide(paused, 1201)).toEqual({ ok: false, reason: "paused" });
    expect(decide({ ...paused, pausedAt: null }, 10)).toEqual({ ok: false, reason: "paused" });
  });

  it("an unknown status is refused", () => {
    expect(decide({ ...inProgress, status: "cancelled" }, 10)).toEqual({ ok: false, reason: "submitted" });
  });
});
