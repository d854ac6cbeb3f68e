import { describe, expect, it } from "vitest";
import { candidateResult, formatScore, formatScoreExact, fullMarkHundredths, isPass, passMarkHundredths, requiredModes } from "@/grading";

describe("pass mark from the standard", () => {
  it("60 × 100 and 100 × 100 hundredths", () => {
    expect(passMarkHundredths()).toBe(6000);
    expect(fullMarkHundredths()).toBe(10000);
  });
  it("isPass decides on the exact hundredths", () => {
    expect(isPass(5999)).toBe(false);
    expect(isPass(6000)).toBe(true);
    expect(isPass(10000)).toBe(true);
  });
  it("theory and skill are required at levels 5 and 4, the comprehensive review is not", () => {
    expect(requiredModes()).toEqual(["theory", "skill"]);
  });
});

describe("formatScore: one decimal, truncated, never shows a pass-looking score for a fail", () => {
  const cases: Array<[number, string]> = [
    [0, "0.0"],
    [5, "0.0"],
    [9, "0.0"],
    [10, "0.1"],
    [5990, "59.9"],
    [5995, "59.9"],
    [5999, "59.9"],
    [6000, "60.0"],
    [6009, "60.0"],
    [6010, "60.1"],
    [7255, "72.5"],
    [9999, "99.9"],
    [10000, "100.0"],
  ];
  for (const [h, s] of cases) it(`${h} -> ${s}`, () => expect(formatScore(h)).toBe(s));

  it("every failing score displays below 60.0 and every passing one at 60.0 or more", () => {
    for (let h = 0; h <= 10000; h++) {
      const shown = Number(formatScore(h));
      expect(shown >= 60).toBe(isPass(h));
      expect(shown <= h / 100).toBe(true);
    }
  });

  it("formatScoreExact shows two decimals", () => {
    expect(formatScoreExact(5999)).toBe("59.99");
    expect(formatScoreExact(6000)).toBe("60.00");
    expect(formatScoreExact(5)).toBe("0.05");
    expect(formatScoreExact(10000)).toBe("100.00");
  });

  it("refuses negative or non-integer hundredths", () => {
    expect(() => formatScore(-1)).toThrow();
    expect(() => formatScore(12.5)).toThrow();
    expect(() => formatScoreExact(Number.NaN)).toThrow();
  });
});

describe("candidateResult", () => {
  it("passes overall when theory and skill both pass; the review is not required", () => {
    const r = candidateResult({ candidateId: "c1", theory: 6000, skill: 8150 });
    expect(r).toEqual({
      candidateId: "c1",
      theory: { score: 6000, passed: true, display: "60.0", required: true },
      skill: { score: 8150, passed: true, display: "81.5", required: true },
      review: null,
      overall: "pass",
      passed: true,
      missing: [],
    });
    const withReview = candidateResult({ candidateId: "c1", theory: 6000, skill: 8150, review: 1000 });
    expect(withReview.review).toEqual({ score: 1000, passed: false, display: "10.0", required: false });
    expect(withReview.overall).toBe("pass");
  });

  it("fails when a required component fails, even by one hundredth", () => {
    const r = candidateResult({ candidateId: "c2", theory: 5999, skill: 9000 });
    expect(r.theory).toEqual({ score: 5999, passed: false, display: "59.9", required: true });
    expect(r.overall).toBe("fail");
    expect(r.passed).toBe(false);
    expect(candidateResult({ candidateId: "c3", theory: 9000, skill: 5995 }).overall).toBe("fail");
  });

  it("is incomplete while a required component has no score (and fail if a present one fails)", () => {
    const r = candidateResult({ candidateId: "c4", theory: 7000, skill: null });
    expect(r.overall).toBe("incomplete");
    expect(r.passed).toBe(false);
    expect(r.missing).toEqual(["skill"]);
    expect(candidateResult({ candidateId: "c5" }).missing).toEqual(["theory", "skill"]);
    expect(candidateResult({ candidateId: "c6", theory: 100 }).overall).toBe("fail");
  });

  it("refuses scores outside 0..10000", () => {
    expect(() => candidateResult({ candidateId: "x", theory: 10001, skill: 0 })).toThrow();
    expect(() => candidateResult({ candidateId: "x", theory: -1, skill: 0 })).toThrow();
  });
});
