import { describe, expect, it } from "vitest";
import { LEVEL_CODES, TRACK_CODES, weightsFor } from "@/standard";
import { AREA_ORDER, buildBlueprint, DEFAULT_STRUCTURE, type Blueprint, type BlueprintResult } from "@/exam/blueprint";
import { ITEM_TYPES } from "@/exam/types";

function ok(r: BlueprintResult): Blueprint {
  if (!r.ok) throw new Error(r.reasons.join("\n"));
  return r;
}

describe("buildBlueprint", () => {
  it("the default structure is 20 × 1 判断 + 60 × 1 单选 + 10 × 2 多选", () => {
    expect(DEFAULT_STRUCTURE.sections).toEqual([
      { type: "true-false", count: 20, points: 1 },
      { type: "single", count: 60, points: 1 },
      { type: "multiple", count: 10, points: 2 },
    ]);
  });

  for (const level of LEVEL_CODES)
    for (const track of TRACK_CODES)
      it(`matches the theory weights exactly for L${level} ${track} with the default structure`, () => {
        const bp = ok(buildBlueprint({ level, track }));
        const w = weightsFor("theory", level, track);
        expect(bp.exact).toBe(true);
        expect(bp.totalPoints).toBe(10000);
        // Every weighted area present, exactly weight × 100 hundredths; zero-weight areas absent.
        expect(bp.areas.map((a) => a.area)).toEqual(AREA_ORDER.filter((a) => w[a] > 0));
        for (const a of bp.areas) {
          expect(a.targetPoints, a.area).toBe(w[a.area] * 100);
          expect(a.points, a.area).toBe(a.targetPoints);
          expect(a.deviation).toBe(0);
          // Counts × section points = the area's points.
          expect(a.counts["true-false"] * 100 + a.counts.single * 100 + a.counts.multiple * 200).toBe(a.points);
        }
        // Column sums = section counts.
        for (const s of DEFAULT_STRUCTURE.sections)
          expect(bp.areas.reduce((sum, a) => sum + a.counts[s.type], 0), s.type).toBe(s.count);
        // Type mix roughly proportional: each area's count of a type within 1.5 of count × weight.
        for (const a of bp.areas)
          for (const s of DEFAULT_STRUCTURE.sections)
            expect(Math.abs(a.counts[s.type] - (s.count * w[a.area]) / 100), `${a.area} ${s.type}`).toBeLessThan(1.5);
        // No single area takes all the multiple-choice items.
        expect(Math.max(...bp.areas.map((a) => a.counts.multiple))).toBeLessThan(10);
      });

  it("is deterministic", () => {
    expect(JSON.stringify(buildBlueprint({ level: "4", track: "cross-border" }))).toBe(
      JSON.stringify(buildBlueprint({ level: "4", track: "cross-border" })),
    );
  });

  it("level 5 cross-border has no 营销推广 (3) or 客户服务 (5) area", () => {
    const bp = ok(buildBlueprint({ level: "5", track: "cross-border" }));
    expect(bp.areas.map((a) => a.area)).toEqual(["ethics", "basics", "1", "2", "4", "6"]);
  });

  it("rejects a structure that cannot match the weights (25 × 4 points), with Chinese reasons", () => {
    const r = buildBlueprint({ level: "4", track: "online-merchant", structure: { sections: [{ type: "single", count: 25, points: 4 }] } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    // 职业道德 is 5 points: one 4-point item gives 4.
    expect(r.reasons).toContain(
      "试卷结构（单选题 25 道 × 4 分）无法满足职业道德的权重：目标 5 分，最接近的分配为 4 分（偏差 -1 分，须与权重完全一致）",
    );
    expect(r.reasons.every((x) => /[\u4e00-\u9fff]/.test(x))).toBe(true);
  });

  it("with tolerance 'one-item' accepts the 25 × 4 structure and shows the deviation per area", () => {
    const bp = ok(
      buildBlueprint({
        level: "4",
        track: "online-merchant",
        structure: { sections: [{ type: "single", count: 25, points: 4 }] },
        tolerance: "one-item",
      }),
    );
    expect(bp.exact).toBe(false);
    expect(bp.tolerance).toBe(400);
    expect(bp.totalPoints).toBe(10000);
    const ethics = bp.areas.find((a) => a.area === "ethics");
    expect(ethics).toMatchObject({ targetPoints: 500, points: 400, deviation: -100, counts: { single: 1 } });
    for (const a of bp.areas) {
      expect(Math.abs(a.deviation)).toBeLessThanOrEqual(400);
      expect(a.deviation).toBe(a.points - a.targetPoints);
      expect(a.points % 400).toBe(0);
    }
    // As close as possible: each area within half an item (2 points) of its target.
    for (const a of bp.areas) expect(Math.abs(a.deviation)).toBeLessThanOrEqual(200);
  });

  it("rejects a structure whose total is not 100", () => {
    const r = buildBlueprint({
      level: "5",
      track: "online-merchant",
      structure: { sections: [{ type: "single", count: 60, points: 1 }, { type: "multiple", count: 10, points: 2 }] },
    });
    expect(r).toEqual({ ok: false, reasons: ["试卷结构总分为 80 分，应为 100 分"] });
  });

  it("rejects invalid sections: duplicate type, non-integer count, more than two decimals", () => {
    const r = buildBlueprint({
      level: "5",
      track: "online-merchant",
      structure: {
        sections: [
          { type: "single", count: 50, points: 1 },
          { type: "single", count: 10.5, points: 1 },
          { type: "multiple", count: 10, points: 2.005 },
        ],
      },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reasons).toEqual([
      "单选题在试卷结构中重复出现",
      "单选题题量必须为正整数（当前 10.5）",
      "多选题每题分值必须为正数且至多两位小数（当前 2.005）",
    ]);
  });

  it("accepts fractional points (hundredths) and matches exactly where possible", () => {
    const bp = ok(
      buildBlueprint({
        level: "4",
        track: "online-merchant",
        structure: {
          sections: [
            { type: "true-false", count: 40, points: 0.5 },
            { type: "single", count: 40, points: 0.5 },
            { type: "multiple", count: 20, points: 3 },
          ],
        },
      }),
    );
    expect(bp.sections.map((s) => s.points)).toEqual([50, 50, 300]);
    for (const a of bp.areas) expect(a.deviation).toBe(0);
    for (const t of ITEM_TYPES) expect(bp.areas.reduce((s, a) => s + a.counts[t], 0)).toBe(t === "multiple" ? 20 : 40);
  });

  it("finds an exact allocation where local improvement alone gets stuck (exact search)", () => {
    // 13 × 1 + 25 × 3 + 2 × 6 = 100: exchanges from the proportional start do not reach exactness.
    const structure = {
      sections: [
        { type: "true-false" as const, count: 13, points: 1 },
        { type: "single" as const, count: 25, points: 3 },
        { type: "multiple" as const, count: 2, points: 6 },
      ],
    };
    const bp = ok(buildBlueprint({ level: "4", track: "online-merchant", structure }));
    expect(bp.exact).toBe(true);
    for (const a of bp.areas) expect(a.counts["true-false"] * 100 + a.counts.single * 300 + a.counts.multiple * 600).toBe(a.targetPoints);
    for (const s of structure.sections) expect(bp.areas.reduce((sum, a) => sum + a.counts[s.type], 0)).toBe(s.count);
  });

  it("rejects when no allocation exists (10 × 3 + 10 × 7: 职业道德 5 points is unreachable)", () => {
    const r = buildBlueprint({
      level: "4",
      track: "online-merchant",
      structure: { sections: [{ type: "single", count: 10, points: 3 }, { type: "multiple", count: 10, points: 7 }] },
    });
    expect(r.ok).toBe(false);
  });
});
