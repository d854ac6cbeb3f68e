import { describe, expect, it } from "vitest";
import { histogram, itemStatistics, passRatesByGroup, raterAgreement, type AttemptForStatistics } from "@/grading";

// Ten candidates, two items. Totals rank the candidates c1 (highest) … c10 (lowest).
// 27% of 10 = 2.7 -> groups of 3: upper c1,c2,c3; lower c8,c9,c10.
const correctQ1 = new Set(["c1", "c2", "c3", "c4", "c6", "c9"]); // 6/10
const correctQ2 = new Set(["c2", "c5", "c8", "c9", "c10"]); // 5/10
const attempts: AttemptForStatistics[] = Array.from({ length: 10 }, (_, i) => {
  const id = `c${i + 1}`;
  return {
    candidateId: id,
    total: 9500 - i * 1000,
    items: [
      { versionId: "q1", correct: correctQ1.has(id) },
      { versionId: "q2", correct: correctQ2.has(id) },
    ],
  };
});

describe("itemStatistics", () => {
  it("difficulty index p and upper-lower 27% discrimination, hand-computed", () => {
    expect(itemStatistics(attempts)).toEqual([
      {
        versionId: "q1",
        n: 10,
        correct: 6,
        p: 0.6,
        // upper 3/3, lower 1/3 -> D = 2/3
        discrimination: { groupSize: 3, upperCorrect: 3, lowerCorrect: 1, d: 0.6667 },
      },
      {
        versionId: "q2",
        n: 10,
        correct: 5,
        p: 0.5,
        // upper 1/3, lower 3/3 -> D = -2/3
        discrimination: { groupSize: 3, upperCorrect: 1, lowerCorrect: 3, d: -0.6667 },
      },
    ]);
  });

  it("ranks ties by candidateId, uses 4 decimals half up, and needs 2 attempts for D", () => {
    const few: AttemptForStatistics[] = [
      { candidateId: "b", total: 5000, items: [{ versionId: "x", correct: true }] },
      { candidateId: "a", total: 5000, items: [{ versionId: "x", correct: false }] },
      { candidateId: "c", total: 1000, items: [{ versionId: "x", correct: false }] },
    ];
    // 27% of 3 = 0.81 -> 1; ranking a, b (tie, by id), c: upper = a (wrong), lower = c (wrong).
    expect(itemStatistics(few)).toEqual([
      { versionId: "x", n: 3, correct: 1, p: 0.3333, discrimination: { groupSize: 1, upperCorrect: 0, lowerCorrect: 0, d: 0 } },
    ]);
    expect(itemStatistics([few[0] as AttemptForStatistics])).toEqual([
      { versionId: "x", n: 1, correct: 1, p: 1, discrimination: null },
    ]);
    expect(itemStatistics([])).toEqual([]);
  });

  it("an item on only some papers is analysed over the attempts that had it", () => {
    const mixed: AttemptForStatistics[] = [
      { candidateId: "a", total: 9000, items: [{ versionId: "x", correct: true }, { versionId: "y", correct: true }] },
      { candidateId: "b", total: 3000, items: [{ versionId: "x", correct: false }] },
    ];
    const r = itemStatistics(mixed);
    expect(r.map((s) => [s.versionId, s.n, s.correct, s.p])).toEqual([
      ["x", 2, 1, 0.5],
      ["y", 1, 1, 1],
    ]);
    expect(r[0]?.discrimination).toEqual({ groupSize: 1, upperCorrect: 1, lowerCorrect: 0, d: 1 });
  });
});

describe("histogram", () => {
  it("ten bins of 10 points; 100 falls in the last bin; 9.99 in the first", () => {
    const h = histogram([0, 999, 1000, 5999, 6000, 8999, 9000, 9999, 10000]);
    expect(h.map((b) => b.label)).toEqual([
      "0–9.99",
      "10–19.99",
      "20–29.99",
      "30–39.99",
      "40–49.99",
      "50–59.99",
      "60–69.99",
      "70–79.99",
      "80–89.99",
      "90–100",
    ]);
    expect(h.map((b) => b.count)).toEqual([2, 1, 0, 0, 0, 1, 1, 0, 1, 3]);
    expect(h[0]).toEqual({ from: 0, to: 999, label: "0–9.99", count: 2 });
    expect(h[9]).toEqual({ from: 9000, to: 10000, label: "90–100", count: 3 });
    expect(() => histogram([10001])).toThrow();
    expect(() => histogram([-1])).toThrow();
  });
});

describe("passRatesByGroup", () => {
  it("counts and rates per group, groups sorted", () => {
    expect(
      passRatesByGroup([
        { group: "跨境", passed: true },
        { group: "网商", passed: false },
        { group: "跨境", passed: false },
        { group: "网商", passed: false },
        { group: "跨境", passed: true },
      ]),
    ).toEqual([
      { group: "网商", n: 2, passed: 0, rate: 0 },
      { group: "跨境", n: 3, passed: 2, rate: 0.6667 },
    ].sort((a, b) => (a.group < b.group ? -1 : 1)));
  });
});

describe("raterAgreement", () => {
  it("mean (absolute) deviation from the panel mean per examiner, and the adjudication share", () => {
    const r = raterAgreement([
      // mean 1000: e1 -100, e2 0, e3 +100
      { taskId: "t1", scores: [{ examinerId: "e1", total: 900 }, { examinerId: "e2", total: 1000 }, { examinerId: "e3", total: 1100 }], adjudicated: false },
      // mean 1001/3 ≈ 333.67: e1 +667.33, e2 -333.67, e3 -333.67
      { taskId: "t2", scores: [{ examinerId: "e1", total: 1001 }, { examinerId: "e2", total: 0 }, { examinerId: "e3", total: 0 }], adjudicated: true },
      // mean 500: e2 -100, e3 +100 (e1 absent)
      { taskId: "t3", scores: [{ examinerId: "e2", total: 400 }, { examinerId: "e3", total: 600 }], adjudicated: false },
    ]);
    expect(r.examiners).toEqual([
      // (100 + 667.33) / 2 = 383.67 ; signed (-100 + 667.33)/2 = 283.67
      { examinerId: "e1", tasks: 2, meanAbsDeviation: 384, meanDeviation: 284 },
      // (0 + 333.67 + 100) / 3 = 144.56 ; signed (0 - 333.67 - 100)/3 = -144.56
      { examinerId: "e2", tasks: 3, meanAbsDeviation: 145, meanDeviation: -145 },
      // (100 + 333.67 + 100) / 3 = 177.89 ; signed (100 - 333.67 + 100)/3 = -44.56
      { examinerId: "e3", tasks: 3, meanAbsDeviation: 178, meanDeviation: -45 },
    ]);
    expect(r.adjudication).toEqual({ tasks: 3, adjudicated: 1, share: 0.3333 });
  });
  it("empty input", () => {
    expect(raterAgreement([])).toEqual({ examiners: [], adjudication: { tasks: 0, adjudicated: 0, share: null } });
  });
});
