// Domain types shared by the item bank (src/server/bank), paper and task assembly (src/exam)
// and scoring (src/grading). Pure: no I/O, no framework.
import { z } from "zod";
import { AreaCodeSchema, DutyCodeSchema, LevelCodeSchema, TrackCodeSchema } from "../standard/schema";

export const ItemTypeSchema = z.enum(["true-false", "single", "multiple"]);
export type ItemType = z.infer<typeof ItemTypeSchema>;
export const ITEM_TYPES = ItemTypeSchema.options;

/** Option keys of choice items, in display order. */
export const OptionKeySchema = z.enum(["A", "B", "C", "D", "E", "F", "G", "H"]);
/** The most options an item may have (A–H). */
export const MAX_OPTIONS = OptionKeySchema.options.length;
export type OptionKey = z.infer<typeof OptionKeySchema>;

/**
 * What an item examines, as the standard names it:
 * - ethics: 2.1 职业道德;
 * - basics: a basic-knowledge group 2.2.x (optionally one of its items, 2.2.x.n);
 * - knowledge: a related-knowledge item (相关知识要求) of a level, by code x.y.z.
 */
export const ItemTagSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("ethics") }),
  z.object({ kind: z.literal("basics"), code: z.string().regex(/^2\.2\.\d+(\.\d+)?$/) }),
  z.object({ kind: z.literal("knowledge"), level: LevelCodeSchema, code: z.string().regex(/^[1-6]\.\d+\.\d+$/) }),
]);
export type ItemTag = z.infer<typeof ItemTagSchema>;

/** The blueprint area an item counts towards: ethics, basics, or the duty of its knowledge item. */
export function areaOfTag(tag: ItemTag): z.infer<typeof AreaCodeSchema> {
  if (tag.kind === "ethics") return "ethics";
  if (tag.kind === "basics") return "basics";
  return DutyCodeSchema.parse(tag.code.split(".")[0]);
}

/** A key that identifies the knowledge point an item covers (for spreading within an area). */
export function knowledgePointOfTag(tag: ItemTag): string {
  if (tag.kind === "ethics") return "ethics";
  if (tag.kind === "basics") return tag.code.split(".").slice(0, 3).join(".");
  return `${tag.level}:${tag.code}`;
}

export const ItemStatusSchema = z.enum(["draft", "active", "retired"]);
export type ItemStatus = z.infer<typeof ItemStatusSchema>;

/**
 * One version of a theory item, as assembly and scoring see it. `answer` holds option keys
 * ("A", or "A","C" for multiple choice); a true/false item has options A=对 (true), B=错 (false).
 */
export const ItemVersionSchema = z.object({
  itemId: z.string(),
  versionId: z.string(),
  version: z.number().int().positive(),
  type: ItemTypeSchema,
  stem: z.string().min(1),
  options: z.array(z.object({ key: OptionKeySchema, text: z.string().min(1) })).min(2).max(MAX_OPTIONS),
  answer: z.array(OptionKeySchema).min(1),
  levels: z.array(LevelCodeSchema).min(1),
  tracks: z.array(TrackCodeSchema).min(1),
  tag: ItemTagSchema,
  difficulty: z.number().int().min(1).max(5),
  explanation: z.string().default(""),
  status: ItemStatusSchema,
});
export type ItemVersion = z.infer<typeof ItemVersionSchema>;

/** A rubric criterion of a skill task: points available and what earns them. */
export const RubricCriterionSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  points: z.number().int().positive(),
  descriptors: z.string().min(1),
});
export type RubricCriterion = z.infer<typeof RubricCriterionSchema>;

/** One version of a practical skill task (实操试题). Points = sum of the rubric's points. */
export const TaskVersionSchema = z
  .object({
    taskId: z.string(),
    versionId: z.string(),
    version: z.number().int().positive(),
    title: z.string().min(1),
    level: LevelCodeSchema,
    tracks: z.array(TrackCodeSchema).min(1),
    duty: DutyCodeSchema,
    /** 技能要求 codes (x.y.z) of `level` that the task assesses. */
    skills: z.array(z.string().regex(/^[1-6]\.\d+\.\d+$/)).min(1),
    instructions: z.string().min(1),
    materials: z.array(z.object({ name: z.string().min(1), description: z.string().default("") })).default([]),
    minutes: z.number().int().positive(),
    points: z.number().int().positive(),
    rubric: z.array(RubricCriterionSchema).min(1),
    status: ItemStatusSchema,
  })
  .refine((t) => t.rubric.reduce((s, c) => s + c.points, 0) === t.points, { message: "rubric points must add up to the task's points" });
export type TaskVersion = z.infer<typeof TaskVersionSchema>;
