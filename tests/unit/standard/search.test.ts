import { describe, expect, it } from "vitest";
import { findItem } from "@/standard";
import { searchStandard } from "@/standard/search";

describe("searchStandard", () => {
  it("finds a skill and a knowledge item by an exact code, at each level it exists", () => {
    const hits = searchStandard("4.5.4");
    const skill = hits.find((h) => h.kind === "skill" && h.level === "4");
    expect(skill?.text).toBe(findItem("4", "skill", "4.5.4")?.text);
    expect(hits.some((h) => h.kind === "knowledge" && h.level === "4" && h.code === "4.5.4")).toBe(true);
    expect(hits.every((h) => h.code === "4.5.4")).toBe(true);
  });

  it("treats a shorter code as a prefix of a content (4.5 finds 4.5.x but not 4.50 or 4.6)", () => {
    const hits = searchStandard("4.5");
    expect(hits.length).toBeGreaterThan(5);
    expect(hits.every((h) => h.code === "4.5" || h.code.startsWith("4.5."))).toBe(true);
  });

  it("finds by a word, ignoring spaces", () => {
    const hits = searchStandard("信保 订单");
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.text.replace(/\s+/g, "").includes("信保订单"))).toBe(true);
  });

  it("finds basic-knowledge items by group code", () => {
    const hits = searchStandard("2.2.11");
    expect(hits.filter((h) => h.kind === "basics")).toHaveLength(18);
  });

  it("finds nothing for an empty query or an unknown word", () => {
    expect(searchStandard("   ")).toEqual([]);
    expect(searchStandard("区块链量子计算")).toEqual([]);
  });
});
