import { describe, expect, it } from "vitest";
import {
  areaOfContentKey,
  chooseDrillItems,
  contentKeyOfTag,
  knowledgeKeyOfTag,
  practiceTree,
  scopeExists,
  tagInScope,
  usesFor,
} from "@/exam/practice";
import { applicableContents, standard } from "@/standard";

describe("item use", () => {
  it("exam papers draw secure and both; practice draws practice and both", () => {
    expect(usesFor("exam")).toEqual(["secure", "both"]);
    expect(usesFor("practice")).toEqual(["practice", "both"]);
    expect(usesFor("exam")).not.toContain("practice");
    expect(usesFor("practice")).not.toContain("secure");
  });
});

describe("where an item sits in the standard", () => {
  it("names the work content and knowledge item of every kind of tag", () => {
    expect(contentKeyOfTag({ kind: "ethics" })).toBe("ethics");
    expect(contentKeyOfTag({ kind: "basics", code: "2.2.3" })).toBe("2.2.3");
    expect(contentKeyOfTag({ kind: "basics", code: "2.2.3.4" })).toBe("2.2.3");
    expect(contentKeyOfTag({ kind: "knowledge", level: "4", code: "3.2.1" })).toBe("4:3.2");
    expect(contentKeyOfTag({ kind: "knowledge", level: "5", code: "3.2.1" })).toBe("5:3.2");
    expect(knowledgeKeyOfTag({ kind: "knowledge", level: "5", code: "3.2.1" })).toBe("5:3.2.1");
    expect(knowledgeKeyOfTag({ kind: "basics", code: "2.2.3.4" })).toBe("2.2.3.4");
    expect(areaOfContentKey("ethics")).toBe("ethics");
    expect(areaOfContentKey("2.2.11")).toBe("basics");
    expect(areaOfContentKey("4:6.1")).toBe("6");
  });

  it("scopes: a basics group includes its numbered items; a knowledge item only itself", () => {
    const tag = { kind: "basics" as const, code: "2.2.3.4" };
    expect(tagInScope(tag, { kind: "area", area: "basics" })).toBe(true);
    expect(tagInScope(tag, { kind: "content", content: "2.2.3" })).toBe(true);
    expect(tagInScope(tag, { kind: "content", content: "2.2.4" })).toBe(false);
    expect(tagInScope(tag, { kind: "knowledge", knowledge: "2.2.3.4" })).toBe(true);
    expect(tagInScope(tag, { kind: "knowledge", knowledge: "2.2.3.5" })).toBe(false);
    const k = { kind: "knowledge" as const, level: "5" as const, code: "1.2.3" };
    expect(tagInScope(k, { kind: "area", area: "1" })).toBe(true);
    expect(tagInScope(k, { kind: "area", area: "2" })).toBe(false);
    expect(tagInScope(k, { kind: "content", content: "4:1.2" })).toBe(false);
  });
});

describe("practiceTree", () => {
  it("lists ethics, the 11 basics groups and the track's work contents with their knowledge items", () => {
    for (const [level, track] of [["5", "online-merchant"], ["4", "cross-border"]] as const) {
      const tree = practiceTree(level, track);
      expect(tree[0]?.area).toBe("ethics");
      expect(tree[1]?.contents.map((c) => c.key)).toEqual(standard.basics.map((b) => b.code));
      const contents = tree.slice(2).flatMap((a) => a.contents);
      expect(contents.map((c) => c.key).sort()).toEqual(applicableContents(level, track).map((c) => `${c.level}:${c.code}`).sort());
      for (const c of contents) {
        expect(c.knowledge.length).toBeGreaterThan(0);
        for (const k of c.knowledge) expect(k.key.startsWith(`${c.key}.`)).toBe(true);
      }
    }
  });

  it("level 4 includes level-5 contents (高级别涵盖低级别); level 5 never level 4", () => {
    const keys4 = practiceTree("4", "online-merchant").flatMap((a) => a.contents.map((c) => c.key));
    const keys5 = practiceTree("5", "online-merchant").flatMap((a) => a.contents.map((c) => c.key));
    expect(keys4.some((k) => k.startsWith("5:"))).toBe(true);
    expect(keys4.some((k) => k.startsWith("4:"))).toBe(true);
    expect(keys5.some((k) => k.startsWith("4:"))).toBe(false);
  });

  it("knows which scopes exist for a level and track", () => {
    const tree = practiceTree("5", "online-merchant");
    const first = tree[2]!.contents[0]!;
    expect(scopeExists({ kind: "content", content: first.key }, tree)).toBe(true);
    expect(scopeExists({ kind: "knowledge", knowledge: first.knowledge[0]!.key }, tree)).toBe(true);
    expect(scopeExists({ kind: "content", content: "4:1.1" }, tree)).toBe(false);
    expect(scopeExists({ kind: "content", content: "9:9.9" }, tree)).toBe(false);
    expect(scopeExists({ kind: "area", area: "basics" }, tree)).toBe(true);
  });
});

describe("chooseDrillItems", () => {
  const pool = Array.from({ length: 12 }, (_, i) => ({ itemId: `i${String(i).padStart(2, "0")}` }));
  const at = (m: number) => new Date(Date.UTC(2026, 0, 1, 0, m));

  it("asks never-answered items first, then last-wrong (oldest first), then the rest by age", () => {
    const history = new Map([
      ["i00", { lastAnsweredAt: at(5), lastCorrect: true }],
      ["i01", { lastAnsweredAt: at(1), lastCorrect: true }],
      ["i02", { lastAnsweredAt: at(9), lastCorrect: false }],
      ["i03", { lastAnsweredAt: at(2), lastCorrect: false }],
    ]);
    const drill = chooseDrillItems({ pool, history, size: 12, seed: "s" }).map((i) => i.itemId);
    expect(drill).toHaveLength(12);
    expect(new Set(drill).size).toBe(12);
    expect(drill.slice(0, 8).sort()).toEqual(pool.slice(4).map((p) => p.itemId));
    expect(drill.slice(8)).toEqual(["i03", "i02", "i01", "i00"]);
  });

  it("is reproducible for a seed, differs between seeds, and stops at the size", () => {
    const a = chooseDrillItems({ pool, history: new Map(), size: 5, seed: "x" });
    expect(a).toHaveLength(5);
    expect(chooseDrillItems({ pool: [...pool].reverse(), history: new Map(), size: 5, seed: "x" })).toEqual(a);
    const others = ["y", "z", "w"].map((seed) => chooseDrillItems({ pool, history: new Map(), size: 5, seed }).map((i) => i.itemId).join());
    expect(others.some((o) => o !== a.map((i) => i.itemId).join())).toBe(true);
    expect(chooseDrillItems({ pool, history: new Map(), size: 0, seed: "x" })).toEqual([]);
    expect(chooseDrillItems({ pool: [], history: new Map(), size: 5, seed: "x" })).toEqual([]);
  });
});

describe("content names and order", () => {
  it("names contents from the standard and orders them as the standard does", async () => {
    const { compareContentKeys, describeContent } = await import("@/exam/practice");
    expect(describeContent("ethics")).toMatchObject({ code: "2.1", name: "职业道德", area: "ethics" });
    expect(describeContent("2.2.1")).toMatchObject({ code: "2.2.1", area: "basics" });
    const wc = standard.workContents.find((c) => c.level === "4")!;
    expect(describeContent(`4:${wc.code}`)).toMatchObject({ code: wc.code, name: wc.name, level: "4", area: wc.duty });
    expect(describeContent("9:9.9")).toBeUndefined();
    expect(["5:2.1", "2.2.10", "4:1.1", "ethics", "2.2.2", "5:1.1", "5:1.2"].sort(compareContentKeys)).toEqual(["ethics", "2.2.2", "2.2.10", "5:1.1", "4:1.1", "5:1.2", "5:2.1"]);
  });
});
