import { describe, expect, it } from "vitest";
import { addMonths, overallDecision, type PartSitting } from "@/grading";

const d = (s: string) => new Date(`${s}T01:00:00Z`); // 09:00 in Asia/Shanghai
const sit = (sessionId: string, mode: "theory" | "skill", date: string, score: number | null, state: PartSitting["state"] = score === null ? "absent" : "scored"): PartSitting => ({
  sessionId,
  mode,
  date: d(date),
  state,
  score,
});
const decide = (sittings: PartSitting[], now = "2026-03-01", retentionMonths = 12) => overallDecision({ sittings, retentionMonths, now: d(now) });

describe("addMonths (calendar months in Asia/Shanghai)", () => {
  it("keeps the day and the time", () => {
    expect(addMonths(d("2025-06-20"), 12).toISOString()).toBe("2026-06-20T01:00:00.000Z");
  });
  it("clamps to the month's last day", () => {
    expect(addMonths(d("2025-01-31"), 1).toISOString()).toBe("2025-02-28T01:00:00.000Z");
    expect(addMonths(d("2024-01-31"), 1).toISOString()).toBe("2024-02-29T01:00:00.000Z");
  });
  it("uses the Shanghai calendar date, not the UTC one", () => {
    // 2025-01-31 20:00 UTC is 2025-02-01 04:00 in Shanghai: + 1 month = 2025-03-01 04:00 Shanghai.
    expect(addMonths(new Date("2025-01-31T20:00:00Z"), 1).toISOString()).toBe("2025-02-28T20:00:00.000Z");
  });
});

describe("overall decision", () => {
  it("passes when theory and skill both reach 60.00 (exact hundredths)", () => {
    const r = decide([sit("t1", "theory", "2025-06-01", 6000), sit("s1", "skill", "2025-06-08", 8150)]);
    expect(r.overall).toBe("pass");
    expect(r.passedOn?.toISOString()).toBe(d("2025-06-08").toISOString());
    expect(r.parts.map((p) => [p.mode, p.status, p.score])).toEqual([
      ["theory", "passed", 6000],
      ["skill", "passed", 8150],
    ]);
    expect(r.needs).toEqual([]);
    expect(r.kept).toEqual(["theory", "skill"]);
  });

  it("is incomplete with a missing part, and names it", () => {
    const r = decide([sit("t1", "theory", "2025-06-01", 7000)]);
    expect(r.overall).toBe("incomplete");
    expect(r.parts[1]).toMatchObject({ mode: "skill", status: "missing", score: null });
    expect(r.needs).toEqual(["skill"]);
    expect(r.kept).toEqual(["theory"]);
  });

  it("fails with a failed part (59.99 fails)", () => {
    const r = decide([sit("t1", "theory", "2025-06-01", 7000), sit("s1", "skill", "2025-06-08", 5999)]);
    expect(r.overall).toBe("fail");
    expect(r.parts[1]!.status).toBe("failed");
    expect(r.needs).toEqual(["skill"]);
  });

  it("a resit replaces the failed score, and is marked as a resit in the history", () => {
    const r = decide([sit("s2", "skill", "2025-09-01", 6500), sit("t1", "theory", "2025-06-01", 7000), sit("s1", "skill", "2025-06-08", 4000)]);
    expect(r.overall).toBe("pass");
    expect(r.history.map((h) => [h.sessionId, h.resit, h.current, h.passed])).toEqual([
      ["t1", false, true, true],
      ["s1", false, false, false],
      ["s2", true, true, true],
    ]);
  });

  it("the latest score counts even when it is worse", () => {
    const r = decide([sit("t1", "theory", "2025-06-01", 9000), sit("t2", "theory", "2025-07-01", 3000)]);
    expect(r.parts[0]).toMatchObject({ status: "failed", score: 3000, sessionId: "t2" });
    expect(r.overall).toBe("fail");
  });

  it("an absent or pending sitting does not replace a score", () => {
    const r = decide([sit("t1", "theory", "2025-06-01", 6500), sit("t2", "theory", "2025-07-01", null), sit("t3", "theory", "2025-08-01", null, "pending")]);
    expect(r.parts[0]).toMatchObject({ status: "passed", sessionId: "t1" });
    expect(r.history.map((h) => [h.state, h.resit])).toEqual([
      ["scored", false],
      ["absent", true],
      ["pending", true],
    ]);
  });

  it("a passed part expires after the retention period unless the application passed in time", () => {
    const theory = sit("t1", "theory", "2025-06-01", 7000);
    // Still kept the day before; expired on the day, 12 months later.
    expect(decide([theory, sit("s1", "skill", "2025-06-08", 4000)], "2026-05-31").parts[0]!.status).toBe("passed");
    const expired = decide([theory], "2026-06-01");
    expect(expired.parts[0]).toMatchObject({ status: "expired", keptUntil: d("2026-06-01") });
    expect(expired.overall).toBe("incomplete");
    expect(expired.needs).toEqual(["theory", "skill"]);
    expect(expired.kept).toEqual([]);
  });

  it("a skill pass after the theory pass expired does not pass the application: theory must be resat", () => {
    const r = decide([sit("t1", "theory", "2025-01-10", 7000), sit("s1", "skill", "2026-01-10", 7000)], "2026-03-01");
    expect(r.overall).toBe("incomplete");
    expect(r.parts.map((p) => p.status)).toEqual(["expired", "passed"]);
    expect(r.needs).toEqual(["theory"]);
    // One day earlier the pair was within 12 months: passed, and stays passed.
    const inTime = decide([sit("t1", "theory", "2025-01-10", 7000), sit("s1", "skill", "2026-01-09", 7000)], "2030-01-01");
    expect(inTime.overall).toBe("pass");
    expect(inTime.parts.every((p) => p.keptUntil === null)).toBe(true);
  });

  it("the retention is the school's setting", () => {
    const sittings = [sit("t1", "theory", "2025-01-10", 7000), sit("s1", "skill", "2026-01-10", 7000)];
    expect(decide(sittings, "2026-03-01", 24).overall).toBe("pass");
    expect(decide(sittings, "2026-03-01", 6).overall).toBe("incomplete");
  });

  it("a failed part and an expired one: the application fails", () => {
    const r = decide([sit("t1", "theory", "2024-01-10", 7000), sit("s1", "skill", "2026-01-10", 2000)]);
    expect(r.overall).toBe("fail");
    expect(r.parts.map((p) => p.status)).toEqual(["expired", "failed"]);
  });

  it("ignores the comprehensive review and refuses bad input", () => {
    expect(decide([{ sessionId: "r", mode: "review" as "theory", date: d("2025-01-01"), state: "scored", score: 9000 }]).overall).toBe("incomplete");
    expect(() => decide([sit("t1", "theory", "2025-01-01", 10001)])).toThrow(RangeError);
    expect(() => decide([sit("t1", "theory", "2025-01-01", 60.5)])).toThrow(RangeError);
    expect(() => decide([{ ...sit("t1", "theory", "2025-01-01", 1), score: null }])).toThrow(RangeError);
    expect(() => overallDecision({ sittings: [], retentionMonths: 0, now: new Date() })).toThrow(RangeError);
  });
});
