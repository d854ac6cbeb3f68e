import { describe, expect, it } from "vitest";
import { demoItems, demoTasks, type DemoItem } from "@/server/seed/demo-bank";
import { areaOfTag, ItemVersionSchema, TaskVersionSchema } from "@/exam/types";
import {
  AREA_CODES,
  DUTY_CODES,
  findItem,
  LEVEL_CODES,
  TRACK_CODES,
  weightsFor,
  type AreaCode,
  type LevelCode,
  type TrackCode,
} from "@/standard";

const TYPES = ["true-false", "single", "multiple"] as const;

/** Minimum eligible items per type for an area of weight w (two papers must be assembled). */
function minimums(w: number): Record<(typeof TYPES)[number], number> {
  return {
    "true-false": Math.ceil(0.2 * w) + 2,
    single: Math.ceil(0.6 * w) + 3,
    multiple: Math.ceil(0.1 * w) + 2,
  };
}

function eligible(item: DemoItem, level: LevelCode, track: TrackCode): boolean {
  if (!item.tracks.includes(track)) return false;
  return item.levels.includes(level) || (level === "4" && item.levels.includes("5"));
}

const cells = LEVEL_CODES.flatMap((level) => TRACK_CODES.map((track) => ({ level, track })));

describe("demo items (示例题目)", () => {
  it("has items and every one is marked as sample content", () => {
    expect(demoItems.length).toBeGreaterThan(200);
    for (const i of demoItems) expect(i.sample).toBe(true);
  });

  it("every item parses with ItemVersionSchema", () => {
    for (const i of demoItems) {
      const r = ItemVersionSchema.safeParse({ ...i, itemId: i.key, versionId: `${i.key}-v1`, version: 1, status: "active" });
      expect(r.success, `${i.key}: ${r.success ? "" : r.error.message}`).toBe(true);
    }
  });

  it("keys and stems are unique", () => {
    const keys = demoItems.map((i) => i.key);
    expect(new Set(keys).size).toBe(keys.length);
    const stems = demoItems.map((i) => i.stem.trim());
    const dup = stems.filter((s, i) => stems.indexOf(s) !== i);
    expect(dup).toEqual([]);
  });

  it("keys follow the tag (ETH-…, BAS-2.2.x-…, L<level>-x.y.z-…)", () => {
    for (const i of demoItems) {
      const t = i.tag;
      const prefix = t.kind === "ethics" ? "ETH-2.1.2-" : t.kind === "basics" ? `BAS-${t.code}-` : `L${t.level}-${t.code}-`;
      expect(i.key.startsWith(prefix), i.key).toBe(true);
    }
  });

  it("answers and options follow the type rules", () => {
    for (const i of demoItems) {
      const keys = i.options.map((o) => o.key);
      const texts = i.options.map((o) => o.text);
      expect(new Set(texts).size, `${i.key}: duplicate option text`).toBe(texts.length);
      expect(keys, i.key).toEqual(["A", "B", "C", "D", "E", "F"].slice(0, keys.length));
      expect(new Set(i.answer).size, i.key).toBe(i.answer.length);
      for (const a of i.answer) expect(keys, `${i.key}: answer ${a}`).toContain(a);
      if (i.type === "true-false") {
        expect(i.options, i.key).toEqual([
          { key: "A", text: "对" },
          { key: "B", text: "错" },
        ]);
        expect(i.answer.length, i.key).toBe(1);
      } else if (i.type === "single") {
        expect(i.options.length, i.key).toBe(4);
        expect(i.answer.length, i.key).toBe(1);
      } else {
        expect(i.options.length, i.key).toBeGreaterThanOrEqual(4);
        expect(i.options.length, i.key).toBeLessThanOrEqual(5);
        expect(i.answer.length, i.key).toBeGreaterThanOrEqual(2);
        expect(i.answer.length, i.key).toBeLessThanOrEqual(4);
        expect(i.answer.length, i.key).toBeLessThan(i.options.length);
      }
    }
  });

  it("spreads the answers (no guessable key, no guessable answer count) and mostly difficulty 2–3", () => {
    const share = (pred: (i: DemoItem) => boolean, of: DemoItem[]) => of.filter(pred).length / of.length;
    const tf = demoItems.filter((i) => i.type === "true-false");
    expect(share((i) => i.answer[0] === "B", tf)).toBeGreaterThanOrEqual(0.35);
    expect(share((i) => i.answer[0] === "A", tf)).toBeGreaterThanOrEqual(0.35);
    const single = demoItems.filter((i) => i.type === "single");
    for (const k of ["A", "B", "C", "D"]) expect(share((i) => i.answer[0] === k, single), k).toBeGreaterThanOrEqual(0.15);
    const multiple = demoItems.filter((i) => i.type === "multiple");
    for (const n of [2, 3, 4]) expect(share((i) => i.answer.length === n, multiple), `${n} answers`).toBeGreaterThanOrEqual(0.1);
    expect(share((i) => i.difficulty === 2 || i.difficulty === 3, demoItems)).toBeGreaterThanOrEqual(0.6);
  });

  it("explanations do not refer to option letters or positions (options are displayed shuffled)", () => {
    for (const i of demoItems) expect(/[A-F]\s*项|选项\s*[A-F]|前[二三四五]项|前[二三四五]者/.test(i.explanation), `${i.key}: ${i.explanation}`).toBe(false);
  });

  it("has a difficulty 1–5, an explanation, and no 以上都… options", () => {
    for (const i of demoItems) {
      expect(Number.isInteger(i.difficulty) && i.difficulty >= 1 && i.difficulty <= 5, i.key).toBe(true);
      expect(i.explanation.trim().length, i.key).toBeGreaterThan(0);
      for (const o of i.options) expect(/以上(都|均|全)/.test(o.text), `${i.key}: ${o.text}`).toBe(false);
    }
  });

  it("ethics and basics items serve both levels and both tracks", () => {
    for (const i of demoItems.filter((x) => x.tag.kind !== "knowledge")) {
      expect([...i.levels].sort(), i.key).toEqual(["4", "5"]);
      expect([...i.tracks].sort(), i.key).toEqual([...TRACK_CODES].sort());
    }
  });

  it("basics tags name a real group 2.2.1–2.2.11", () => {
    for (const i of demoItems) {
      if (i.tag.kind !== "basics") continue;
      const m = /^2\.2\.(\d+)(\.\d+)?$/.exec(i.tag.code);
      const n = Number(m?.[1]);
      expect(n >= 1 && n <= 11, `${i.key}: ${i.tag.code}`).toBe(true);
    }
  });

  it("knowledge tags exist for their level; levels = [tag level]; tracks ⊆ the content's tracks", () => {
    for (const i of demoItems) {
      const t = i.tag;
      if (t.kind !== "knowledge") continue;
      const found = findItem(t.level, "knowledge", t.code);
      expect(found, `${i.key}: L${t.level} ${t.code}`).toBeDefined();
      expect(i.levels, i.key).toEqual([t.level]);
      for (const tr of i.tracks) expect(found?.tracks, `${i.key}: track ${tr}`).toContain(tr);
    }
  });

  it("meets the coverage minimums for every level, track, weighted area and type", () => {
    const shortfalls: string[] = [];
    for (const { level, track } of cells) {
      const w = weightsFor("theory", level, track);
      for (const area of AREA_CODES) {
        const weight = w[area];
        if (weight <= 0) continue;
        const pool = demoItems.filter((i) => eligible(i, level, track) && areaOfTag(i.tag) === area);
        const min = minimums(weight);
        for (const type of TYPES) {
          const n = pool.filter((i) => i.type === type).length;
          if (n < min[type]) shortfalls.push(`L${level} ${track} ${area} ${type}: ${n} < ${min[type]}`);
        }
      }
    }
    expect(shortfalls).toEqual([]);
  });

  it("no eligible items fall in areas without weight (e.g. L5 跨境 duty 3 and 5)", () => {
    for (const { level, track } of cells) {
      const w = weightsFor("theory", level, track);
      for (const area of AREA_CODES) {
        if (w[area] > 0) continue;
        const n = demoItems.filter((i) => eligible(i, level, track) && areaOfTag(i.tag) === area).length;
        expect(n, `L${level} ${track} ${area}`).toBe(0);
      }
    }
  });

  it("level 4 has its own content: ≥ 3 level-4 items per type for every weighted duty and track", () => {
    const shortfalls: string[] = [];
    for (const track of TRACK_CODES) {
      const w = weightsFor("theory", "4", track);
      for (const duty of DUTY_CODES) {
        if (w[duty] <= 0) continue;
        const pool = demoItems.filter(
          (i) => i.tag.kind === "knowledge" && i.tag.level === "4" && i.tracks.includes(track) && areaOfTag(i.tag) === duty,
        );
        for (const type of TYPES) {
          const n = pool.filter((i) => i.type === type).length;
          if (n < 3) shortfalls.push(`L4 ${track} duty ${duty} ${type}: ${n} < 3`);
        }
      }
    }
    expect(shortfalls).toEqual([]);
  });

  it("spreads items over several knowledge items within each weighted duty", () => {
    for (const { level, track } of cells) {
      const w = weightsFor("theory", level, track);
      for (const duty of DUTY_CODES) {
        if (w[duty] <= 0) continue;
        const codes = new Set(
          demoItems
            .filter((i) => eligible(i, level, track) && areaOfTag(i.tag) === duty)
            .map((i) => (i.tag.kind === "knowledge" ? `${i.tag.level}:${i.tag.code}` : "")),
        );
        expect(codes.size, `L${level} ${track} duty ${duty}`).toBeGreaterThanOrEqual(5);
      }
    }
    const basicsGroups = new Set(demoItems.flatMap((i) => (i.tag.kind === "basics" ? [i.tag.code] : [])));
    expect(basicsGroups.size).toBe(11);
  });
});

describe("demo tasks (示例实操试题)", () => {
  it("every task parses with TaskVersionSchema and is marked as sample content", () => {
    expect(demoTasks.length).toBeGreaterThan(0);
    for (const t of demoTasks) {
      expect(t.sample).toBe(true);
      const r = TaskVersionSchema.safeParse({ ...t, taskId: t.key, versionId: `${t.key}-v1`, version: 1, status: "active" });
      expect(r.success, `${t.key}: ${r.success ? "" : r.error.message}`).toBe(true);
    }
  });

  it("keys and titles are unique", () => {
    const keys = demoTasks.map((t) => t.key);
    expect(new Set(keys).size).toBe(keys.length);
    const titles = demoTasks.map((t) => t.title);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it("has 15–40 minutes, materials, and a rubric of 3–5 criteria adding up to the points", () => {
    for (const t of demoTasks) {
      expect(t.minutes, t.key).toBeGreaterThanOrEqual(15);
      expect(t.minutes, t.key).toBeLessThanOrEqual(40);
      expect(t.materials.length, t.key).toBeGreaterThan(0);
      expect(t.rubric.length, t.key).toBeGreaterThanOrEqual(3);
      expect(t.rubric.length, t.key).toBeLessThanOrEqual(5);
      expect(t.rubric.reduce((s, c) => s + c.points, 0), t.key).toBe(t.points);
      expect(new Set(t.rubric.map((c) => c.id)).size, t.key).toBe(t.rubric.length);
      for (const c of t.rubric) expect(Number.isInteger(c.points) && c.descriptors.length > 0, `${t.key} ${c.id}`).toBe(true);
    }
  });

  it("skills exist at the task's level, in its duty, and in contents of all its tracks", () => {
    for (const t of demoTasks) {
      expect(new Set(t.skills).size, t.key).toBe(t.skills.length);
      for (const code of t.skills) {
        const found = findItem(t.level, "skill", code);
        expect(found, `${t.key}: L${t.level} skill ${code}`).toBeDefined();
        expect(found?.duty, `${t.key}: ${code}`).toBe(t.duty);
        for (const tr of t.tracks) expect(found?.tracks, `${t.key}: ${code} on ${tr}`).toContain(tr);
      }
    }
  });

  it("a task's points equal the skill weight of its duty for every one of its tracks", () => {
    for (const t of demoTasks)
      for (const tr of t.tracks) expect(t.points, `${t.key} ${tr}`).toBe(weightsFor("skill", t.level, tr)[t.duty]);
  });

  it("has at least two tasks for every level, track and duty with skill weight", () => {
    const shortfalls: string[] = [];
    for (const { level, track } of cells) {
      const w = weightsFor("skill", level, track);
      for (const duty of DUTY_CODES) {
        const weight = w[duty as AreaCode];
        if (weight <= 0) continue;
        const n = demoTasks.filter(
          (t) => t.level === level && t.tracks.includes(track) && t.duty === duty && t.points === weight,
        ).length;
        if (n < 2) shortfalls.push(`L${level} ${track} duty ${duty}: ${n} < 2`);
      }
    }
    expect(shortfalls).toEqual([]);
  });
});
