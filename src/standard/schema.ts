// Zod schemas for the encoded occupational standard (电子商务师职业技能标准, 2022).
// Every type used by the rest of the app is `z.infer` of a schema here.
// Pure module: no I/O, no framework imports.
import { z } from "zod";

// ---------------------------------------------------------------------------
// Codes
// ---------------------------------------------------------------------------

/** Skill level: "5" = 五级/初级工 (entry), "4" = 四级/中级工 (intermediate). */
export const LevelCodeSchema = z.enum(["5", "4"]);
export type LevelCode = z.infer<typeof LevelCodeSchema>;
export const LEVEL_CODES = LevelCodeSchema.options;

/** Track (工种): "online-merchant" = 网商, "cross-border" = 跨境电子商务师. */
export const TrackCodeSchema = z.enum(["online-merchant", "cross-border"]);
export type TrackCode = z.infer<typeof TrackCodeSchema>;
export const TRACK_CODES = TrackCodeSchema.options;

/** Duty (职业功能) number, 1..6. */
export const DutyCodeSchema = z.enum(["1", "2", "3", "4", "5", "6"]);
export type DutyCode = z.infer<typeof DutyCodeSchema>;
export const DUTY_CODES = DutyCodeSchema.options;

/** Weight-table area: 职业道德, 基础知识, or a duty 1..6. */
export const AreaCodeSchema = z.enum(["ethics", "basics", "1", "2", "3", "4", "5", "6"]);
export type AreaCode = z.infer<typeof AreaCodeSchema>;
export const AREA_CODES = AreaCodeSchema.options;

/** Item kind: 技能要求 (skill) or 相关知识要求 (knowledge). */
export const ItemKindSchema = z.enum(["skill", "knowledge"]);
export type ItemKind = z.infer<typeof ItemKindSchema>;
export const ITEM_KINDS = ItemKindSchema.options;

/** Weight-table kind: 理论知识 (theory) or 技能要求 (skill). */
export const WeightKindSchema = z.enum(["theory", "skill"]);
export type WeightKind = z.infer<typeof WeightKindSchema>;

/** Assessment mode (1.8.2): 理论知识考试, 技能考核, 综合评审. */
export const AssessmentModeSchema = z.enum(["theory", "skill", "review"]);
export type AssessmentMode = z.infer<typeof AssessmentModeSchema>;

export const VenueCodeSchema = z.enum([
  "standard-classroom",
  "computer-room",
  "lan-internet-computer-room",
  "meeting-room",
]);
export type VenueCode = z.infer<typeof VenueCodeSchema>;

const text = z.string().min(1).refine((s) => s === s.trim(), "no leading/trailing whitespace");
const workContentCode = z.string().regex(/^[1-6]\.[1-9]\d*$/, "work content code x.y");
const itemCode = z.string().regex(/^[1-6]\.[1-9]\d*\.[1-9]\d*$/, "item code x.y.z");

// ---------------------------------------------------------------------------
// Section 1: profile (职业概况)
// ---------------------------------------------------------------------------

export const LevelSchema = z.object({
  code: LevelCodeSchema,
  name: text, // 五级/初级工
  trainingHours: z.number().int().positive(), // 1.7 培训参考学时
});
export type Level = z.infer<typeof LevelSchema>;

export const TrackSchema = z.object({
  code: TrackCodeSchema,
  name: text, // 网商 / 跨境电子商务师
});
export type Track = z.infer<typeof TrackSchema>;

export const AssessmentModeInfoSchema = z.object({
  mode: AssessmentModeSchema,
  name: text, // 理论知识考试 …
  methods: z.array(text).min(1), // 笔试、机考 …
  methodsText: text, // the sentence of 1.8.2 describing this mode, verbatim
  /** Whether this mode is part of the assessment at the levels this standard covers (5, 4). */
  requiredAtCoveredLevels: z.boolean(),
});
export type AssessmentModeInfo = z.infer<typeof AssessmentModeInfoSchema>;

export const RatiosSchema = z.object({
  theory: z.object({
    role: z.literal("proctor"),
    maxCandidatesPerStaff: z.number().int().positive(),
    minStaffPerRoom: z.number().int().positive(),
    text,
  }),
  skill: z.object({
    role: z.literal("examiner"),
    maxCandidatesPerStaff: z.number().int().positive(),
    minStaff: z.number().int().positive(),
    oddNumber: z.boolean(),
    text,
  }),
  review: z.object({
    role: z.literal("committee-member"),
    minStaff: z.number().int().positive(),
    oddNumber: z.boolean(),
    text,
  }),
  text, // the whole of 1.8.3, verbatim
});
export type Ratios = z.infer<typeof RatiosSchema>;

const VenueSchema = z.object({ venues: z.array(VenueCodeSchema).min(1), text });
export const VenuesSchema = z.object({
  theory: VenueSchema,
  skill: VenueSchema,
  review: VenueSchema,
  text, // the whole of 1.8.5, verbatim
});
export type Venues = z.infer<typeof VenuesSchema>;

export const ProfileSchema = z.object({
  title: text,
  edition: text,
  issuer: text,
  /** The occupation's name as used throughout (title, footnote "本职业：电子商务师"). */
  occupationName: z.literal("电子商务师"),
  /** What 1.1 literally says ("电子商务"), and its footnote. */
  occupationNameAsWritten: text,
  occupationNameFootnote: text,
  definition: text,
  levels: z.array(LevelSchema).length(2),
  tracks: z.array(TrackSchema).length(2),
  environment: z.object({ text, conditions: z.array(text).min(1) }),
  abilityTraits: z.object({ text, abilities: z.array(text).min(1), health: text }),
  education: text,
  assessment: z.object({
    text, // 1.8.2 first paragraph, verbatim
    modes: z.array(AssessmentModeInfoSchema).length(3),
    passMark: z.number().int(),
    fullMark: z.number().int(),
    passText: text,
  }),
  ratios: RatiosSchema,
  minMinutes: z.object({
    theory: z.number().int().positive(),
    skill: z.number().int().positive(),
    review: z.number().int().positive(),
    text,
  }),
  venues: VenuesSchema,
});
export type Profile = z.infer<typeof ProfileSchema>;

// ---------------------------------------------------------------------------
// 1.8.1 eligibility (申报条件)
// ---------------------------------------------------------------------------

export const EligibilityRuleIdSchema = z.enum(["L5-1", "L5-2", "L4-1", "L4-2", "L4-3"]);
export type EligibilityRuleId = z.infer<typeof EligibilityRuleIdSchema>;

export const EligibilityRuleSchema = z.object({
  id: EligibilityRuleIdSchema,
  level: LevelCodeSchema,
  number: z.number().int().positive(), // (1), (2), (3) in the text
  text, // verbatim, footnote markers (^①…) removed
});
export type EligibilityRule = z.infer<typeof EligibilityRuleSchema>;

export const EligibilitySchema = z.object({
  intro: z.object({ "5": text, "4": text }),
  rules: z.array(EligibilityRuleSchema).length(5),
  /** The occupation itself (footnote "本职业：电子商务师"). */
  thisOccupation: z.literal("电子商务师"),
  relatedOccupations: z.array(text).length(17),
  relatedOccupationsOpen: z.literal(true), // the list ends with 等
  relatedOccupationsText: text,
  /** 本专业或相关专业; the list includes 电子商务 itself. */
  relatedMajors: z.array(text).length(7),
  relatedMajorsOpen: z.literal(true),
  relatedMajorsText: text,
});
export type Eligibility = z.infer<typeof EligibilitySchema>;

// ---------------------------------------------------------------------------
// Section 2: basic requirements (基本要求)
// ---------------------------------------------------------------------------

export const NumberedItemSchema = z.object({
  code: z.string().regex(/^2\.[12]\.\d+\.\d+$/), // derived: group code + "." + (n)
  number: z.number().int().positive(),
  text,
});
export type NumberedItem = z.infer<typeof NumberedItemSchema>;

export const EthicsSchema = z.object({
  code: z.literal("2.1"),
  name: z.literal("职业道德"),
  basicKnowledge: z.object({ code: z.literal("2.1.1"), name: text }),
  codeOfConduct: z.object({
    code: z.literal("2.1.2"),
    name: text,
    items: z.array(NumberedItemSchema).length(4),
  }),
});
export type Ethics = z.infer<typeof EthicsSchema>;

export const BasicKnowledgeGroupSchema = z.object({
  code: z.string().regex(/^2\.2\.\d+$/),
  name: text,
  items: z.array(NumberedItemSchema).min(1),
});
export type BasicKnowledgeGroup = z.infer<typeof BasicKnowledgeGroupSchema>;

// ---------------------------------------------------------------------------
// Section 3: work requirements (工作要求)
// ---------------------------------------------------------------------------

export const DutySchema = z.object({ code: DutyCodeSchema, name: text });
export type Duty = z.infer<typeof DutySchema>;

export const RequirementItemSchema = z.object({ code: itemCode, text });
export type RequirementItem = z.infer<typeof RequirementItemSchema>;

export const WorkContentSchema = z
  .object({
    level: LevelCodeSchema,
    duty: DutyCodeSchema,
    code: workContentCode,
    name: text,
    tracks: z.array(TrackCodeSchema).min(1).max(2),
    skills: z.array(RequirementItemSchema).min(1),
    knowledge: z.array(RequirementItemSchema).min(1),
  })
  .superRefine((c, ctx) => {
    if (!c.code.startsWith(`${c.duty}.`))
      ctx.addIssue({ code: "custom", message: `content ${c.code} is not under duty ${c.duty}` });
    if (new Set(c.tracks).size !== c.tracks.length)
      ctx.addIssue({ code: "custom", message: `content ${c.code}: duplicate track` });
    for (const kind of ["skills", "knowledge"] as const) {
      c[kind].forEach((item, i) => {
        if (item.code !== `${c.code}.${i + 1}`)
          ctx.addIssue({
            code: "custom",
            message: `L${c.level} ${kind} ${item.code}: expected ${c.code}.${i + 1}`,
          });
      });
    }
  });
export type WorkContent = z.infer<typeof WorkContentSchema>;
export type WorkContentInput = z.input<typeof WorkContentSchema>;

/** A row of the weight tables with no weight at these levels (电子商务战略规划 …). */
export const ZeroWeightAreaSchema = z.object({
  name: text,
  group: z.literal("related-knowledge-or-skill"),
  note: text,
});
export type ZeroWeightArea = z.infer<typeof ZeroWeightAreaSchema>;

// ---------------------------------------------------------------------------
// Section 4: weight tables (权重表)
// ---------------------------------------------------------------------------

export const WeightRowSchema = z.object({
  level: LevelCodeSchema,
  track: TrackCodeSchema,
  area: AreaCodeSchema,
  percent: z.number().int().min(0).max(100),
});
export type WeightRow = z.infer<typeof WeightRowSchema>;

function weightTable(kind: WeightKind) {
  return z.array(WeightRowSchema).superRefine((rows, ctx) => {
    for (const level of LEVEL_CODES)
      for (const track of TRACK_CODES) {
        let sum = 0;
        for (const area of AREA_CODES) {
          const hits = rows.filter((r) => r.level === level && r.track === track && r.area === area);
          if (hits.length !== 1)
            ctx.addIssue({
              code: "custom",
              message: `${kind} L${level} ${track} ${area}: ${hits.length} rows, expected 1`,
            });
          sum += hits[0]?.percent ?? 0;
        }
        if (sum !== 100)
          ctx.addIssue({ code: "custom", message: `${kind} L${level} ${track}: sums to ${sum}` });
      }
  });
}

export const WeightsSchema = z.object({
  theory: weightTable("theory"),
  skill: weightTable("skill"),
});
export type Weights = z.infer<typeof WeightsSchema>;

export const AreaSchema = z.object({ code: AreaCodeSchema, name: text });
export type Area = z.infer<typeof AreaSchema>;

// ---------------------------------------------------------------------------
// The whole standard
// ---------------------------------------------------------------------------

export const StandardSchema = z
  .object({
    profile: ProfileSchema,
    eligibility: EligibilitySchema,
    ethics: EthicsSchema,
    basics: z.array(BasicKnowledgeGroupSchema).length(11),
    duties: z.array(DutySchema).length(6),
    areas: z.array(AreaSchema).length(8),
    workContents: z.array(WorkContentSchema).min(1),
    zeroWeightAreas: z.array(ZeroWeightAreaSchema).length(3),
    weights: WeightsSchema,
  })
  .superRefine((s, ctx) => {
    const seen = new Set<string>();
    for (const c of s.workContents) {
      const key = `${c.level}/${c.code}`;
      if (seen.has(key)) ctx.addIssue({ code: "custom", message: `duplicate work content ${key}` });
      seen.add(key);
    }
    s.basics.forEach((g, i) => {
      if (g.code !== `2.2.${i + 1}`)
        ctx.addIssue({ code: "custom", message: `basics group ${g.code}: expected 2.2.${i + 1}` });
      g.items.forEach((item, j) => {
        if (item.number !== j + 1 || item.code !== `${g.code}.${j + 1}`)
          ctx.addIssue({ code: "custom", message: `basics item ${item.code}: out of sequence` });
      });
    });
  });
export type Standard = z.infer<typeof StandardSchema>;
export type StandardInput = z.input<typeof StandardSchema>;

// ---------------------------------------------------------------------------
// Eligibility evaluation input/output (1.8.1)
// ---------------------------------------------------------------------------

export const SchoolKindSchema = z.enum(["technical-school", "vocational-school-evaluated", "other"]);
export type SchoolKind = z.infer<typeof SchoolKindSchema>;

export const EligibilityInputSchema = z.object({
  level: LevelCodeSchema,
  /** The occupation worked in (for work-based rules). */
  occupation: z.string().optional(),
  /** Cumulative months in this or a related occupation. */
  workMonths: z.number().min(0),
  apprenticeshipCompleted: z.boolean(),
  /** Level-5 certificate in this or a related occupation. */
  level5CertificateHeld: z.boolean(),
  workMonthsAfterLevel5Certificate: z.number().min(0),
  school: z
    .object({
      kind: SchoolKindSchema,
      major: z.string(),
      graduationYear: z.number().int(),
      graduated: z.boolean(),
    })
    .optional(),
});
export type EligibilityInput = z.infer<typeof EligibilityInputSchema>;

export const EligibilityReasonCodeSchema = z.enum([
  "work-months-met",
  "work-months-insufficient",
  "occupation-not-related",
  "apprenticeship-completed",
  "apprenticeship-not-completed",
  "level5-certificate-missing",
  "work-after-certificate-met",
  "work-after-certificate-insufficient",
  "school-missing",
  "school-kind-not-eligible",
  "major-not-related",
  "graduated",
  "graduation-year-in-future",
  "final-year-student",
  "not-final-year",
]);
export type EligibilityReasonCode = z.infer<typeof EligibilityReasonCodeSchema>;

export const EligibilityRuleResultSchema = z.object({
  id: EligibilityRuleIdSchema,
  met: z.boolean(),
  reasonCode: EligibilityReasonCodeSchema,
  params: z.record(z.string(), z.union([z.number(), z.string()])),
});
export type EligibilityRuleResult = z.infer<typeof EligibilityRuleResultSchema>;

export const EligibilityResultSchema = z.object({
  eligible: z.boolean(),
  metRuleIds: z.array(EligibilityRuleIdSchema),
  rules: z.array(EligibilityRuleResultSchema),
});
export type EligibilityResult = z.infer<typeof EligibilityResultSchema>;
