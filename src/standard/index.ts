// Public API of the encoded standard (电子商务师职业技能标准, 2022).
// Pure: the only work at module load is validating the data with the zod schema, so an
// encoding error throws on import. Never import next, react, prisma or src/server here.
import { standardData } from "./data/index";
import { eligibilitySummary, makeEligibilityEvaluator } from "./eligibility";
import {
  AREA_CODES,
  LEVEL_CODES,
  StandardSchema,
  TRACK_CODES,
  type AreaCode,
  type ItemKind,
  type LevelCode,
  type Standard,
  type TrackCode,
  type WeightKind,
  type WorkContent,
} from "./schema";

export * from "./schema";
export { eligibilitySummary, finalYearGraduationYear, shanghaiYearMonth, ELIGIBILITY_THRESHOLDS } from "./eligibility";

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** The whole standard, validated at module load and deeply frozen. */
export const standard: Standard = deepFreeze(StandardSchema.parse(standardData));

/** Levels a candidate of `level` answers for (高级别涵盖低级别), lowest first. */
export function coveredLevels(level: LevelCode): LevelCode[] {
  return level === "4" ? ["5", "4"] : ["5"];
}

/**
 * The work contents a candidate of this level and track is answerable for: the contents of
 * the track at this level and, for level 4, at level 5 too. Ordered by level (5 first), then as in
 * the text. Each content carries its own `level`.
 */
export function applicableContents(level: LevelCode, track: TrackCode): WorkContent[] {
  const levels = coveredLevels(level);
  return levels.flatMap((l) => standard.workContents.filter((c) => c.level === l && c.tracks.includes(track)));
}

/** Work contents of exactly one level (all tracks), in text order. */
export function contentsOfLevel(level: LevelCode): WorkContent[] {
  return standard.workContents.filter((c) => c.level === level);
}

/** Weight (percent) per area for a table, level and track. Areas without weight are 0. */
export function weightsFor(kind: WeightKind, level: LevelCode, track: TrackCode): Record<AreaCode, number> {
  const out = Object.fromEntries(AREA_CODES.map((a) => [a, 0])) as Record<AreaCode, number>;
  for (const r of standard.weights[kind]) if (r.level === level && r.track === track) out[r.area] = r.percent;
  return out;
}

export interface FoundItem {
  level: LevelCode;
  kind: ItemKind;
  code: string;
  text: string;
  duty: WorkContent["duty"];
  workContentCode: string;
  workContentName: string;
  tracks: TrackCode[];
}

/** An item's identity is level + kind + code (skill and knowledge items share numbers). */
export function findItem(level: LevelCode, kind: ItemKind, code: string): FoundItem | undefined {
  for (const c of standard.workContents) {
    if (c.level !== level || !code.startsWith(`${c.code}.`)) continue;
    const item = (kind === "skill" ? c.skills : c.knowledge).find((i) => i.code === code);
    if (item)
      return {
        level,
        kind,
        code: item.code,
        text: item.text,
        duty: c.duty,
        workContentCode: c.code,
        workContentName: c.name,
        tracks: [...c.tracks],
      };
  }
  return undefined;
}

const evaluator = makeEligibilityEvaluator(standard.eligibility);
/** Evaluates 1.8.1 申报条件 for one level. Pure: `now` decides the 应届 graduation year. */
export const evaluateEligibility = evaluator.evaluateEligibility;
export const isRelatedOccupation = evaluator.isRelatedOccupation;
export const isRelatedMajor = evaluator.isRelatedMajor;

/** The open-data export (plain JSON). `GET /api/standard` and `npm run -s standard:json` serve it. */
export function toOpenData() {
  const s = standard;
  const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
  const weightRows = (kind: WeightKind) =>
    LEVEL_CODES.flatMap((level) =>
      TRACK_CODES.flatMap((track) => {
        const w = weightsFor(kind, level, track);
        return AREA_CODES.map((area) => ({ level, track, area, percent: w[area] }));
      }),
    );
  return clone({
    format: "skills-standard/v1",
    source: { title: s.profile.title, edition: s.profile.edition, issuer: s.profile.issuer },
    profile: s.profile,
    levels: s.profile.levels,
    tracks: s.profile.tracks,
    duties: s.duties,
    areas: s.areas,
    ethics: s.ethics,
    basics: s.basics,
    workContents: s.workContents.map((c) => ({
      level: c.level,
      duty: c.duty,
      code: c.code,
      name: c.name,
      tracks: c.tracks,
      skills: c.skills,
      knowledge: c.knowledge,
    })),
    zeroWeightAreas: s.zeroWeightAreas,
    weights: { theory: weightRows("theory"), skill: weightRows("skill") },
    rules: {
      passMark: s.profile.assessment.passMark,
      fullMark: s.profile.assessment.fullMark,
      modes: s.profile.assessment.modes,
      minMinutes: {
        theory: s.profile.minMinutes.theory,
        skill: s.profile.minMinutes.skill,
        review: s.profile.minMinutes.review,
      },
      ratios: s.profile.ratios,
      venues: s.profile.venues,
      higherLevelCoversLower: true,
    },
    eligibility: {
      ...s.eligibility,
      summaries: { "5": eligibilitySummary("5"), "4": eligibilitySummary("4") },
      finalYearRule:
        "应届: graduation year equals the Asia/Shanghai calendar year, or the following year from 1 September",
    },
  });
}
export type OpenData = ReturnType<typeof toOpenData>;
