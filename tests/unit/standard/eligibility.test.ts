import { describe, expect, it } from "vitest";
import {
  eligibilitySummary,
  evaluateEligibility,
  finalYearGraduationYear,
  standard,
  type EligibilityInput,
} from "@/standard";

const NOW = new Date("2025-03-15T04:00:00Z"); // 2025-03-15 12:00 Asia/Shanghai

const base = (over: Partial<EligibilityInput> = {}): EligibilityInput => ({
  level: "5",
  workMonths: 0,
  apprenticeshipCompleted: false,
  level5CertificateHeld: false,
  workMonthsAfterLevel5Certificate: 0,
  ...over,
});
const rule = (r: ReturnType<typeof evaluateEligibility>, id: string) => r.rules.find((x) => x.id === id);
const school = (over: Partial<NonNullable<EligibilityInput["school"]>> = {}): NonNullable<EligibilityInput["school"]> => ({
  kind: "technical-school",
  major: "电子商务",
  graduationYear: 2020,
  graduated: true,
  ...over,
});

describe("evaluateEligibility — level 5", () => {
  it("nothing met: not eligible, both rules reported", () => {
    const r = evaluateEligibility(base(), NOW);
    expect(r).toEqual({
      eligible: false,
      metRuleIds: [],
      rules: [
        { id: "L5-1", met: false, reasonCode: "work-months-insufficient", params: { required: 12, actual: 0 } },
        { id: "L5-2", met: false, reasonCode: "apprenticeship-not-completed", params: {} },
      ],
    });
  });

  it("L5-1 boundary: 11 months no, 12 months yes", () => {
    expect(evaluateEligibility(base({ workMonths: 11 }), NOW).eligible).toBe(false);
    const r = evaluateEligibility(base({ workMonths: 12 }), NOW);
    expect(r.eligible).toBe(true);
    expect(r.metRuleIds).toEqual(["L5-1"]);
    expect(rule(r, "L5-1")).toEqual({ id: "L5-1", met: true, reasonCode: "work-months-met", params: { required: 12, actual: 12 } });
  });

  it("L5-2: apprenticeship completed", () => {
    const r = evaluateEligibility(base({ apprenticeshipCompleted: true }), NOW);
    expect(r.metRuleIds).toEqual(["L5-2"]);
    expect(rule(r, "L5-2")?.reasonCode).toBe("apprenticeship-completed");
  });

  it("related occupation accepted, this occupation accepted, trimmed", () => {
    expect(evaluateEligibility(base({ workMonths: 12, occupation: "电子商务师" }), NOW).eligible).toBe(true);
    expect(evaluateEligibility(base({ workMonths: 12, occupation: " 易货师 " }), NOW).eligible).toBe(true);
    for (const occupation of standard.eligibility.relatedOccupations)
      expect(evaluateEligibility(base({ workMonths: 12, occupation }), NOW).eligible, occupation).toBe(true);
  });

  it("unrelated occupation: work-based rules report it instead of passing", () => {
    const r = evaluateEligibility(base({ workMonths: 120, apprenticeshipCompleted: true, occupation: "厨师" }), NOW);
    expect(r.eligible).toBe(false);
    for (const id of ["L5-1", "L5-2"])
      expect(rule(r, id)).toEqual({ id, met: false, reasonCode: "occupation-not-related", params: { occupation: "厨师" } });
  });
});

describe("evaluateEligibility — level 4", () => {
  const l4 = (over: Partial<EligibilityInput> = {}) => base({ level: "4", ...over });

  it("only level-4 rules are reported", () => {
    expect(evaluateEligibility(l4(), NOW).rules.map((r) => r.id)).toEqual(["L4-1", "L4-2", "L4-3"]);
  });

  it("L4-1: needs the level-5 certificate, then 47 months no, 48 yes", () => {
    const noCert = evaluateEligibility(l4({ workMonthsAfterLevel5Certificate: 100 }), NOW);
    expect(rule(noCert, "L4-1")).toMatchObject({ met: false, reasonCode: "level5-certificate-missing" });
    const r47 = evaluateEligibility(l4({ level5CertificateHeld: true, workMonthsAfterLevel5Certificate: 47, workMonths: 47 }), NOW);
    expect(r47.eligible).toBe(false);
    expect(rule(r47, "L4-1")).toEqual({ id: "L4-1", met: false, reasonCode: "work-after-certificate-insufficient", params: { required: 48, actual: 47 } });
    const r48 = evaluateEligibility(l4({ level5CertificateHeld: true, workMonthsAfterLevel5Certificate: 48, workMonths: 48 }), NOW);
    expect(r48.metRuleIds).toEqual(["L4-1"]);
    expect(rule(r48, "L4-1")?.reasonCode).toBe("work-after-certificate-met");
  });

  it("L4-2: 71 months no, 72 yes", () => {
    const r71 = evaluateEligibility(l4({ workMonths: 71 }), NOW);
    expect(r71.eligible).toBe(false);
    expect(rule(r71, "L4-2")).toEqual({ id: "L4-2", met: false, reasonCode: "work-months-insufficient", params: { required: 72, actual: 71 } });
    expect(evaluateEligibility(l4({ workMonths: 72 }), NOW).metRuleIds).toEqual(["L4-2"]);
  });

  it("work-based level-4 rules reject an unrelated occupation; the school rule does not depend on it", () => {
    const r = evaluateEligibility(
      l4({ occupation: "厨师", workMonths: 100, level5CertificateHeld: true, workMonthsAfterLevel5Certificate: 60, school: school() }),
      NOW,
    );
    expect(rule(r, "L4-1")?.reasonCode).toBe("occupation-not-related");
    expect(rule(r, "L4-2")?.reasonCode).toBe("occupation-not-related");
    expect(r.metRuleIds).toEqual(["L4-3"]);
  });

  it("L4-3: graduates of a technical school or an evaluated vocational school in a related major", () => {
    for (const kind of ["technical-school", "vocational-school-evaluated"] as const)
      for (const major of standard.eligibility.relatedMajors) {
        const r = evaluateEligibility(l4({ school: school({ kind, major }) }), NOW);
        expect(rule(r, "L4-3"), `${kind} ${major}`).toEqual({ id: "L4-3", met: true, reasonCode: "graduated", params: { graduationYear: 2020 } });
      }
    expect(rule(evaluateEligibility(l4({ school: school({ major: "  国际贸易 " }) }), NOW), "L4-3")?.met).toBe(true);
  });

  it("L4-3: no school, other school kind, unrelated major", () => {
    expect(rule(evaluateEligibility(l4(), NOW), "L4-3")).toEqual({ id: "L4-3", met: false, reasonCode: "school-missing", params: {} });
    expect(rule(evaluateEligibility(l4({ school: school({ kind: "other" }) }), NOW), "L4-3")).toMatchObject({
      met: false,
      reasonCode: "school-kind-not-eligible",
    });
    expect(rule(evaluateEligibility(l4({ school: school({ major: "烹饪" }) }), NOW), "L4-3")).toEqual({
      id: "L4-3",
      met: false,
      reasonCode: "major-not-related",
      params: { major: "烹饪" },
    });
    // Exact match only: a near name is not silently accepted (an admin override handles it).
    expect(rule(evaluateEligibility(l4({ school: school({ major: "电子商务技术" }) }), NOW), "L4-3")?.reasonCode).toBe("major-not-related");
  });

  it("L4-3: a 'graduated' flag with a future year is not accepted", () => {
    const r = evaluateEligibility(l4({ school: school({ graduationYear: 2026 }) }), NOW);
    expect(rule(r, "L4-3")).toMatchObject({ met: false, reasonCode: "graduation-year-in-future" });
  });

  it("L4-3 应届: final-year students graduating this school year", () => {
    const student = (graduationYear: number) => l4({ school: school({ graduated: false, graduationYear }) });
    expect(rule(evaluateEligibility(student(2025), NOW), "L4-3")).toEqual({
      id: "L4-3",
      met: true,
      reasonCode: "final-year-student",
      params: { graduationYear: 2025, finalYear: 2025 },
    });
    expect(rule(evaluateEligibility(student(2026), NOW), "L4-3")).toMatchObject({ met: false, reasonCode: "not-final-year" });
    expect(rule(evaluateEligibility(student(2024), NOW), "L4-3")).toMatchObject({ met: false, reasonCode: "not-final-year" });
  });

  it("应届 boundary: 31 August vs 1 September, in Asia/Shanghai time", () => {
    const lastAug = new Date("2025-08-31T15:59:59Z"); // 2025-08-31 23:59:59 in Shanghai
    const firstSep = new Date("2025-08-31T16:00:00Z"); // 2025-09-01 00:00:00 in Shanghai
    expect(finalYearGraduationYear(lastAug)).toBe(2025);
    expect(finalYearGraduationYear(firstSep)).toBe(2026);
    const student = (graduationYear: number) => base({ level: "4", school: school({ graduated: false, graduationYear }) });
    expect(evaluateEligibility(student(2025), lastAug).eligible).toBe(true);
    expect(evaluateEligibility(student(2026), lastAug).eligible).toBe(false);
    expect(evaluateEligibility(student(2025), firstSep).eligible).toBe(false);
    expect(evaluateEligibility(student(2026), firstSep).eligible).toBe(true);
    // New year's eve in UTC is already 1 January in Shanghai.
    expect(finalYearGraduationYear(new Date("2025-12-31T16:30:00Z"))).toBe(2026);
    expect(finalYearGraduationYear(new Date("2026-01-01T00:00:00+08:00"))).toBe(2026);
    expect(finalYearGraduationYear(new Date("2026-03-01T00:00:00+08:00"))).toBe(2026);
  });

  it("several rules met: all listed", () => {
    const r = evaluateEligibility(
      l4({ workMonths: 80, level5CertificateHeld: true, workMonthsAfterLevel5Certificate: 50, school: school() }),
      NOW,
    );
    expect(r.metRuleIds).toEqual(["L4-1", "L4-2", "L4-3"]);
  });

  it("is pure: same input and now give the same result, input untouched", () => {
    const input = l4({ workMonths: 72, school: school() });
    const copy = structuredClone(input);
    expect(evaluateEligibility(input, NOW)).toEqual(evaluateEligibility(input, NOW));
    expect(input).toEqual(copy);
  });

  it("rejects invalid input", () => {
    expect(() => evaluateEligibility(base({ workMonths: -1 }), NOW)).toThrow();
  });
});

describe("eligibility rules as data", () => {
  it("one rule per numbered condition of 1.8.1", () => {
    expect(standard.eligibility.rules.map((r) => [r.id, r.level, r.number])).toEqual([
      ["L5-1", "5", 1],
      ["L5-2", "5", 2],
      ["L4-1", "4", 1],
      ["L4-2", "4", 2],
      ["L4-3", "4", 3],
    ]);
  });

  it("summaries for display", () => {
    expect(eligibilitySummary("4")).toBe("4 级需：5 级证书且本职业工作满 4 年，或工作满 6 年，或相关专业毕业（含应届）");
    expect(eligibilitySummary("5")).toBe("5 级需：本职业或相关职业工作满 1 年，或学徒期满");
  });
});
