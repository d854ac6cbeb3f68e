import { describe, expect, it } from "vitest";
import { upperLowerIndex } from "@/grading";
import { analysePaper, round, summarize, undefinedFigure } from "@/grading/analytics";

// KR-20 worked example: K. L. Wuensch, "The Kuder-Richardson 20" (StatHelp, East Carolina
// University, KR20.txt): ten students, a ten-item quiz scored 1/0. The page prints each item's
// p, q, pq and the variance of the totals (5.84, the population variance) and leaves the last
// step to the reader, so the 4-decimal KR-20 is computed here directly from its printed pieces.
const WUENSCH = `
A 1 1 1 1 1 1 0 1 1 0
B 1 0 1 1 0 1 1 1 0 1
C 1 1 1 1 0 1 1 0 0 1
D 0 0 1 0 0 0 1 0 0 0
E 0 0 0 0 0 1 0 0 1 0
F 1 1 1 0 1 1 1 1 1 1
G 1 1 0 1 1 1 0 1 1 1
H 1 1 1 1 1 1 1 1 0 1
I 0 1 0 1 1 1 1 1 0 1
J 1 1 0 1 1 0 1 1 1 0`
  .trim()
  .split("\n")
  .map((l) => l.split(" "));
const PRINTED_P = [0.7, 0.7, 0.6, 0.7, 0.6, 0.8, 0.7, 0.7, 0.5, 0.6];

const items = (k: number, max = 1) => Array.from({ length: k }, (_, i) => ({ id: `q${i + 1}`, maxMark: max }));
const attempts = (rows: number[][]) => rows.map((marks, i) => ({ id: `a${i + 1}`, marks }));

describe("KR-20 (Wuensch, KR20.txt)", () => {
  const a = analysePaper({ items: items(10), attempts: WUENSCH.map(([id, ...m]) => ({ id: id!, marks: m.map(Number) })) });

  it("reproduces the printed p of each item and the variance of the totals", () => {
    expect(a.items.map((i) => round(i.facility.value!, 4))).toEqual(PRINTED_P);
    const n = a.test.n;
    // The page's 5.84 is Σ(T − T̄)² / n; ours is the sample SD (n − 1).
    expect(round((a.test.sd.value! ** 2 * (n - 1)) / n, 4)).toBe(5.84);
    // Σ pq = 2.18 from the printed pq row.
    expect(round(PRINTED_P.reduce((s, p) => s + p * (1 - p), 0), 4)).toBe(2.18);
  });

  it("gives KR-20 = K/(K−1)·(1 − Σpq/σ²) = 10/9·(1 − 2.18/5.84) to 4 decimals, and labels it KR-20", () => {
    const direct = (10 / 9) * (1 - 2.18 / 5.84);
    expect(round(direct, 4)).toBe(0.6963);
    expect(round(a.test.alpha.value!, 4)).toBe(round(direct, 4));
    expect(a.test.kr20).toBe(true);
    // SEM = SD·√(1 − α) and the error ratio, from the same α.
    expect(round(a.test.sem.value!, 4)).toBe(round(a.test.sd.value! * Math.sqrt(1 - direct), 4));
    expect(round(a.test.errorRatio.value!, 4)).toBe(round(100 * Math.sqrt(1 - direct), 4));
  });

  it("the upper–lower 27 % index extends to the same groups: 27 % of 10 → 3 per group", () => {
    // Ranked by total desc, ties by id: F(9) H(9) A(8) are the upper group, J(7) D(2) E(2) the lower.
    const q1 = a.items[0]!.upperLower!;
    expect(q1.groupSize).toBe(3);
    expect([q1.upperMean, round(q1.lowerMean, 4), round(q1.d, 4)]).toEqual([1, 0.3333, 0.6667]);
  });
});

describe("hand-checked edge cases", () => {
  it("all correct: facility 1, SD 0, correlations undefined (constant item), α undefined (constant total), flagged too easy", () => {
    const a = analysePaper({ items: items(2), attempts: attempts([[1, 1], [1, 1], [1, 1], [1, 1]]) });
    const q = a.items[0]!;
    expect(q.facility).toEqual({ value: 1, reason: null });
    expect(q.sd).toEqual({ value: 0, reason: null });
    expect(q.discriminationIndex).toEqual(undefinedFigure("constant-item"));
    expect(q.discriminativeEfficiency).toEqual(undefinedFigure("constant-item"));
    expect(q.effectiveWeight).toEqual(undefinedFigure("no-positive-covariance"));
    expect(q.upperLower).toEqual({ groupSize: 1, upperMean: 1, lowerMean: 1, d: 0 });
    expect(q.flags).toEqual(["too-easy"]);
    const t = a.test;
    expect([t.mean.value, t.median.value, t.sd.value]).toEqual([2, 2, 0]);
    expect(t.skewness).toEqual(undefinedFigure("constant-total"));
    expect(t.kurtosis).toEqual(undefinedFigure("constant-total"));
    expect(t.alpha).toEqual(undefinedFigure("constant-total"));
    expect(t.errorRatio).toEqual(undefinedFigure("constant-total"));
    expect(t.sem).toEqual(undefinedFigure("constant-total"));
    expect([t.passed, t.passRate.value]).toEqual([4, 1]);
  });

  it("all wrong: facility 0, too hard, nobody passes", () => {
    const a = analysePaper({ items: items(3, 200), attempts: attempts([[0, 0, 0], [0, 0, 0], [0, 0, 0]]) });
    expect(a.items.map((i) => i.facility.value)).toEqual([0, 0, 0]);
    expect(a.items[0]!.flags).toEqual(["too-hard"]);
    expect(a.items[0]!.discriminationIndex.reason).toBe("constant-item");
    // n = 3 is enough for skewness but the totals do not vary; kurtosis needs 4.
    expect(a.test.skewness).toEqual(undefinedFigure("constant-total"));
    expect(a.test.kurtosis).toEqual(undefinedFigure("too-few-for-moment"));
    expect([a.test.maxTotal, a.test.passed, a.test.passRate.value]).toEqual([600, 0, 0]);
    expect(a.test.histogram[0]!.count).toBe(3);
  });

  it("one attempt: facility and mean defined; SD, correlations, weights, α undefined (too few attempts)", () => {
    const a = analysePaper({ items: items(2), attempts: attempts([[1, 0]]) });
    const [q1, q2] = a.items;
    expect([q1!.facility.value, q2!.facility.value]).toEqual([1, 0]);
    for (const f of [q1!.sd, q1!.discriminationIndex, q1!.discriminativeEfficiency, q1!.effectiveWeight]) expect(f).toEqual(undefinedFigure("too-few-attempts"));
    expect(q1!.upperLower).toBeNull();
    expect(q1!.markVariance).toBeNull();
    expect([a.test.mean.value, a.test.median.value]).toEqual([1, 1]);
    expect(a.test.sd).toEqual(undefinedFigure("too-few-attempts"));
    expect(a.test.alpha).toEqual(undefinedFigure("too-few-attempts"));
    expect(a.test.skewness).toEqual(undefinedFigure("too-few-for-moment"));
  });

  it("no attempts: everything is undefined with the reason no-data", () => {
    const a = analysePaper({ items: items(2), attempts: [] });
    expect(a.items[0]!.facility).toEqual(undefinedFigure("no-data"));
    expect(a.items[0]!.discriminationIndex).toEqual(undefinedFigure("no-data"));
    expect(a.test.mean).toEqual(undefinedFigure("no-data"));
    expect(a.test.alpha).toEqual(undefinedFigure("no-data"));
    expect(a.test.passRate).toEqual(undefinedFigure("no-data"));
    expect(a.items[0]!.flags).toEqual([]);
  });

  it("constant totals with varying items: the item–rest correlation is −100, α and effective weights undefined", () => {
    // Every total is 1: whoever gets q1 misses q2.
    const a = analysePaper({ items: items(2), attempts: attempts([[1, 0], [0, 1], [1, 0], [0, 1]]) });
    expect(a.items[0]!.discriminationIndex).toEqual({ value: -100, reason: null });
    // cov(x, R) = −1/3, cov_max = +1/3 (sorted marks against sorted rests) → −100.
    expect(a.items[0]!.discriminativeEfficiency).toEqual({ value: -100, reason: null });
    expect(a.items[0]!.effectiveWeight).toEqual(undefinedFigure("no-positive-covariance"));
    expect(a.items[0]!.flags).toEqual(["negative-discrimination"]);
    expect(a.test.sd.value).toBe(0);
    expect(a.test.alpha).toEqual(undefinedFigure("constant-total"));
  });

  it("a constant other item leaves the rest of the test constant", () => {
    const a = analysePaper({ items: items(2), attempts: attempts([[1, 1], [0, 1], [1, 1]]) });
    expect(a.items[0]!.discriminationIndex).toEqual(undefinedFigure("constant-rest"));
    expect(a.items[1]!.discriminationIndex).toEqual(undefinedFigure("constant-item"));
    // q2 has no covariance with the total, q1 all of it.
    expect(a.items.map((i) => i.effectiveWeight.value)).toEqual([100, 0]);
  });

  it("a single item: α is undefined (needs 2 items)", () => {
    const a = analysePaper({ items: items(1), attempts: attempts([[1], [0], [1]]) });
    expect(a.test.alpha).toEqual(undefinedFigure("single-item"));
  });

  it("hand-computed small case: item–rest correlation and facility with marks in points", () => {
    // 4 attempts, 3 items of 2 points. Item 1 marks 2,2,0,0; rest (items 2+3) 4,2,2,0.
    const a = analysePaper({ items: items(3, 2), attempts: attempts([[2, 2, 2], [2, 2, 0], [0, 0, 2], [0, 0, 0]]) });
    const q1 = a.items[0]!;
    expect(q1.facility.value).toBe(0.5);
    // x − x̄ = 1,1,−1,−1; R − R̄ = 2,0,0,−2 → Σ = 4; Σdx² = 4, ΣdR² = 8 → r = 4/√32.
    expect(round(q1.discriminationIndex.value!, 4)).toBe(round((100 * 4) / Math.sqrt(32), 4));
    // SD of marks 2,2,0,0 (n − 1) = √(4/3), as a fraction of 2 points.
    expect(round(q1.sd.value!, 4)).toBe(round(Math.sqrt(4 / 3) / 2, 4));
    expect(q1.dichotomous).toBe(true);
  });

  it("refuses inconsistent input with a message naming the attempt and item", () => {
    expect(() => analysePaper({ items: items(2), attempts: attempts([[1]]) })).toThrow("作答 a1 有 1 个得分，应为 2 个");
    expect(() => analysePaper({ items: items(1), attempts: attempts([[1.5]]) })).toThrow("作答 a1 在题目 q1 的得分 1.5 不在 0–1 之内");
    expect(() => analysePaper({ items: [{ id: "x", maxMark: 0 }], attempts: [] })).toThrow("满分须为正数");
    expect(() => analysePaper({ items: items(1), attempts: [{ id: "a", marks: [1] }, { id: "a", marks: [0] }] })).toThrow("作答 a 重复");
  });
});

describe("upperLowerIndex on mark fractions (extends the 27 % index)", () => {
  it("uses the same group size as the right/wrong index and means of fractions", () => {
    expect(upperLowerIndex([1, 0.5, 0.5, 0])).toEqual({ groupSize: 1, upperMean: 1, lowerMean: 0, d: 1 });
    const r = upperLowerIndex([1, 1, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0, 0.25])!;
    expect(r.groupSize).toBe(3);
    expect([r.upperMean, r.lowerMean, round(r.d, 4)]).toEqual([2.5 / 3, 0.75 / 3, round(1.75 / 3, 4)]);
    expect(upperLowerIndex([1])).toBeNull();
  });
});

describe("summarize", () => {
  it("median of an even count is the mean of the middle two", () => {
    expect(summarize([4, 1, 3, 2]).median.value).toBe(2.5);
  });
});
