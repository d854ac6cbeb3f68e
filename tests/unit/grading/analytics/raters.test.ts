import { describe, expect, it } from "vitest";
import { intraclassCorrelations, krippendorffAlpha, raterSeverity, round, undefinedFigure, type RatingsInput } from "@/grading/analytics";

const input = (rows: Array<Array<number | null>>, raters?: string[], adjudicated: number[] = []): RatingsInput => ({
  raters: raters ?? rows[0]!.map((_, j) => `r${j + 1}`),
  targets: rows.map((ratings, i) => ({ id: `t${i + 1}`, ratings, adjudicated: adjudicated.includes(i) })),
});

// Shrout, P. E. & Fleiss, J. L. (1979). Intraclass correlations: uses in assessing rater
// reliability. Psychological Bulletin 86(2), 420–428. Table 2: four judges rate six targets.
// Table 3 prints the mean squares and Table 4 the six ICCs to 2 decimals.
const SF_TABLE_2 = [
  [9, 2, 5, 8],
  [6, 1, 3, 2],
  [8, 4, 6, 8],
  [7, 1, 2, 6],
  [10, 5, 6, 9],
  [6, 2, 4, 7],
];

/** The mean squares of the two-way ANOVA written out directly (independent of the module). */
function directMeanSquares(rows: number[][]) {
  const n = rows.length;
  const k = rows[0]!.length;
  const all = rows.flat();
  const grand = all.reduce((s, v) => s + v, 0) / (n * k);
  const rowMeans = rows.map((r) => r.reduce((s, v) => s + v, 0) / k);
  const colMeans = Array.from({ length: k }, (_, j) => rows.reduce((s, r) => s + r[j]!, 0) / n);
  const sst = all.reduce((s, v) => s + (v - grand) ** 2, 0);
  const bss = k * rowMeans.reduce((s, m) => s + (m - grand) ** 2, 0);
  const jss = n * colMeans.reduce((s, m) => s + (m - grand) ** 2, 0);
  return { n, k, bms: bss / (n - 1), wms: (sst - bss) / (n * (k - 1)), jms: jss / (k - 1), ems: (sst - bss - jss) / ((n - 1) * (k - 1)) };
}

describe("ICC: Shrout & Fleiss (1979), Table 2 data (6 targets × 4 judges)", () => {
  const icc = intraclassCorrelations(input(SF_TABLE_2));

  it("mean squares as printed in Table 3 (2 decimals): BMS 11.24, WMS 6.26, JMS 32.49, EMS 1.02", () => {
    const ms = icc.meanSquares!;
    expect([ms.bms, ms.wms, ms.jms, ms.ems].map((v) => round(v, 2))).toEqual([11.24, 6.26, 32.49, 1.02]);
  });

  it("the six ICCs as printed in Table 4 (2 decimals)", () => {
    const printed = { icc11: 0.17, icc21: 0.29, icc31: 0.71, icc1k: 0.44, icc2k: 0.62, icc3k: 0.91 };
    for (const [name, value] of Object.entries(printed)) expect(round(icc[name as keyof typeof printed].value!, 2), name).toBe(value);
  });

  it("the six ICCs to 4 decimals, against the formulas of Table 1 computed directly here", () => {
    // The same 4 decimals are printed by the R package SimplyAgree's reliability vignette for this
    // data: 0.1657, 0.2898, 0.7148, 0.4428, 0.6201, 0.9093.
    const { n, k, bms, wms, jms, ems } = directMeanSquares(SF_TABLE_2);
    const direct = {
      icc11: (bms - wms) / (bms + (k - 1) * wms),
      icc21: (bms - ems) / (bms + (k - 1) * ems + (k * (jms - ems)) / n),
      icc31: (bms - ems) / (bms + (k - 1) * ems),
      icc1k: (bms - wms) / bms,
      icc2k: (bms - ems) / (bms + (jms - ems) / n),
      icc3k: (bms - ems) / bms,
    };
    expect(Object.values(direct).map((v) => round(v, 4))).toEqual([0.1657, 0.2898, 0.7148, 0.4428, 0.6201, 0.9093]);
    for (const [name, value] of Object.entries(direct)) expect(round(icc[name as keyof typeof direct].value!, 4), name).toBe(round(value, 4));
    expect([icc.completeTargets, icc.droppedTargets, icc.raters]).toEqual([6, 0, 4]);
  });

  it("leaves out targets with a missing rating, and says so", () => {
    const withGap = intraclassCorrelations(input([...SF_TABLE_2, [5, null, 4, 6]]));
    expect([withGap.completeTargets, withGap.droppedTargets]).toEqual([6, 1]);
    expect(round(withGap.icc21.value!, 4)).toBe(round(icc.icc21.value!, 4));
  });

  it("edge cases: one rater, one complete target, identical ratings are undefined, not 0", () => {
    expect(intraclassCorrelations(input([[1], [2], [3]])).icc11).toEqual(undefinedFigure("too-few-raters"));
    expect(intraclassCorrelations(input([[1, 2], [3, null]])).icc21).toEqual(undefinedFigure("too-few-complete-targets"));
    expect(intraclassCorrelations({ raters: ["a", "b"], targets: [] }).icc31).toEqual(undefinedFigure("no-data"));
    const flat = intraclassCorrelations(input([[4, 4], [4, 4], [4, 4]]));
    expect(flat.icc11).toEqual(undefinedFigure("no-variance"));
    expect(flat.icc3k).toEqual(undefinedFigure("no-variance"));
  });
});

// Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for
// Communication, University of Pennsylvania. Example C, "nominal data, any number of observers,
// missing values": 4 observers, 12 units; α_nominal = .743 (printed), and the same data treated
// as interval gives α_interval = .849 (printed).
const KRIPPENDORFF_C: Array<Array<number | null>> = [
  [1, 1, null, 1],
  [2, 2, 3, 2],
  [3, 3, 3, 3],
  [3, 3, 3, 3],
  [2, 2, 2, 2],
  [1, 2, 3, 4],
  [4, 4, 4, 4],
  [1, 1, 2, 1],
  [2, 2, 2, 2],
  [null, 5, 5, 5],
  [null, null, 1, 1],
  [null, null, 3, null],
];

/** α from an explicit coincidence matrix (the paper's own steps), independent of the module. */
function directAlpha(rows: Array<Array<number | null>>, delta2: (c: number, k: number) => number) {
  const o = new Map<string, number>();
  const values = new Set<number>();
  for (const row of rows) {
    const v = row.filter((x): x is number => x !== null);
    if (v.length < 2) continue;
    for (let i = 0; i < v.length; i++)
      for (let j = 0; j < v.length; j++) {
        if (i === j) continue;
        const key = `${v[i]}|${v[j]}`;
        o.set(key, (o.get(key) ?? 0) + 1 / (v.length - 1));
        values.add(v[i]!);
      }
  }
  const vs = [...values];
  const nc = new Map(vs.map((c) => [c, vs.reduce((s, k) => s + (o.get(`${c}|${k}`) ?? 0), 0)]));
  const n = [...nc.values()].reduce((s, x) => s + x, 0);
  let observed = 0;
  let expected = 0;
  for (const c of vs)
    for (const k of vs) {
      observed += (o.get(`${c}|${k}`) ?? 0) * delta2(c, k);
      expected += nc.get(c)! * nc.get(k)! * delta2(c, k);
    }
  return 1 - ((n - 1) * observed) / expected;
}

describe("Krippendorff's α (Krippendorff 2011)", () => {
  const data = input(KRIPPENDORFF_C, ["A", "B", "C", "D"]);
  const k = krippendorffAlpha(data);

  it("example C, nominal with missing values: .743 as printed, and 4 decimals from the coincidence matrix", () => {
    expect(round(k.nominal.value!, 3)).toBe(0.743);
    const direct = directAlpha(KRIPPENDORFF_C, (c, d) => (c === d ? 0 : 1));
    expect(round(direct, 4)).toBe(0.7434);
    expect(round(k.nominal.value!, 4)).toBe(round(direct, 4));
    // Unit 12 has a single value and is not pairable: 11 units, 40 pairable values (n.. = 40).
    expect([k.pairableTargets, k.pairableValues]).toEqual([11, 40]);
  });

  it("the same data as interval: .849 as printed, and 4 decimals from the coincidence matrix", () => {
    expect(round(k.interval.value!, 3)).toBe(0.849);
    const direct = directAlpha(KRIPPENDORFF_C, (c, d) => (c - d) ** 2);
    expect(round(direct, 4)).toBe(0.8491);
    expect(round(k.interval.value!, 4)).toBe(round(direct, 4));
  });

  it("example A, binary data, two observers: α = .095 as printed (1 − 19·4/(14·6) computed directly)", () => {
    const a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0];
    const b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0];
    const r = krippendorffAlpha(input(a.map((x, i) => [x, b[i]!])));
    expect(round(r.nominal.value!, 3)).toBe(0.095);
    expect(round(r.nominal.value!, 4)).toBe(round(1 - (19 * 4) / (14 * 6), 4));
  });

  it("edge cases: no pairable unit, a single value everywhere, perfect agreement", () => {
    expect(krippendorffAlpha(input([[1, null], [null, 2]])).interval).toEqual(undefinedFigure("no-pairable-values"));
    expect(krippendorffAlpha({ raters: ["a", "b"], targets: [] }).nominal).toEqual(undefinedFigure("no-data"));
    expect(krippendorffAlpha(input([[3, 3], [3, 3]])).nominal).toEqual(undefinedFigure("no-variance"));
    expect(krippendorffAlpha(input([[1, 1], [2, 2], [3, null]])).interval).toEqual({ value: 1, reason: null });
  });
});

describe("rater severity", () => {
  it("mean deviation from the panel mean of each target, hand-checked on Shrout & Fleiss' judges", () => {
    // Target 1: 9, 2, 5, 8 → mean 6; judge 1 deviates +3, judge 2 −4 …
    const s = raterSeverity(input(SF_TABLE_2), 1);
    const direct = [0, 1, 2, 3].map((j) => SF_TABLE_2.reduce((sum, r) => sum + r[j]! - r.reduce((a, b) => a + b, 0) / 4, 0) / 6);
    expect(s.map((x) => round(x.severity.value!, 4))).toEqual(direct.map((d) => round(d, 4)));
    expect(s.map((x) => x.flag)).toEqual(["lenient", "severe", null, "lenient"]);
    expect(s[0]!.compared).toBe(6);
  });

  it("the share of a rater's targets that went to adjudication; a rater alone on a target is not compared", () => {
    const s = raterSeverity(input([[10, 8, null], [10, 6, 5], [7, null, null]], ["甲", "乙", "丙"], [1]), 100);
    expect(s.map((x) => [x.rater, x.rated, x.compared, x.adjudicated, x.adjudicatedShare.value])).toEqual([
      ["甲", 3, 2, 1, 1 / 3],
      ["乙", 2, 2, 1, 0.5],
      ["丙", 1, 1, 1, 1],
    ]);
    expect(s[2]!.sdDeviation).toEqual(undefinedFigure("too-few-attempts"));
    expect(s.every((x) => x.flag === null)).toBe(true);
    const alone = raterSeverity(input([[7, null]], ["甲", "乙"]), 0);
    expect(alone[0]!.severity).toEqual(undefinedFigure("no-shared-targets"));
    expect(alone[1]!.severity).toEqual(undefinedFigure("no-data"));
    expect(alone[1]!.adjudicatedShare).toEqual(undefinedFigure("no-data"));
  });

  it("one odd rating does not flag a rater; a consistent offset does", () => {
    const noisy = raterSeverity(input([[10, 10], [10, 10], [10, 10], [2, 10]]), 1);
    expect(noisy[0]!.flag).toBeNull();
    const steady = raterSeverity(input([[8, 10], [7, 9], [6, 8], [5, 7]]), 1);
    expect(steady.map((x) => x.flag)).toEqual(["severe", "lenient"]);
    expect(raterSeverity(input([[8, 10], [7, 9]]), 5).map((x) => x.flag)).toEqual([null, null]);
  });

  it("refuses a duplicate rater or target and a ragged row", () => {
    expect(() => raterSeverity({ raters: ["a", "a"], targets: [] }, 0)).toThrow("评分人重复");
    expect(() => krippendorffAlpha({ raters: ["a"], targets: [{ id: "x", ratings: [1] }, { id: "x", ratings: [2] }] })).toThrow("评分对象 x 重复");
    expect(() => intraclassCorrelations({ raters: ["a", "b"], targets: [{ id: "x", ratings: [1] }] })).toThrow("应为 2 个");
  });
});
