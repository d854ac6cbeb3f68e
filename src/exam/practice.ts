// Practice (练习) as pure domain code: what an item may be used for, where it sits in the
// standard (area → work content → knowledge item), the practice tree a candidate drills by, and
// the choice of items for a drill. No I/O, no clock, no Math.random. See docs/practice.md.
import { z } from "zod";
import { applicableContents, standard } from "../standard";
import type { AreaCode, LevelCode, TrackCode } from "../standard/schema";
import { createRng, shuffle } from "./random";
import { areaOfTag, type ItemTag } from "./types";

/**
 * What an item may be used for: "secure" = scheduled exams only (never shown in practice, so
 * practice cannot leak an exam); "practice" = practice and mock exams only (never on a scheduled
 * exam's paper); "both".
 */
export const ItemUseSchema = z.enum(["secure", "practice", "both"]);
export type ItemUse = z.infer<typeof ItemUseSchema>;
export const ITEM_USES = ItemUseSchema.options;

/** The uses an item may have to be drawn for a purpose: exam papers, or practice and mock exams. */
export function usesFor(purpose: "exam" | "practice"): ItemUse[] {
  return purpose === "exam" ? ["secure", "both"] : ["practice", "both"];
}

/**
 * The work content an item trains, as a key: "ethics" (2.1), a basic-knowledge group "2.2.x",
 * or "level:x.y" for a related-knowledge item x.y.z of a level (work contents are numbered per
 * level, so "5:1.2" and "4:1.2" are different contents).
 */
export function contentKeyOfTag(tag: ItemTag): string {
  if (tag.kind === "ethics") return "ethics";
  if (tag.kind === "basics") return tag.code.split(".").slice(0, 3).join(".");
  return `${tag.level}:${tag.code.split(".").slice(0, 2).join(".")}`;
}

/** The knowledge item key of a tag: "ethics", "2.2.x" or "2.2.x.n", or "level:x.y.z". */
export function knowledgeKeyOfTag(tag: ItemTag): string {
  if (tag.kind === "ethics") return "ethics";
  if (tag.kind === "basics") return tag.code;
  return `${tag.level}:${tag.code}`;
}

/** The area of a content key (see contentKeyOfTag). */
export function areaOfContentKey(key: string): AreaCode {
  if (key === "ethics") return "ethics";
  if (key.startsWith("2.2.")) return "basics";
  return key.split(":")[1]!.split(".")[0] as AreaCode;
}

export interface PracticeKnowledge {
  /** knowledgeKeyOfTag form */
  key: string;
  code: string;
  text: string;
}
export interface PracticeContent {
  /** contentKeyOfTag form */
  key: string;
  /** "2.1", "2.2.3", or "1.2" */
  code: string;
  level: LevelCode | null;
  name: string;
  knowledge: PracticeKnowledge[];
}
export interface PracticeArea {
  area: AreaCode;
  contents: PracticeContent[];
}

/**
 * The practice tree of a level and track, from the standard: 职业道德, 基础知识 (its groups 2.2.x
 * as contents), then duties 1..6 with the work contents the candidate answers for (for level 4
 * the level-5 contents too, 高级别涵盖低级别) and their related-knowledge items.
 */
export function practiceTree(level: LevelCode, track: TrackCode): PracticeArea[] {
  const ethics: PracticeArea = {
    area: "ethics",
    contents: [{ key: "ethics", code: standard.ethics.code, level: null, name: standard.ethics.name, knowledge: [] }],
  };
  const basics: PracticeArea = {
    area: "basics",
    contents: standard.basics.map((g) => ({
      key: g.code,
      code: g.code,
      level: null,
      name: g.name,
      knowledge: g.items.map((i) => ({ key: i.code, code: i.code, text: i.text })),
    })),
  };
  const duties: PracticeArea[] = standard.duties.map((d) => ({
    area: d.code,
    contents: applicableContents(level, track)
      .filter((c) => c.duty === d.code)
      .map((c) => ({
        key: `${c.level}:${c.code}`,
        code: c.code,
        level: c.level,
        name: c.name,
        knowledge: c.knowledge.map((k) => ({ key: `${c.level}:${k.code}`, code: k.code, text: k.text })),
      })),
  }));
  return [ethics, basics, ...duties.filter((d) => d.contents.length > 0)];
}

/** What a drill practises: a whole area, one work content, or one knowledge item. */
export const PracticeScopeSchema = z.union([
  z.object({ kind: z.literal("area"), area: z.enum(["ethics", "basics", "1", "2", "3", "4", "5", "6"]) }),
  z.object({ kind: z.literal("content"), content: z.string().min(1).max(20) }),
  z.object({ kind: z.literal("knowledge"), knowledge: z.string().min(1).max(20) }),
]);
export type PracticeScope = z.infer<typeof PracticeScopeSchema>;

/** Whether the scope names a part of this level's and track's practice tree. */
export function scopeExists(scope: PracticeScope, tree: PracticeArea[]): boolean {
  if (scope.kind === "area") return tree.some((a) => a.area === scope.area);
  if (scope.kind === "content") return tree.some((a) => a.contents.some((c) => c.key === scope.content));
  return tree.some((a) => a.contents.some((c) => c.knowledge.some((k) => k.key === scope.knowledge)));
}

/** Whether an item with this tag trains the scope. A basics group includes its numbered items. */
export function tagInScope(tag: ItemTag, scope: PracticeScope): boolean {
  if (scope.kind === "area") return areaOfTag(tag) === scope.area;
  if (scope.kind === "content") return contentKeyOfTag(tag) === scope.content;
  return knowledgeKeyOfTag(tag) === scope.knowledge;
}

/** The candidate's past with one item: when last answered and whether that answer was right. */
export interface ItemHistory {
  lastAnsweredAt: Date;
  lastCorrect: boolean;
}

/**
 * Chooses up to `size` items for a drill, in the order they are asked:
 *   1. items the candidate has never answered,
 *   2. items whose last answer was wrong (oldest first),
 *   3. the rest, answered longest ago first.
 * Within a group the order is a seeded shuffle (same inputs and seed, same drill). One version
 * per itemId is expected in `pool`.
 */
export function chooseDrillItems<T extends { itemId: string }>(options: {
  pool: readonly T[];
  history: ReadonlyMap<string, ItemHistory>;
  size: number;
  seed: string;
}): T[] {
  const rng = createRng(options.seed);
  const fresh: T[] = [];
  const wrong: T[] = [];
  const rest: T[] = [];
  for (const item of [...options.pool].sort((a, b) => (a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0))) {
    const h = options.history.get(item.itemId);
    if (!h) fresh.push(item);
    else if (!h.lastCorrect) wrong.push(item);
    else rest.push(item);
  }
  const when = (item: T) => options.history.get(item.itemId)?.lastAnsweredAt.getTime() ?? 0;
  const byAge = (list: T[]) => shuffle(list, rng).sort((a, b) => when(a) - when(b));
  return [...shuffle(fresh, rng), ...byAge(wrong), ...byAge(rest)].slice(0, Math.max(0, options.size));
}

/**
 * A content key's code and name from the standard: "ethics" → 2.1 职业道德, "2.2.3" → the basics
 * group, "4:1.2" → work content 1.2 of level 4. Undefined for a key the standard does not have.
 */
export function describeContent(key: string): { code: string; name: string; level: LevelCode | null; area: AreaCode } | undefined {
  if (key === "ethics") return { code: standard.ethics.code, name: standard.ethics.name, level: null, area: "ethics" };
  const group = standard.basics.find((g) => g.code === key);
  if (group) return { code: group.code, name: group.name, level: null, area: "basics" };
  const [level, code] = key.split(":");
  const c = standard.workContents.find((w) => w.level === level && w.code === code);
  return c ? { code: c.code, name: c.name, level: c.level, area: c.duty } : undefined;
}

/** Content keys in the standard's order: 职业道德, 基础知识 2.2.1…, then work contents by duty, level 5 before 4, code. */
export function compareContentKeys(a: string, b: string): number {
  const rank = (k: string): [number, number, string] => {
    if (k === "ethics") return [0, 0, ""];
    if (k.startsWith("2.2.")) return [1, Number(k.split(".")[2]), ""];
    const [level, code = ""] = k.split(":");
    const [duty = "9", content = "99"] = code.split(".");
    return [2 + Number(duty), Number(content) * 10 + (level === "5" ? 0 : 1), k];
  };
  const x = rank(a);
  const y = rank(b);
  return x[0] - y[0] || x[1] - y[1] || (x[2] < y[2] ? -1 : x[2] > y[2] ? 1 : 0);
}
