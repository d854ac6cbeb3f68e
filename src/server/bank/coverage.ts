// Use case: the coverage view. For each (level, track) and area: how many items of each type a
// paper with the default structure needs, and how many active, eligible items the bank has.
import { buildBlueprint, eligibleItems, type Blueprint } from "@/exam";
import { areaOfTag, ITEM_TYPES, type ItemType, type ItemVersion } from "@/exam/types";
import { LEVEL_CODES, TRACK_CODES, weightsFor, type AreaCode, type LevelCode, type TrackCode } from "@/standard";
import { loadBank } from "./item-store";

export type CoverageRow = {
  area: AreaCode;
  weight: number;
  need: Record<ItemType, number>;
  have: Record<ItemType, number>;
  /** How many papers the bank can fill for this area (min over types that are needed). */
  papers: number;
};
export type CoverageTable = { level: LevelCode; track: TrackCode; rows: CoverageRow[]; papers: number };

const zero = (): Record<ItemType, number> => ({ "true-false": 0, single: 0, multiple: 0 });

/** Pure: the coverage of a bank. */
export function computeCoverage(bank: readonly ItemVersion[]): CoverageTable[] {
  return LEVEL_CODES.flatMap((level) =>
    TRACK_CODES.map((track) => {
      const blueprint = buildBlueprint({ level, track }) as Blueprint;
      const weights = weightsFor("theory", level, track);
      const eligible = eligibleItems(bank, level, track);
      const rows = blueprint.areas.map((a) => {
        const have = zero();
        for (const item of eligible) if (areaOfTag(item.tag) === a.area) have[item.type] += 1;
        const needed = ITEM_TYPES.filter((t) => a.counts[t] > 0);
        const papers = needed.length ? Math.min(...needed.map((t) => Math.floor(have[t] / a.counts[t]))) : 0;
        return { area: a.area, weight: weights[a.area], need: { ...zero(), ...a.counts }, have, papers };
      });
      return { level, track, rows, papers: Math.min(...rows.map((r) => r.papers)) };
    }),
  );
}

export async function getCoverage(): Promise<CoverageTable[]> {
  return computeCoverage(await loadBank({ purpose: "exam" }));
}
