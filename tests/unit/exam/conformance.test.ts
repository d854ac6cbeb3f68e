import { describe, expect, it } from "vitest";
import type { Paper } from "@/exam/assemble-paper";
import { buildBlueprint, type Blueprint } from "@/exam/blueprint";
import { paperConformance } from "@/exam/conformance";
import type { ItemVersion } from "@/exam/types";
import { makeItem } from "./fixtures";

// A small blueprint: 10 判断 × 5 + 10 单选 × 5. Level 5 online-merchant weights (ethics 5,
// basics 30, duties 10/15/10/10/10/10) are all multiples of 5, so it is exact.
function smallBlueprint(): Blueprint {
  const r = buildBlueprint({
    level: "5",
    track: "online-merchant",
    structure: { sections: [{ type: "true-false", count: 10, points: 5 }, { type: "single", count: 10, points: 5 }] },
  });
  if (!r.ok) throw new Error(r.reasons.join());
  return r;
}

describe("paperConformance", () => {
  it("reports the numbers of a hand-checked paper", () => {
    const bp = smallBlueprint();
    // Build the paper exactly from the blueprint with known tags and difficulties.
    const items: ItemVersion[] = [];
    const paperItems: Paper["items"] = [];
    let n = 0;
    for (const type of ["true-false", "single"] as const)
      for (const a of bp.areas)
        for (let i = 0; i < a.counts[type]; i++) {
          n++;
          const tag =
            a.area === "ethics"
              ? ({ kind: "ethics" } as const)
              : a.area === "basics"
                ? ({ kind: "basics", code: `2.2.${(i % 2) + 1}` } as const)
                : ({ kind: "knowledge", level: "5", code: `${a.area}.1.1` } as const);
          const it = makeItem({ id: `i${n}`, type, tag, difficulty: (n % 5) + 1 });
          items.push(it);
          paperItems.push({ itemId: it.itemId, versionId: it.versionId, type, area: a.area, points: 500, knowledgePoint: "x" });
        }
    const paper = { level: "5" as const, track: "online-merchant" as const, items: paperItems };
    const report = paperConformance({ paper, blueprint: bp, items: new Map(items.map((i) => [i.versionId, i])) });
    expect(report.conforms).toBe(true);
    expect(report.problems).toEqual([]);
    expect(report.totalPoints).toBe(10000);
    expect(report.itemCount).toBe(20);
    expect(report.typeMix).toEqual([
      { type: "true-false", name: "判断题", count: 10, points: 5000 },
      { type: "single", name: "单选题", count: 10, points: 5000 },
      { type: "multiple", name: "多选题", count: 0, points: 0 },
    ]);
    // difficulties (n % 5) + 1 for n = 1..20: 2,3,4,5,1 × 4 → mean 3.00, four of each.
    expect(report.difficultyMean).toBe(3);
    expect(report.difficultyCounts).toEqual({ "1": 4, "2": 4, "3": 4, "4": 4, "5": 4 });
    const basics = report.areas.find((a) => a.area === "basics");
    expect(basics).toMatchObject({ name: "基础知识", targetPoints: 3000, blueprintPoints: 3000, actualPoints: 3000, deviation: 0 });
    expect(basics?.knowledgePoints.list.length).toBeLessThanOrEqual(2);
    const d2 = report.areas.find((a) => a.area === "2");
    expect(d2).toMatchObject({ targetPoints: 1500, actualPoints: 1500, knowledgePoints: { count: 1, list: ["5:2.1.1"] } });
    expect(report.areas.map((a) => a.area)).toEqual(["ethics", "basics", "1", "2", "3", "4", "5", "6"]);
  });

  it("does not conform when an area is off, and says why", () => {
    const bp = smallBlueprint();
    const e1 = makeItem({ id: "e1", type: "single", difficulty: 1 });
    const e2 = makeItem({ id: "e2", type: "single", difficulty: 2 });
    const paper = {
      level: "5" as const,
      track: "online-merchant" as const,
      items: [
        { itemId: "e1", versionId: e1.versionId, type: "single" as const, area: "ethics" as const, points: 500, knowledgePoint: "ethics" },
        { itemId: "e2", versionId: e2.versionId, type: "single" as const, area: "ethics" as const, points: 500, knowledgePoint: "ethics" },
      ],
    };
    const report = paperConformance({ paper, blueprint: bp, items: new Map([e1, e2].map((i) => [i.versionId, i])) });
    expect(report.conforms).toBe(false);
    expect(report.difficultyMean).toBe(1.5);
    const ethics = report.areas.find((a) => a.area === "ethics");
    expect(ethics).toMatchObject({ targetPoints: 500, actualPoints: 1000, deviation: 500, knowledgePoints: { count: 1, list: ["ethics"] } });
    expect(report.problems).toContain("职业道德 实得 10 分，蓝图为 5 分");
    expect(report.problems).toContain("总分 10 分，应为 100 分");
  });

  it("rounds the difficulty mean to 2 decimals", () => {
    const bp = smallBlueprint();
    const its = [1, 2, 2].map((d, i) => makeItem({ id: `d${i}`, difficulty: d }));
    const paper = {
      level: "5" as const,
      track: "online-merchant" as const,
      items: its.map((i) => ({ itemId: i.itemId, versionId: i.versionId, type: "single" as const, area: "ethics" as const, points: 100, knowledgePoint: "ethics" })),
    };
    expect(paperConformance({ paper, blueprint: bp, items: new Map(its.map((i) => [i.versionId, i])) }).difficultyMean).toBe(1.67);
  });
});
