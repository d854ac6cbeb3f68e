import { describe, expect, it } from "vitest";
import { assembleForms, assemblePaper, eligibleItems, prepareBank, type Paper } from "@/exam/assemble-paper";
import { buildBlueprint, type Blueprint, type PaperStructure } from "@/exam/blueprint";
import type { LevelCode, TrackCode } from "@/standard";
import { bankFor, knowledgeTags, makeItem } from "./fixtures";

function bp(level: LevelCode, track: TrackCode, structure?: PaperStructure): Blueprint {
  const r = buildBlueprint({ level, track, structure });
  if (!r.ok) throw new Error(r.reasons.join("\n"));
  return r;
}

function paperOf(r: ReturnType<typeof assemblePaper>): Paper {
  if (!r.ok) throw new Error(r.shortages.map((s) => s.message).join("\n"));
  return r.paper;
}

const L4CB = bp("4", "cross-border");
const BIG = bankFor("4", "cross-border", 40);

describe("eligibleItems", () => {
  it("keeps active items of the track and level; level 4 also takes level-5 items", () => {
    const tag5 = knowledgeTags("5", "cross-border")[0];
    const tag4 = knowledgeTags("4", "cross-border").find((t) => t.level === "4");
    if (!tag5 || !tag4) throw new Error("fixture");
    const bank = [
      makeItem({ id: "ok5", levels: ["5"], tracks: ["cross-border"], tag: tag5 }),
      makeItem({ id: "ok4", levels: ["4"], tracks: ["cross-border"], tag: tag4 }),
      makeItem({ id: "draft", status: "draft", tracks: ["cross-border"] }),
      makeItem({ id: "retired", status: "retired", tracks: ["cross-border"] }),
      makeItem({ id: "other-track", tracks: ["online-merchant"] }),
    ];
    expect(eligibleItems(bank, "4", "cross-border").map((i) => i.itemId).sort()).toEqual(["ok4", "ok5"]);
    expect(eligibleItems(bank, "5", "cross-border").map((i) => i.itemId)).toEqual(["ok5"]);
  });

  it("uses one version per item (the highest)", () => {
    const bank = [makeItem({ id: "x", version: 1 }), makeItem({ id: "x", version: 3 }), makeItem({ id: "x", version: 2 })];
    expect(eligibleItems(bank, "5", "online-merchant").map((i) => i.versionId)).toEqual(["x@v3"]);
  });
});

describe("assemblePaper", () => {
  it("fills the blueprint: 90 items, total 10000, per area and type as planned, sections in order", () => {
    const paper = paperOf(assemblePaper({ blueprint: L4CB, bank: BIG, seed: "s1" }));
    expect(paper.items).toHaveLength(90);
    expect(paper.totalPoints).toBe(10000);
    expect(paper.items.reduce((s, i) => s + i.points, 0)).toBe(10000);
    for (const a of L4CB.areas)
      for (const t of ["true-false", "single", "multiple"] as const)
        expect(paper.items.filter((i) => i.area === a.area && i.type === t)).toHaveLength(a.counts[t]);
    const typeIndex = paper.items.map((i) => ["true-false", "single", "multiple"].indexOf(i.type));
    expect(typeIndex).toEqual([...typeIndex].sort((x, y) => x - y));
    expect(paper.items.filter((i) => i.type === "multiple").every((i) => i.points === 200)).toBe(true);
    expect(new Set(paper.items.map((i) => i.itemId)).size).toBe(90);
  });

  it("is deterministic: same inputs give the identical paper; bank order does not matter", () => {
    const a = assemblePaper({ blueprint: L4CB, bank: BIG, seed: "same" });
    const b = assemblePaper({ blueprint: L4CB, bank: [...BIG].reverse(), seed: "same" });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it("a prepared bank gives the same paper as the raw bank; a mismatched one is refused", () => {
    const prep = prepareBank(BIG, "4", "cross-border");
    expect(assemblePaper({ blueprint: L4CB, bank: prep, seed: "p" })).toEqual(assemblePaper({ blueprint: L4CB, bank: BIG, seed: "p" }));
    expect(() => assemblePaper({ blueprint: L4CB, bank: prepareBank(BIG, "5", "cross-border"), seed: "p" })).toThrow(/prepared bank/);
  });

  it("a different seed gives a different paper on a big bank", () => {
    const a = paperOf(assemblePaper({ blueprint: L4CB, bank: BIG, seed: "one" }));
    const b = paperOf(assemblePaper({ blueprint: L4CB, bank: BIG, seed: "two" }));
    expect(a.items.map((i) => i.itemId)).not.toEqual(b.items.map((i) => i.itemId));
  });

  it("never uses a retired or draft item, nor an excluded one", () => {
    const bank = BIG.map((it, i) => (i % 3 === 0 ? { ...it, status: i % 2 ? ("retired" as const) : ("draft" as const) } : it));
    const excluded = new Set(bank.filter((_, i) => i % 3 === 1).slice(0, 20).map((i) => i.itemId));
    const paper = paperOf(assemblePaper({ blueprint: L4CB, bank, seed: "s", excludeItemIds: excluded }));
    const byId = new Map(bank.map((i) => [i.itemId, i]));
    for (const pi of paper.items) {
      expect(byId.get(pi.itemId)?.status).toBe("active");
      expect(excluded.has(pi.itemId)).toBe(false);
    }
  });

  it("strict avoidance treats recently used items as unavailable", () => {
    const first = paperOf(assemblePaper({ blueprint: L4CB, bank: BIG, seed: "a" }));
    const recent = new Set(first.items.map((i) => i.itemId));
    const second = paperOf(assemblePaper({ blueprint: L4CB, bank: BIG, seed: "b", avoidItemIds: recent, avoid: "strict" }));
    expect(second.items.filter((i) => recent.has(i.itemId))).toEqual([]);
    expect(second.reusedItemIds).toEqual([]);
  });

  it("strict avoidance reports shortages when the rest of the bank is too small; prefer falls back", () => {
    const small = bankFor("4", "cross-border", 16, "small");
    const first = paperOf(assemblePaper({ blueprint: L4CB, bank: small, seed: "a" }));
    const recent = new Set(first.items.map((i) => i.itemId));
    const strict = assemblePaper({ blueprint: L4CB, bank: small, seed: "b", avoidItemIds: recent, avoid: "strict" });
    expect(strict.ok).toBe(false);
    const prefer = paperOf(assemblePaper({ blueprint: L4CB, bank: small, seed: "b", avoidItemIds: recent, avoid: "prefer" }));
    expect(prefer.totalPoints).toBe(10000);
    // Recently used items only where the cell is otherwise short: e.g. basics single needs 15 of 16, 15 of them used before.
    const reused = prefer.items.filter((i) => recent.has(i.itemId));
    expect(reused.length).toBeGreaterThan(0);
    expect(prefer.reusedItemIds.sort()).toEqual(reused.map((i) => i.itemId).sort());
    for (const a of L4CB.areas)
      for (const t of ["true-false", "single", "multiple"] as const) {
        const need = a.counts[t];
        const fresh = small.filter((i) => !recent.has(i.itemId) && i.type === t && (i.tag.kind === "knowledge" ? i.tag.code.split(".")[0] : i.tag.kind) === a.area).length;
        const used = reused.filter((i) => i.area === a.area && i.type === t).length;
        expect(used, `${a.area} ${t}`).toBe(Math.max(0, need - fresh));
      }
  });

  it("reports every shortage with an exact Chinese message", () => {
    // Only ethics and 职业功能 4 items, a few.
    const tag4 = knowledgeTags("4", "cross-border", "4")[0];
    if (!tag4) throw new Error("fixture");
    const bank = [
      ...Array.from({ length: 3 }, (_, i) => makeItem({ id: `e${i}`, type: "single", tracks: ["cross-border"], levels: ["4"] })),
      makeItem({ id: "m1", type: "multiple", tag: tag4, levels: [tag4.level], tracks: ["cross-border"] }),
    ];
    const r = assemblePaper({ blueprint: L4CB, bank, seed: "x" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const msgs = r.shortages.map((s) => s.message);
    const m4 = L4CB.areas.find((a) => a.area === "4")?.counts.multiple ?? 0;
    const ethicsMultiple = L4CB.areas.find((a) => a.area === "ethics")?.counts.multiple ?? 0;
    expect(m4).toBeGreaterThan(0);
    if (m4 > 1) expect(msgs).toContain(`四级/中级工·跨境电子商务师 职业功能 4 业务处理 多选题还缺 ${m4 - 1} 道`);
    else expect(msgs.some((m) => m.includes("职业功能 4 业务处理 多选题"))).toBe(false);
    // Ethics singles: 3 available, blueprint asks for its count.
    const es = L4CB.areas.find((a) => a.area === "ethics")?.counts.single ?? 0;
    if (es > 3) expect(msgs).toContain(`四级/中级工·跨境电子商务师 职业道德 单选题还缺 ${es - 3} 道`);
    if (ethicsMultiple > 0) expect(msgs).toContain(`四级/中级工·跨境电子商务师 职业道德 多选题还缺 ${ethicsMultiple} 道`);
    const basicsSingle = L4CB.areas.find((a) => a.area === "basics")?.counts.single ?? 0;
    expect(msgs).toContain(`四级/中级工·跨境电子商务师 基础知识 单选题还缺 ${basicsSingle} 道`);
    // All shortages: one per (area, type) cell that is short = every cell except those filled.
    const cells = L4CB.areas.flatMap((a) => (["true-false", "single", "multiple"] as const).filter((t) => a.counts[t] > 0).map((t) => `${a.area}/${t}`));
    const filled = [es <= 3 && es > 0 ? "ethics/single" : "", m4 === 1 ? "4/multiple" : ""].filter(Boolean);
    expect(r.shortages.map((s) => `${s.area}/${s.type}`).sort()).toEqual(cells.filter((c) => !filled.includes(c)).sort());
    const total = r.shortages.reduce((s, x) => s + x.missing, 0);
    expect(total).toBe(90 - Math.min(es, 3) - Math.min(m4, 1));
  });

  it("shortage message for a fixed blueprint: level 5 online-merchant 判断题", () => {
    const blueprint = bp("5", "online-merchant");
    const r = assemblePaper({ blueprint, bank: [], seed: "x" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const basicsTf = blueprint.areas.find((a) => a.area === "basics")?.counts["true-false"] ?? 0;
    expect(r.shortages.find((s) => s.area === "basics" && s.type === "true-false")).toEqual({
      area: "basics",
      type: "true-false",
      needed: basicsTf,
      available: 0,
      missing: basicsTf,
      message: `五级/初级工·网商 基础知识 判断题还缺 ${basicsTf} 道`,
    });
    expect(r.shortages.reduce((s, x) => s + x.missing, 0)).toBe(90);
  });

  it("level-4 papers use level-5 items when an area has only those; level-5 papers never use level-4-only items", () => {
    // Duty 1 of L4 cross-border: only level-5 items in the bank.
    const bank = bankFor("4", "cross-border", 30).filter((i) => !(i.tag.kind === "knowledge" && i.tag.code.startsWith("1.") && i.tag.level === "4"));
    const duty1 = bank.filter((i) => i.tag.kind === "knowledge" && i.tag.code.startsWith("1."));
    expect(duty1.length).toBeGreaterThan(0);
    expect(duty1.every((i) => i.levels.join() === "5")).toBe(true);
    const paper = paperOf(assemblePaper({ blueprint: L4CB, bank, seed: "lv" }));
    const used1 = paper.items.filter((i) => i.area === "1");
    expect(used1.length).toBeGreaterThan(0);
    expect(used1.every((i) => i.knowledgePoint.startsWith("5:"))).toBe(true);

    const level4Only = new Set(BIG.filter((i) => !i.levels.includes("5")).map((i) => i.itemId));
    expect(level4Only.size).toBeGreaterThan(0);
    const bank5 = [...BIG, ...bankFor("5", "cross-border", 30, "l5").map((i) => ({ ...i, itemId: `L5-${i.itemId}`, versionId: `L5-${i.versionId}` }))];
    const p5 = paperOf(assemblePaper({ blueprint: bp("5", "cross-border"), bank: bank5, seed: "lv" }));
    expect(p5.items.filter((i) => level4Only.has(i.itemId))).toEqual([]);
  });

  it("spreads over knowledge points: with k points and n ≥ k items needed, all k appear", () => {
    // basics singles of L4 cross-border: 15 needed; 11 knowledge points (2.2.1..2.2.11), 3 items each.
    const need = L4CB.areas.find((a) => a.area === "basics")?.counts.single ?? 0;
    expect(need).toBeGreaterThanOrEqual(11);
    const bank = [
      ...BIG.filter((i) => !(i.tag.kind === "basics" && i.type === "single")),
      ...Array.from({ length: 33 }, (_, i) =>
        makeItem({ id: `b${i}`, type: "single", tag: { kind: "basics", code: `2.2.${(i % 11) + 1}.${1 + Math.floor(i / 11)}` }, levels: ["4"], tracks: ["cross-border"] }),
      ),
    ];
    for (const seed of ["k1", "k2", "k3", "k4"]) {
      const paper = paperOf(assemblePaper({ blueprint: L4CB, bank, seed }));
      const kps = paper.items.filter((i) => i.area === "basics" && i.type === "single").map((i) => i.knowledgePoint);
      expect(new Set(kps).size).toBe(11);
      // …and evenly: no knowledge point twice before all have one; at most 2 each for 15 of 11.
      const per = new Map<string, number>();
      for (const k of kps) per.set(k, (per.get(k) ?? 0) + 1);
      expect(Math.max(...per.values())).toBe(2);
    }
  });
});

describe("assembleForms", () => {
  it("forms: 1 gives form A, the same paper as assemblePaper with the seed", () => {
    const r = assembleForms({ blueprint: L4CB, bank: BIG, seed: "f", forms: 1 });
    if (!r.ok) throw new Error("refused");
    expect(r.forms.map((f) => f.label)).toEqual(["A"]);
    expect(r.forms[0]?.paper).toEqual(paperOf(assemblePaper({ blueprint: L4CB, bank: BIG, seed: "f" })));
  });

  it("forms: 2 are disjoint when the bank allows", () => {
    const r = assembleForms({ blueprint: L4CB, bank: BIG, seed: "f", forms: 2 });
    if (!r.ok) throw new Error("refused");
    const [a, b] = r.forms;
    expect([a?.label, b?.label]).toEqual(["A", "B"]);
    const inA = new Set(a?.paper.items.map((i) => i.itemId));
    expect(b?.paper.items.filter((i) => inA.has(i.itemId))).toEqual([]);
    expect(r.sharedItemIds).toEqual([]);
    expect(b?.paper.totalPoints).toBe(10000);
    // Same blueprint: the same counts per area and type.
    const shape = (p: Paper | undefined) => p?.items.map((i) => `${i.type}/${i.area}`);
    expect(shape(b?.paper)).toEqual(shape(a?.paper));
  });

  it("forms: 2 reuse as few items as possible when the bank is small", () => {
    const small = bankFor("4", "cross-border", 16, "small");
    const r = assembleForms({ blueprint: L4CB, bank: small, seed: "f", forms: 2 });
    if (!r.ok) throw new Error("refused");
    // Minimum overlap per cell = max(0, 2 × need − available).
    let minimum = 0;
    const eligible = eligibleItems(small, "4", "cross-border");
    for (const a of L4CB.areas)
      for (const t of ["true-false", "single", "multiple"] as const) {
        const avail = eligible.filter((i) => i.type === t && (i.tag.kind === "knowledge" ? i.tag.code.split(".")[0] : i.tag.kind) === a.area).length;
        minimum += Math.max(0, 2 * a.counts[t] - avail);
      }
    expect(minimum).toBeGreaterThan(0);
    expect(r.sharedItemIds).toHaveLength(minimum);
  });

  it("refuses with form A's shortages when the bank cannot fill even one paper", () => {
    const r = assembleForms({ blueprint: L4CB, bank: [], seed: "f", forms: 2 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.form).toBe("A");
    expect(r.shortages.length).toBeGreaterThan(0);
  });
});
