// 1.8.1 申报条件 as a pure function. Returns reason codes + params, never sentences:
// the UI renders them through i18n. See docs/standard.md for the readings used.
import {
  EligibilityInputSchema,
  type EligibilityInput,
  type EligibilityResult,
  type EligibilityRuleResult,
  type Eligibility,
  type LevelCode,
} from "./schema";

/** Months of work required by the work-based rules. */
export const ELIGIBILITY_THRESHOLDS = {
  /** L5-1: 累计工作 1 年（含）以上 */
  level5WorkMonths: 12,
  /** L4-1: 五级证书后累计工作 4 年（含）以上 */
  level4WorkMonthsAfterCertificate: 48,
  /** L4-2: 累计工作 6 年（含）以上 */
  level4WorkMonths: 72,
} as const;

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000; // Asia/Shanghai is UTC+8 with no DST (since 1991)

/** Calendar year and month (1–12) of `now` in Asia/Shanghai. */
export function shanghaiYearMonth(now: Date): { year: number; month: number } {
  const shifted = new Date(now.getTime() + SHANGHAI_OFFSET_MS);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1 };
}

/**
 * The graduation year of the current final-year class (应届毕业生) at `now`:
 * the Shanghai calendar year up to and including 31 August, the following year from 1 September
 * (the Chinese school year starts in September).
 */
export function finalYearGraduationYear(now: Date): number {
  const { year, month } = shanghaiYearMonth(now);
  return month >= 9 ? year + 1 : year;
}

export function makeEligibilityEvaluator(data: Eligibility) {
  const occupations = new Set([data.thisOccupation, ...data.relatedOccupations]);
  const majors = new Set(data.relatedMajors);

  /** 电子商务师 or one of the listed related occupations (exact match after trimming). */
  const isRelatedOccupation = (occupation: string): boolean => occupations.has(occupation.trim());
  /** 电子商务 or one of the listed related majors (exact match after trimming). */
  const isRelatedMajor = (major: string): boolean => majors.has(major.trim());

  function evaluateEligibility(rawInput: EligibilityInput, now: Date): EligibilityResult {
    const input = EligibilityInputSchema.parse(rawInput);
    const T = ELIGIBILITY_THRESHOLDS;
    const occupationBad =
      input.occupation !== undefined && !isRelatedOccupation(input.occupation)
        ? ({ met: false, reasonCode: "occupation-not-related", params: { occupation: input.occupation } } as const)
        : undefined;

    const workRule = (id: EligibilityRuleResult["id"], required: number): EligibilityRuleResult =>
      occupationBad
        ? { id, ...occupationBad }
        : {
            id,
            met: input.workMonths >= required,
            reasonCode: input.workMonths >= required ? "work-months-met" : "work-months-insufficient",
            params: { required, actual: input.workMonths },
          };

    const rules: EligibilityRuleResult[] = [];
    if (input.level === "5") {
      rules.push(workRule("L5-1", T.level5WorkMonths));
      rules.push(
        occupationBad
          ? { id: "L5-2", ...occupationBad }
          : {
              id: "L5-2",
              met: input.apprenticeshipCompleted,
              reasonCode: input.apprenticeshipCompleted ? "apprenticeship-completed" : "apprenticeship-not-completed",
              params: {},
            },
      );
    } else {
      const required = T.level4WorkMonthsAfterCertificate;
      const actual = input.workMonthsAfterLevel5Certificate;
      rules.push(
        occupationBad
          ? { id: "L4-1", ...occupationBad }
          : !input.level5CertificateHeld
            ? { id: "L4-1", met: false, reasonCode: "level5-certificate-missing", params: {} }
            : {
                id: "L4-1",
                met: actual >= required,
                reasonCode: actual >= required ? "work-after-certificate-met" : "work-after-certificate-insufficient",
                params: { required, actual },
              },
      );
      rules.push(workRule("L4-2", T.level4WorkMonths));
      rules.push(schoolRule(input, now));
    }
    const metRuleIds = rules.filter((r) => r.met).map((r) => r.id);
    return { eligible: metRuleIds.length > 0, metRuleIds, rules };
  }

  function schoolRule(input: EligibilityInput, now: Date): EligibilityRuleResult {
    const id = "L4-3";
    const school = input.school;
    if (!school) return { id, met: false, reasonCode: "school-missing", params: {} };
    if (school.kind === "other") return { id, met: false, reasonCode: "school-kind-not-eligible", params: { kind: school.kind } };
    if (!isRelatedMajor(school.major)) return { id, met: false, reasonCode: "major-not-related", params: { major: school.major } };
    const currentYear = shanghaiYearMonth(now).year;
    if (school.graduated) {
      return school.graduationYear <= currentYear
        ? { id, met: true, reasonCode: "graduated", params: { graduationYear: school.graduationYear } }
        : { id, met: false, reasonCode: "graduation-year-in-future", params: { graduationYear: school.graduationYear, currentYear } };
    }
    const finalYear = finalYearGraduationYear(now);
    return school.graduationYear === finalYear
      ? { id, met: true, reasonCode: "final-year-student", params: { graduationYear: school.graduationYear, finalYear } }
      : { id, met: false, reasonCode: "not-final-year", params: { graduationYear: school.graduationYear, finalYear } };
  }

  return { evaluateEligibility, isRelatedOccupation, isRelatedMajor };
}

const SUMMARIES: Record<LevelCode, string> = {
  "5": "5 级需：本职业或相关职业工作满 1 年，或学徒期满",
  "4": "4 级需：5 级证书且本职业工作满 4 年，或工作满 6 年，或相关专业毕业（含应届）",
};

/** The standard's eligibility rules for a level, summarised in Chinese for display. */
export function eligibilitySummary(level: LevelCode): string {
  return SUMMARIES[level];
}
