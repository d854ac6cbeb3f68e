// Generators of valid item and task banks for the exam tests (seeded, reproducible).
import { applicableContents, standard, type DutyCode, type LevelCode, type TrackCode } from "@/standard";
import { createRng, pick, type Rng } from "@/exam/random";
import {
  ItemVersionSchema,
  TaskVersionSchema,
  type ItemStatus,
  type ItemTag,
  type ItemType,
  type ItemVersion,
  type TaskVersion,
} from "@/exam/types";

export const BASICS_CODES = Array.from({ length: 11 }, (_, i) => `2.2.${i + 1}`);

export interface ItemOptions {
  id: string;
  type?: ItemType;
  tag?: ItemTag;
  levels?: LevelCode[];
  tracks?: TrackCode[];
  status?: ItemStatus;
  difficulty?: number;
  version?: number;
}

/** One valid item version (validated with the schema). */
export function makeItem(o: ItemOptions): ItemVersion {
  const type = o.type ?? "single";
  const options =
    type === "true-false"
      ? [
          { key: "A" as const, text: "对" },
          { key: "B" as const, text: "错" },
        ]
      : (["A", "B", "C", "D"] as const).map((key) => ({ key, text: `选项 ${key}` }));
  const answer = type === "multiple" ? (["A", "C"] as const) : (["A"] as const);
  const version = o.version ?? 1;
  return ItemVersionSchema.parse({
    itemId: o.id,
    versionId: `${o.id}@v${version}`,
    version,
    type,
    stem: `题干 ${o.id}`,
    options,
    answer: [...answer],
    levels: o.levels ?? ["5"],
    tracks: o.tracks ?? ["online-merchant", "cross-border"],
    tag: o.tag ?? { kind: "ethics" },
    difficulty: o.difficulty ?? 3,
    explanation: "",
    status: o.status ?? "active",
  });
}

/** Knowledge tags that exist in the standard for a level and track (incl. level 5 for level 4). */
export function knowledgeTags(level: LevelCode, track: TrackCode, duty?: DutyCode): Array<Extract<ItemTag, { kind: "knowledge" }>> {
  return applicableContents(level, track)
    .filter((c) => duty === undefined || c.duty === duty)
    .flatMap((c) => c.knowledge.map((k) => ({ kind: "knowledge" as const, level: c.level, code: k.code })));
}

/** A bank for one (level, track) with `perCell` items in every (area, type), spread over real tags. */
export function bankFor(level: LevelCode, track: TrackCode, perCell: number, seed = "bank"): ItemVersion[] {
  const rng = createRng(seed);
  const items: ItemVersion[] = [];
  let n = 0;
  const types: ItemType[] = ["true-false", "single", "multiple"];
  const areaTags: Array<() => ItemTag> = [
    () => ({ kind: "ethics" }),
    () => ({ kind: "basics", code: pick(BASICS_CODES, rng) }),
    ...(["1", "2", "3", "4", "5", "6"] as const)
      .filter((d) => knowledgeTags(level, track, d).length > 0)
      .map((d) => () => pick(knowledgeTags(level, track, d), rng) as ItemTag),
  ];
  for (const tagOf of areaTags)
    for (const type of types)
      for (let i = 0; i < perCell; i++) {
        const tag = tagOf();
        const levels: LevelCode[] = tag.kind === "knowledge" ? [tag.level] : [level];
        items.push(makeItem({ id: `q${++n}`, type, tag, levels, tracks: [track], difficulty: 1 + rng.int(5) }));
      }
  return items;
}

/** A random bank over all levels, tracks, statuses and tags (for property tests). */
export function randomBank(rng: Rng, size: number): ItemVersion[] {
  const items: ItemVersion[] = [];
  const statuses: ItemStatus[] = ["active", "active", "active", "active", "draft", "retired"];
  const types: ItemType[] = ["true-false", "single", "single", "single", "multiple"];
  for (let i = 0; i < size; i++) {
    const r = rng.int(10);
    let tag: ItemTag;
    let levels: LevelCode[];
    let tracks: TrackCode[];
    if (r === 0) {
      tag = { kind: "ethics" };
      levels = pick([["5"], ["4"], ["5", "4"]] as LevelCode[][], rng);
      tracks = pick([["online-merchant"], ["cross-border"], ["online-merchant", "cross-border"]] as TrackCode[][], rng);
    } else if (r <= 3) {
      tag = { kind: "basics", code: pick(BASICS_CODES, rng) + (rng.int(2) === 0 ? "" : `.${1 + rng.int(3)}`) };
      levels = pick([["5"], ["4"], ["5", "4"]] as LevelCode[][], rng);
      tracks = pick([["online-merchant"], ["cross-border"], ["online-merchant", "cross-border"]] as TrackCode[][], rng);
    } else {
      const c = pick(standard.workContents, rng);
      const k = pick(c.knowledge, rng);
      tag = { kind: "knowledge", level: c.level, code: k.code };
      levels = [c.level];
      tracks = [...c.tracks];
    }
    items.push(
      makeItem({
        id: `r${i}`,
        type: pick(types, rng),
        tag,
        levels,
        tracks,
        status: pick(statuses, rng),
        difficulty: 1 + rng.int(5),
      }),
    );
  }
  return items;
}

export interface TaskOptions {
  id: string;
  level: LevelCode;
  duty: DutyCode;
  points: number;
  tracks?: TrackCode[];
  minutes?: number;
  status?: ItemStatus;
  skills?: string[];
}

export function makeTask(o: TaskOptions): TaskVersion {
  const half = Math.floor(o.points / 2);
  const rubric =
    half > 0
      ? [
          { id: "c1", title: "完成度", points: half, descriptors: "按要求完成" },
          { id: "c2", title: "规范性", points: o.points - half, descriptors: "操作规范" },
        ]
      : [{ id: "c1", title: "完成度", points: o.points, descriptors: "按要求完成" }];
  return TaskVersionSchema.parse({
    taskId: o.id,
    versionId: `${o.id}@v1`,
    version: 1,
    title: `实操 ${o.id}`,
    level: o.level,
    tracks: o.tracks ?? ["online-merchant", "cross-border"],
    duty: o.duty,
    skills: o.skills ?? [`${o.duty}.1.1`],
    instructions: "按说明操作",
    materials: [],
    minutes: o.minutes ?? 15,
    points: o.points,
    rubric,
    status: o.status ?? "active",
  });
}

/** Skill codes of a level, track and duty that exist in the standard. */
export function skillCodes(level: LevelCode, track: TrackCode, duty: DutyCode): string[] {
  return standard.workContents
    .filter((c) => c.level === level && c.tracks.includes(track) && c.duty === duty)
    .flatMap((c) => c.skills.map((s) => s.code));
}

/** A task bank over both levels and tracks: per duty one retired task, then 5, 10, 15, 20 and random 5..20 points. */
export function taskBank(seed: string, perDuty = 8): TaskVersion[] {
  const rng = createRng(seed);
  const tasks: TaskVersion[] = [];
  let n = 0;
  for (const level of ["5", "4"] as const)
    for (const track of ["online-merchant", "cross-border"] as const)
      for (const duty of ["1", "2", "3", "4", "5", "6"] as const) {
        const codes = skillCodes(level, track, duty);
        if (codes.length === 0) continue;
        for (let i = 0; i < perDuty; i++)
          tasks.push(
            makeTask({
              id: `t${++n}`,
              level,
              duty,
              tracks: [track],
              points: [5, 10, 15, 20][i - 1] ?? pick([5, 5, 10, 10, 15, 20], rng),
              minutes: 10 + 5 * rng.int(4),
              status: i === 0 ? "retired" : "active",
              skills: [pick(codes, rng), pick(codes, rng)].filter((c, j, a) => a.indexOf(c) === j),
            }),
          );
      }
  return tasks;
}
