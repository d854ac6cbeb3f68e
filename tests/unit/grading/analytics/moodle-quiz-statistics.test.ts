// Moodle's own worked example of the quiz statistics, reproduced to 4 decimals (and closer).
// Source: Moodle, mod/quiz/report/statistics/tests/ — fixtures/results00.csv (the marks of 25
// attempts on 7 questions, each worth 1 mark), fixtures/qstats00.csv (the expected question
// statistics) and stats_from_steps_walkthrough_test.php, check_quiz_stats_for_quiz_00 (the
// expected quiz statistics). The test's header says the values "were calculated independently
// in a spreadsheet" (Jamie Pratt's statsspreadsheet). Moodle prints 10 decimals; we assert 4
// decimals and, as Moodle's own test does, a relative tolerance of 1e-5.
import { describe, expect, it } from "vitest";
import { analysePaper, round } from "@/grading/analytics";

// results00.csv: quizattempt, slots 1–7 marks (attempt 21's 1/3 is stored by Moodle as 0.3333333).
const RESULTS_00 = `
1,1,1,1,1,1,0,1
2,1,1,1,1,0.5,1,0
3,1,1,1,1,0.5,0,1
4,0,0,1,1,1,0,0
5,1,0,1,0,0,1,0.5
6,1,1,1,1,0.5,0,0.5
7,0,1,1,1,0.5,1,0.5
8,1,1,1,0,0.5,1,0.5
9,1,0,1,1,1,1,1
10,0,1,1,0,0.5,1,0.5
11,0.8,0,1,1,0.5,1,0.5
12,1,1,1,0,0.5,1,1
13,1,0,1,1,0.5,1,0.5
14,1,0,1,1,1,0,0.5
15,0,0,1,1,0,1,1
16,1,0,1,0,0.5,1,1
17,0.8,0,1,1,0.5,0,1
18,1,0,1,1,0,1,0.5
19,1,0,1,1,0.5,0,0.5
20,0,1,1,0,0.5,1,0
21,1,1,0.3333333,1,0.5,0,0.5
22,1,1,1,0,0.5,0,0.5
23,1,1,1,1,0,1,0.5
24,0,0,1,0,0.5,1,1
25,0,0,1,1,1,1,1`
  .trim()
  .split("\n")
  .map((line) => line.split(",").map(Number));

// qstats00.csv: slot, facility, sd, effectiveweight, discriminationindex, discriminativeefficiency.
const QSTATS_00: Array<[number, number, number, number, number, number]> = [
  [1, 0.704, 0.4513682901, 21.2922742344, -7.0650767526, -9.4550536967],
  [2, 0.48, 0.5099019514, 18.8979800309, -28.8982125772, -36.7834118938],
  [3, 0.973333332, 0.13333334, 4.443012573, -9.1230674268, -21.6545012165],
  [4, 0.68, 0.4760952286, 18.9347251357, -22.6306444113, -31.4411395613],
  [5, 0.52, 0.3055050463, 11.1450138688, -17.6997047674, -21.1794802584],
  [6, 0.64, 0.4898979486, 9.8081339177, -45.3785178421, -56.9365974439],
  [7, 0.62, 0.331662479, 15.4788602394, -5.6543166602, -6.5043742058],
];

const analysis = analysePaper({
  items: [1, 2, 3, 4, 5, 6, 7].map((slot) => ({ id: `slot${slot}`, maxMark: 1 })),
  attempts: RESULTS_00.map(([id, ...marks]) => ({ id: String(id), marks })),
});

/** Equal to 4 decimals, and within Moodle's own tolerance (relative 1e-5). */
function expectMoodle(actual: number | null, expected: number) {
  expect(actual).not.toBeNull();
  expect(round(actual!, 4)).toBe(round(expected, 4));
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(Math.abs(expected) * 1.5e-5);
}

describe("Moodle quiz statistics worked example (results00.csv / qstats00.csv)", () => {
  it.each(QSTATS_00)("slot %i: facility, SD, effective weight, discrimination index, discriminative efficiency", (slot, facility, sd, ew, di, de) => {
    const item = analysis.items[slot - 1]!;
    expect(item.n).toBe(25);
    expectMoodle(item.facility.value, facility);
    expectMoodle(item.sd.value, sd);
    expectMoodle(item.effectiveWeight.value, ew);
    expectMoodle(item.discriminationIndex.value, di);
    expectMoodle(item.discriminativeEfficiency.value, de);
  });

  it("effective weights add up to 100 % when no covariance is negative", () => {
    expect(round(analysis.items.reduce((s, i) => s + (i.effectiveWeight.value ?? 0), 0), 10)).toBe(100);
  });

  it("test statistics: mean, median, SD, skewness, kurtosis, α (Moodle's CIC / 100), error ratio, SEM", () => {
    const t = analysis.test;
    expect(t.n).toBe(25);
    expectMoodle(t.mean.value, 4.617333332);
    expectMoodle(t.median.value, 4.5);
    expectMoodle(t.sd.value, 0.8117265554);
    expectMoodle(t.skewness.value, -0.092502502);
    expectMoodle(t.kurtosis.value, -0.7073968557);
    // Moodle reports the coefficient of internal consistency as a percentage: cic = 100 α.
    expectMoodle(t.alpha.value === null ? null : 100 * t.alpha.value, -87.2230935542);
    expectMoodle(t.errorRatio.value, 136.8294900795);
    expectMoodle(t.sem.value, 1.1106813066);
    // Partial-credit items (0.5, 0.8, 1/3): Cronbach's α, not the KR-20 case.
    expect(t.kr20).toBe(false);
  });
});
