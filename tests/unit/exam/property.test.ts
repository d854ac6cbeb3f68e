// Property-style test: random banks (seeded), every assembled paper matches its blueprint, and
// every refusal names real shortages (recounted from the bank independently).
import { describe, expect, it } from "vitest";
import { assemblePaper, type Shortage } from "@/exam/assemble-paper";
import { buildBlueprint } from "@/exam/blueprint";
import { paperConformance } from "@/exam/conformance";
import { createRng, pick } from "@/exam/random";
import type { ItemVersion } from "@/exam/types";
import type { LevelCode, TrackCode } from "@/standard";
import { randomBank } from "./fixtures";

/** Independent eligibility (not using eligibleItems). */
function usable(i: ItemVersion, level: LevelCode, track: TrackCode): boolean {
  const levels: LevelCode[] = level === "4" ? ["5", "4"] : ["5"];
  return (
    i.status === "active" &&
    i.tracks.includes(track) &&
    i.levels.some((l) => levels.includes(l)) &&
    (i.tag.kind !== "knowledge" || levels.includes(i.tag.level))
  );
}
const areaOf = (i: ItemVersion) => (i.tag.kind === "knowledge" ? i.tag.code.split(".")[0] : i.tag.kind);

describe("assembly over random banks", () => {
  it("200 random banks: papers match the blueprint, refusals are real", () => {
    const rng = createRng("property");
    let assembled = 0;
    let refused = 0;
    for (let iter = 0; iter < 200; iter++) {
      const level = pick(["5", "4"] as const, rng);
      const track = pick(["online-merchant", "cross-border"] as const, rng);
      const bp = buildBlueprint({ level, track });
      if (!bp.ok) throw new Error("default blueprint refused");
      const bank = randomBank(rng, 100 + rng.int(2400));
      const avoid = rng.int(3) === 0 ? new Set(bank.filter(() => rng.int(4) === 0).map((i) => i.itemId)) : undefined;
      const mode = pick(["strict", "prefer"] as const, rng);
      const seed = `it${iter}`;
      const r = assemblePaper({ blueprint: bp, bank, seed, avoidItemIds: avoid, avoid: mode });
      const byId = new Map(bank.map((i) => [i.itemId, i]));
      if (r.ok) {
        assembled++;
        const p = r.paper;
        expect(p.totalPoints).toBe(10000);
        expect(new Set(p.items.map((i) => i.itemId)).size).toBe(p.items.length);
        for (const pi of p.items) {
          const item = byId.get(pi.itemId);
          expect(item && usable(item, level, track), pi.itemId).toBe(true);
          expect(areaOf(item as ItemVersion)).toBe(pi.area);
          expect(item?.type).toBe(pi.type);
          if (mode === "strict") expect(avoid?.has(pi.itemId) ?? false).toBe(false);
        }
        for (const a of bp.areas)
          for (const t of ["true-false", "single", "multiple"] as const)
            expect(p.items.filter((i) => i.area === a.area && i.type === t).length).toBe(a.counts[t]);
        const report = paperConformance({ paper: p, blueprint: bp, items: new Map(bank.map((i) => [i.versionId, i])) });
        expect(report.problems).toEqual([]);
        expect(report.conforms).toBe(true);
        // Same seed, same paper.
        expect(assemblePaper({ blueprint: bp, bank, seed, avoidItemIds: avoid, avoid: mode })).toEqual(r);
      } else {
        refused++;
        const short = new Map<string, Shortage>(r.shortages.map((s) => [`${s.area}/${s.type}`, s]));
        for (const a of bp.areas)
          for (const t of ["true-false", "single", "multiple"] as const) {
            const need = a.counts[t];
            if (need === 0) continue;
            const ids = new Set(
              bank
                .filter((i) => usable(i, level, track) && i.type === t && areaOf(i) === a.area)
                .filter((i) => !(mode === "strict" && avoid?.has(i.itemId)))
                .map((i) => i.itemId),
            );
            const missing = Math.max(0, need - ids.size);
            expect(short.get(`${a.area}/${t}`)?.missing ?? 0, `${level} ${track} ${a.area} ${t}`).toBe(missing);
          }
        expect(r.shortages.every((s) => s.missing > 0 && s.message.endsWith(`还缺 ${s.missing} 道`))).toBe(true);
      }
    }
    // Both outcomes are exercised.
    expect(assembled).toBeGreaterThan(20);
    expect(refused).toBeGreaterThan(20);
    // CPU-bound (200 banks): about 1.5 s alone, several times that on a machine shared by parallel
    // builds, where the default 5 s timeout failed it without any fault.
  }, 60_000);
});
